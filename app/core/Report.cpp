#include "Report.h"

#include "ContentStore.h"
#include "Page.h"
#include "TraceExplainer.h"
#include "TraceSummary.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sipref {

QString ReportItem::text() const {
  QString out;
  for (const ReportSpan &s : spans)
    out += s.text;
  return out;
}

const ReportSection *Report::section(const QString &id) const {
  for (const ReportSection &s : sections)
    if (s.id == id)
      return &s;
  return nullptr;
}

namespace {

/// The style's name in JSON, in the order of ReportSection::Style.
QString styleKey(ReportSection::Style style) {
  static const char *const keys[] = {"paragraphs", "bullets", "numbered", "rows",   "table",
                                     "lines",      "inline",  "code",     "notice", "pairs"};
  return QString::fromLatin1(keys[int(style)]);
}

QJsonObject itemJson(const ReportItem &item) {
  QJsonObject o{{QStringLiteral("text"), item.text()}};
  if (!item.label.isEmpty())
    o.insert(QStringLiteral("label"), item.label);
  QJsonArray links;
  for (const ReportSpan &s : item.spans)
    if (!s.target.isEmpty())
      links.append(QJsonObject{{QStringLiteral("text"), s.text}, {QStringLiteral("target"), s.target}});
  if (!links.isEmpty())
    o.insert(QStringLiteral("links"), links);
  if (!item.note.isEmpty())
    o.insert(QStringLiteral("note"), item.note);
  return o;
}

} // namespace

QJsonObject Report::toJson() const {
  QJsonArray subjectArray;
  for (const ReportSubject &s : subjects)
    subjectArray.append(QJsonObject{{QStringLiteral("ref"), s.ref.toString()},
                                    {QStringLiteral("code"), Vocabulary::codeLabel(s.ref)},
                                    {QStringLiteral("title"), s.title}});
  QJsonArray sectionArray;
  for (const ReportSection &s : sections) {
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("style"), styleKey(s.style)}};
    if (!s.heading.isEmpty())
      o.insert(QStringLiteral("heading"), s.heading);
    QJsonArray items;
    for (const ReportItem &i : s.items)
      items.append(itemJson(i));
    if (!items.isEmpty())
      o.insert(QStringLiteral("items"), items);
    QJsonArray pairs;
    for (const ReportPair &p : s.pairs)
      pairs.append(QJsonObject{{QStringLiteral("label"), p.label},
                               {QStringLiteral("left"), QJsonArray::fromStringList(p.left)},
                               {QStringLiteral("right"), QJsonArray::fromStringList(p.right)}});
    if (!pairs.isEmpty())
      o.insert(QStringLiteral("pairs"), pairs);
    sectionArray.append(o);
  }
  QJsonObject o{{QStringLiteral("kind"), kind == Kind::Entry        ? QStringLiteral("entry")
                                         : kind == Kind::Comparison ? QStringLiteral("comparison")
                                                                    : QStringLiteral("trace")},
                {QStringLiteral("language"), languageKey(language)},
                {QStringLiteral("subjects"), subjectArray},
                {QStringLiteral("facts"), QJsonArray::fromStringList(facts)},
                {QStringLiteral("sections"), sectionArray}};
  if (!subtitle.isEmpty())
    o.insert(QStringLiteral("subtitle"), subtitle);
  return o;
}

ReportBuilder::ReportBuilder(const ContentStore &store) : m_store(store) {}

QList<SipIDeparture> ReportBuilder::departures(const ContentStore &store, Language language) {
  QList<SipIDeparture> out;
  const QString json = store.document(QStringLiteral("departures")).in(language);
  for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
    const QJsonObject o = v.toObject();
    out << SipIDeparture{o.value(u"direction").toString() == u"sip_to_isup", o.value(u"sip").toInt(-1),
                         o.value(u"cause").toInt(-1), o.value(u"rfc3398").toInt(-1),
                         o.value(u"source").toString()};
  }
  return out;
}

QString ReportBuilder::sourceText(const SipIDeparture &departure) {
  return tr("Source: %1").arg(departure.source);
}

QList<ReportSpan> ReportBuilder::vendorSpans(const Entry &entry, bool primary) {
  QList<ReportSpan> out;
  for (const auto &[vendor, names] : entry.vendorNamesByVendor(primary)) {
    if (!out.isEmpty())
      out << ReportSpan{QStringLiteral(" · "), {}};
    out << ReportSpan{vendor + QStringLiteral(": "), {}}
        << ReportSpan{names.join(QStringLiteral(", ")), {}, true};
  }
  return out;
}

ReportSpan ReportBuilder::entryLink(const EntryRef &ref, Language language) const {
  const auto e = m_store.entry(ref);
  return {Vocabulary::entryLabel(ref, e ? e->title(language) : QString()).trimmed(), Page::entry(ref).link()};
}

Report ReportBuilder::entry(const Entry &e, Language language) const {
  Report report;
  report.kind = Report::Kind::Entry;
  report.language = language;
  report.subjects << ReportSubject{e.ref, e.cls, e.title(language)};
  if (e.ref.registry != Registry::Sip && e.title(language) != e.phrase)
    report.subtitle = e.phrase;
  report.facts << (e.cls.isEmpty() ? Vocabulary::registryName(e.ref.registry) : Vocabulary::className(e.cls));
  if (!e.kind.isEmpty())
    report.facts << Vocabulary::kindName(e.kind);
  if (e.status != u"current") {
    report.facts << Vocabulary::statusName(e.status);
    report.deprecated = true;
  }

  using Style = ReportSection::Style;
  const EntryText &t = e.text(language);
  auto items = [](const QStringList &texts) {
    QList<ReportItem> out;
    for (const QString &s : texts)
      out << ReportItem::plain(s);
    return out;
  };
  if (e.hasText) {
    report.sections << ReportSection{QStringLiteral("summary"), {}, Style::Paragraphs,
                                     items({t.summary}),        {}, {}};
    report.sections << ReportSection{QStringLiteral("meaning"),
                                     rowLabel(RowLabel::Meaning),
                                     Style::Paragraphs,
                                     items({t.meaning}),
                                     {},
                                     {}};
    if (!t.when.isEmpty())
      report.sections << ReportSection{
          QStringLiteral("when"), rowLabel(RowLabel::When), Style::Bullets, items(t.when), {}, {}};
    if (!t.todo.isEmpty())
      report.sections << ReportSection{
          QStringLiteral("todo"), rowLabel(RowLabel::Todo), Style::Bullets, items(t.todo), {}, {}};
    if (!t.retry.isEmpty())
      report.sections << ReportSection{
          QStringLiteral("retry"), rowLabel(RowLabel::Retry), Style::Paragraphs, items({t.retry}), {}, {}};
  } else {
    report.sections << ReportSection{
        QStringLiteral("notice"),
        {},
        Style::Notice,
        items({tr(
            "No description has been written for this code yet. The facts below are from the standard.")}),
        {},
        {}};
  }

  // What FreeSWITCH and Asterisk call this code, as their logs print it.
  ReportItem vendors{tr("In vendor logs:"), vendorSpans(e, true), {}};
  if (!vendors.spans.isEmpty()) {
    QStringList notes;
    for (const VendorName &n : e.vendorNames)
      if (n.primary && !n.noteEn.isEmpty())
        notes << QStringLiteral("%1: %2").arg(n.name, language == Language::Japanese ? n.noteJa : n.noteEn);
    vendors.note = notes.join(u'\n');
    // Under the summary, before the texts.
    report.sections.insert(e.hasText ? 1 : 0,
                           ReportSection{QStringLiteral("vendor_names"), {}, Style::Lead, {vendors}, {}, {}});
  }

  // The facts of the standard, one row each.
  ReportSection facts{QStringLiteral("facts"), tr("Facts"), Style::Rows, {}, {}, {}};
  auto row = [&](const QString &label, const QString &value) {
    if (!value.isEmpty())
      facts.items << ReportItem{label, {{value, {}}}, {}};
  };
  ReportItem refs{rowLabel(RowLabel::DefinedIn), {}, {}};
  for (const DocRef &r : e.refs) {
    if (!refs.spans.isEmpty())
      refs.spans << ReportSpan{QStringLiteral(", "), {}};
    refs.spans << ReportSpan{r.label(), r.url()};
  }
  if (!refs.spans.isEmpty())
    facts.items << refs;
  if (e.ref.registry == Registry::Sip && !e.clientRetry.isEmpty())
    row(tr("Client retry"), Vocabulary::retryName(e.clientRetry));
  QStringList senders;
  for (const QString &s : e.senders)
    senders << Vocabulary::senderName(s);
  row(tr("Typically sent by"), senders.join(QStringLiteral(", ")));
  row(rowLabel(RowLabel::Headers), e.headers.join(QStringLiteral(", ")));
  row(tr("Also seen as"), e.altPhrases.join(QStringLiteral(" / ")));
  row(rowLabel(RowLabel::Status), Vocabulary::statusName(e.status));
  if (const QList<ReportSpan> causes = vendorSpans(e, false); !causes.isEmpty())
    facts.items << ReportItem{tr("Vendor causes for this response"), causes, {}};
  report.sections << facts;

  // RFC 3398's mapping, and where SIP-I interworking (3GPP TS 29.163) departs from it.
  ReportSection mapping{QStringLiteral("mapping"), tr("Q.850 mapping (RFC 3398)"), Style::Table, {}, {}, {}};
  const ReportSpan none{QStringLiteral("—"), {}};
  const ReportSpan arrow{QStringLiteral(" → "), {}};
  for (const MappingRow &r : m_store.mappingsFor(e.ref)) {
    const bool toSip = r.direction == MappingRow::Direction::IsupToSip;
    const ReportSpan cause = r.cause >= 0 ? entryLink({Registry::Q850, r.cause}, language) : none;
    const ReportSpan sip = r.sip >= 0 ? entryLink({Registry::Sip, r.sip}, language) : none;
    mapping.items << ReportItem{toSip ? tr("ISUP → SIP") : tr("SIP → ISUP"),
                                {toSip ? cause : sip, arrow, toSip ? sip : cause},
                                r.note.in(language)};
  }
  for (const SipIDeparture &d : departures(m_store, language)) {
    const bool concerns =
        (e.ref.registry == Registry::Sip && d.sip == e.ref.code) ||
        (e.ref.registry == Registry::Q850 && (d.cause == e.ref.code || d.rfc3398 == e.ref.code));
    if (!concerns)
      continue;
    const ReportSpan sip = entryLink({Registry::Sip, d.sip}, language);
    const ReportSpan cause = entryLink({Registry::Q850, d.cause}, language);
    const QString rfc =
        d.rfc3398 >= 0 ? tr("RFC 3398 gives cause %1.").arg(d.rfc3398) : tr("RFC 3398 has no row for it.");
    mapping.items << ReportItem{tr("SIP-I (3GPP TS 29.163)"),
                                {d.toIsup ? sip : cause, arrow, d.toIsup ? cause : sip},
                                rfc + u' ' + sourceText(d)};
  }
  if (!mapping.items.isEmpty()) {
    mapping.seeAlso << ReportItem::link(
        tr("The whole mapping, the Reason header and where equipment departs from it"),
        Page::mapping().link());
    report.sections << mapping;
  }

  if (e.ref.registry == Registry::Q850) {
    ReportSection reason{QStringLiteral("reason"),
                         tr("In SIP: the Reason header (RFC 3326)"),
                         Style::Code,
                         items({QStringLiteral("Reason: Q.850;cause=%1").arg(e.ref.code)}),
                         {},
                         {}};
    if (!m_store.document(QStringLiteral("reason_header")).in(language).isEmpty())
      reason.seeAlso << ReportItem::link(tr("How the Reason header carries a Q.850 cause"),
                                         Page::mapping().link());
    report.sections << reason;
  }

  ReportSection confused{QStringLiteral("confused"), tr("Often confused with"), Style::Lines, {}, {}, {}};
  for (const EntryRef &p : m_store.curatedPartners(e.ref)) {
    const auto other = m_store.entry(p);
    confused.items << ReportItem::link(
        versus(Vocabulary::codeLabel(e.ref),
               Vocabulary::entryLabel(p, other ? other->title(language) : QString()).trimmed()),
        Page::comparison(e.ref, p).link());
  }
  if (!confused.items.isEmpty())
    report.sections << confused;

  ReportSection related{QStringLiteral("related"), tr("Related codes"), Style::Inline, {}, {}, {}};
  for (const EntryRef &r : e.related)
    related.items << ReportItem{{}, {entryLink(r, language)}, {}};
  if (!related.items.isEmpty())
    report.sections << related;
  return report;
}

Report ReportBuilder::comparison(const Comparison &c) const {
  using Style = ReportSection::Style;
  const Language language = c.language();
  const Entry &l = c.left();
  const Entry &r = c.right();
  Report report;
  report.kind = Report::Kind::Comparison;
  report.language = language;
  report.subjects << ReportSubject{l.ref, l.cls, l.title(language)}
                  << ReportSubject{r.ref, r.cls, r.title(language)};

  // What differs comes first; the aligned texts are there to check it.
  ReportSection differences{
      QStringLiteral("differences"), tr("Key differences"), Style::Numbered, {}, {}, {}};
  QStringList texts = c.curated() ? c.curated()->differences(language) : QStringList{};
  texts += c.derivedDifferences();
  for (const QString &d : texts)
    differences.items << ReportItem::plain(d);
  report.sections << differences;

  ReportSection useWhen{QStringLiteral("use_when"), tr("Which to use when"), Style::Bullets, {}, {}, {}};
  if (c.curated()) {
    for (const QString &u : c.curated()->useWhen(language))
      useWhen.items << ReportItem::plain(u);
  } else {
    useWhen.style = Style::Notice;
    useWhen.items << ReportItem::plain(tr("There is no curated note for this pair. The key differences above "
                                          "follow from the facts of both codes."));
  }
  report.sections << useWhen;

  ReportSection sides{QStringLiteral("side_by_side"), tr("Side by side"), Style::Pairs, {}, {}, {}};
  if (!l.hasText || !r.hasText)
    sides.items << ReportItem::plain(tr("No description has been written for %1 yet.")
                                         .arg(Vocabulary::codeLabel(!l.hasText ? l.ref : r.ref)));
  for (const Comparison::Row &row : c.rows())
    sides.pairs << ReportPair{row.label, row.left, row.right};
  report.sections << sides;
  return report;
}

QString ReportBuilder::notRegistered() {
  return tr("(not registered)");
}

QString ReportBuilder::remarksHeading() {
  return tr("Remarks");
}

QString ReportBuilder::mentionsHeading() {
  return tr("Mentioned in log lines (not whole SIP messages)");
}

QString ReportBuilder::noCallId() {
  return tr("(no Call-ID on the line)");
}

Report ReportBuilder::traceSummary(const TraceSummary &s, const TraceExplainer &x) {
  using Style = ReportSection::Style;
  Report report;
  report.kind = Report::Kind::Trace;
  report.language = x.language();
  if (!s.isEmpty())
    report.sections << ReportSection{
        QStringLiteral("counts"),
        {},
        Style::Paragraphs,
        {ReportItem::plain(tr("SIP messages: %1 (requests: %2, responses: %3); calls: %4")
                               .arg(s.messageCount())
                               .arg(s.requestCount())
                               .arg(s.responseCount())
                               .arg(s.callCount()))},
        {},
        {}};
  // What a capture held besides its SIP messages; alone when it held none (SIP over TLS).
  if (const CaptureReport *capture = s.captureReport()) {
    ReportSection section{QStringLiteral("capture"), {}, Style::Paragraphs, {}, {}, {}};
    section.items << ReportItem::plain(capture->description());
    for (const QString &problem : capture->problems())
      section.items << ReportItem::plain(QStringLiteral("⚠ ") + problem);
    report.sections << section;
  }
  if (s.isEmpty())
    return report;
  auto counts = [&](const QString &id, const QString &heading, const QMap<int, int> &map, Registry registry) {
    ReportSection section{id, heading, Style::Counts, {}, {}, {}};
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
      const EntryRef ref{registry, it.key()};
      const QString title = x.title(ref);
      const QString label = Vocabulary::codeLabel(ref) + (title.isEmpty() ? QString() : u' ' + title);
      ReportItem item{{}, {}, QString::number(it.value())};
      if (x.isRegistered(ref))
        item.spans << ReportSpan{label, Page::entry(ref).link()};
      else
        item.spans << ReportSpan{label, {}} << ReportSpan{u' ' + notRegistered(), {}};
      section.items << item;
    }
    if (!section.items.isEmpty())
      report.sections << section;
  };
  counts(QStringLiteral("final_responses"), tr("Final responses"), s.finalResponses(), Registry::Sip);
  counts(QStringLiteral("q850_causes"), tr("Q.850 causes"), s.q850Causes(), Registry::Q850);
  counts(QStringLiteral("warning_codes"), tr("Warning codes"), s.warningCodes(), Registry::Warning);
  // How the calls ended, each outcome once with how many calls had it.
  QMap<QString, int> outcomes;
  for (const TraceCall &call : s.calls())
    if (!call.callId.isEmpty())
      ++outcomes[x.outcomeText(call)];
  ReportSection ended{QStringLiteral("outcomes"), tr("Call outcomes"), Style::Counts, {}, {}, {}};
  for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
    ended.items << ReportItem{{}, {{it.key(), {}}}, QString::number(it.value())};
  if (!ended.items.isEmpty())
    report.sections << ended;
  ReportSection remarks{QStringLiteral("remarks"), remarksHeading(), Style::Bullets, {}, {}, {}};
  for (const QString &n : x.notes(s))
    remarks.items << ReportItem::plain(n);
  if (!remarks.items.isEmpty())
    report.sections << remarks;
  return report;
}

QString ReportBuilder::versus(const QString &left, const QString &right) {
  return tr("%1 vs %2").arg(left, right);
}

/// The labels of the aligned rows are the entry page's headings: one
/// translation each.
QString ReportBuilder::rowLabel(RowLabel label) {
  // In the order of RowLabel.
  static const char *const labels[] = {QT_TRANSLATE_NOOP("Report", "Class"),
                                       QT_TRANSLATE_NOOP("Report", "Provisional or final"),
                                       QT_TRANSLATE_NOOP("Report", "Summary"),
                                       QT_TRANSLATE_NOOP("Report", "What it means"),
                                       QT_TRANSLATE_NOOP("Report", "When you see it"),
                                       QT_TRANSLATE_NOOP("Report", "What to do"),
                                       QT_TRANSLATE_NOOP("Report", "Does the client retry?"),
                                       QT_TRANSLATE_NOOP("Report", "Headers that matter"),
                                       QT_TRANSLATE_NOOP("Report", "Status"),
                                       QT_TRANSLATE_NOOP("Report", "Defined in")};
  return tr(labels[int(label)]);
}

} // namespace sipref
