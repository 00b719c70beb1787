#include "PageRenderer.h"

#include "ContentStore.h"
#include "Page.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sipref {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString paragraph(const QString &s) { return QStringLiteral("<p>") + esc(s) + QStringLiteral("</p>"); }

QString list(const QStringList &items) {
  if (items.isEmpty())
    return {};
  QString out = QStringLiteral("<ul>");
  for (const QString &i : items)
    out += QStringLiteral("<li>") + esc(i) + QStringLiteral("</li>");
  return out + QStringLiteral("</ul>");
}

QString cellList(const QStringList &items) {
  if (items.size() == 1)
    return esc(items.first());
  return list(items);
}

// A row where SIP-I interworking (3GPP TS 29.163) departs from RFC 3398.
struct Departure {
  bool toIsup = true;
  int sip = -1;
  int cause = -1;
  int rfc3398 = -1; // -1: RFC 3398 has no row
  QString source;
};

QList<Departure> departures(const ContentStore &store, Language language) {
  QList<Departure> out;
  const QString json = store.document(QStringLiteral("departures")).in(language);
  for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
    const QJsonObject o = v.toObject();
    out << Departure{o.value(u"direction").toString() == u"sip_to_isup", o.value(u"sip").toInt(-1),
                     o.value(u"cause").toInt(-1), o.value(u"rfc3398").toInt(-1), o.value(u"source").toString()};
  }
  return out;
}

} // namespace

PageRenderer::PageRenderer(const ContentStore &store, PageColors colors)
    : m_store(store), m_colors(std::move(colors)) {}

QString PageRenderer::entryLink(const EntryRef &ref) {
  return Page::entry(ref).link();
}

bool PageRenderer::isTrustedExternalLink(const QUrl &url) {
  if (!url.isValid() || url.scheme() != u"https" || !url.userInfo().isEmpty() || url.port(443) != 443)
    return false;
  const QString host = url.host();
  return host == u"www.rfc-editor.org" || host == u"datatracker.ietf.org" || host == u"www.itu.int";
}

QString PageRenderer::mappingLink() {
  return Page::mapping().link();
}

QString PageRenderer::compareLink(const EntryRef &a, const EntryRef &b) {
  return Page::comparison(a, b).link();
}

QString PageRenderer::style() const {
  return QStringLiteral(
             "<style>"
             "body { color: %1; background-color: %4; }"
             "a { color: %3; text-decoration: none; }"
             "h1 { font-size: x-large; margin-bottom: 2px; }"
             "h2 { font-size: medium; margin-top: 16px; margin-bottom: 4px; color: %1; }"
             ".muted { color: %2; }"
             ".summary { font-size: large; margin-top: 6px; }"
             "td, th { padding: 4px 6px; vertical-align: top; }"
             "th { text-align: left; }"
             "ul { margin-top: 2px; margin-bottom: 2px; }"
             ".notice { background-color: %5; padding: 8px; }"
             ".side { font-size: large; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }"
             "</style>")
      .arg(m_colors.text, m_colors.muted, m_colors.link, m_colors.base, m_colors.alternate);
}

QString PageRenderer::badge(const EntryRef &ref, const QString &cls) const {
  const int digit = ref.registry == Registry::Sip ? ref.code / 100 : 0;
  QString label = cls;
  if (ref.registry == Registry::Warning)
    label = tr("Warning");
  else if (ref.registry == Registry::Q850)
    label = QStringLiteral("Q.850");
  return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
      .arg(Vocabulary::classColor(ref, digit), esc(label));
}

QString PageRenderer::linkTo(const EntryRef &ref, Language language) const {
  const auto e = m_store.entry(ref);
  const QString title = e ? e->title(language) : QString();
  return QStringLiteral("<a href=\"%1\">%2</a>")
      .arg(entryLink(ref), esc(Vocabulary::entryLabel(ref, title).trimmed()));
}

QString PageRenderer::vendorLine(const Entry &e, bool primary) {
  // "FreeSWITCH: USER_BUSY · Asterisk: AST_CAUSE_USER_BUSY, AST_CAUSE_BUSY, DIALSTATUS=BUSY"
  QStringList parts;
  for (const auto &[vendor, names] : e.vendorNamesByVendor(primary))
    parts << QStringLiteral("%1: <code>%2</code>").arg(esc(vendor), esc(names.join(QStringLiteral(", "))));
  return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

QString PageRenderer::entryPage(const Entry &e, Language language) const {
  const EntryText &t = e.text(language);
  QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
  html += QStringLiteral("<h1>%1 %2</h1>").arg(esc(Vocabulary::codeLabel(e.ref)), esc(e.title(language)));
  if (e.ref.registry != Registry::Sip && e.title(language) != e.phrase)
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(e.phrase));

  QStringList facts;
  facts << badge(e.ref, e.cls);
  if (!e.cls.isEmpty())
    facts << esc(Vocabulary::className(e.cls));
  else
    facts << esc(Vocabulary::registryName(e.ref.registry));
  if (!e.kind.isEmpty())
    facts << esc(Vocabulary::kindName(e.kind));
  if (e.status != u"current")
    facts << QStringLiteral("<b>%1</b>").arg(esc(Vocabulary::statusName(e.status)));
  html += QStringLiteral("<p>") + facts.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");

  if (e.hasText)
    html += QStringLiteral("<p class=\"summary\">%1</p>").arg(esc(t.summary));
  // What FreeSWITCH and Asterisk call this code, as their logs print it.
  const QString ownNames = vendorLine(e, true);
  if (!ownNames.isEmpty()) {
    html +=
        QStringLiteral("<p><span class=\"muted\">%1</span> %2</p>").arg(esc(tr("In vendor logs:")), ownNames);
    QStringList notes;
    for (const VendorName &n : e.vendorNames)
      if (n.primary && !n.noteEn.isEmpty())
        notes << QStringLiteral("%1: %2").arg(n.name, language == Language::Japanese ? n.noteJa : n.noteEn);
    if (!notes.isEmpty())
      html += QStringLiteral("<p class=\"muted\">%1</p>")
                  .arg(esc(notes.join(u'\n')).replace(u'\n', QStringLiteral("<br>")));
  }
  if (e.hasText) {
    html += QStringLiteral("<h2>%1</h2>").arg(tr("What it means")) + paragraph(t.meaning);
    if (!t.when.isEmpty())
      html += QStringLiteral("<h2>%1</h2>").arg(tr("When you see it")) + list(t.when);
    if (!t.todo.isEmpty())
      html += QStringLiteral("<h2>%1</h2>").arg(tr("What to do")) + list(t.todo);
    if (!t.retry.isEmpty())
      html += QStringLiteral("<h2>%1</h2>").arg(tr("Does the client retry?")) + paragraph(t.retry);
  } else {
    html += QStringLiteral("<p class=\"notice\">%1</p>")
                .arg(esc(tr("No description has been written for this code yet. The facts below are from "
                            "the standard.")));
  }

  // Facts table.
  QString rows;
  auto row = [&](const QString &label, const QString &valueHtml) {
    if (!valueHtml.isEmpty())
      rows += QStringLiteral("<tr><th class=\"muted\">%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
  };
  QStringList refs;
  for (const DocRef &r : e.refs) {
    const QString url = r.url();
    refs << (url.isEmpty() ? esc(r.label()) : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(r.label())));
  }
  row(tr("Defined in"), refs.join(QStringLiteral(", ")));
  if (e.ref.registry == Registry::Sip && !e.clientRetry.isEmpty())
    row(tr("Client retry"), esc(Vocabulary::retryName(e.clientRetry)));
  QStringList senders;
  for (const QString &s : e.senders)
    senders << Vocabulary::senderName(s);
  row(tr("Typically sent by"), esc(senders.join(QStringLiteral(", "))));
  row(tr("Headers that matter"), esc(e.headers.join(QStringLiteral(", "))));
  row(tr("Also seen as"), esc(e.altPhrases.join(QStringLiteral(" / "))));
  row(tr("Status"), esc(Vocabulary::statusName(e.status)));
  row(tr("Vendor causes for this response"), vendorLine(e, false));
  html += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\">%2</table>").arg(tr("Facts"), rows);

  // RFC 3398 mapping, and where SIP-I interworking (3GPP TS 29.163) departs from it.
  const QList<MappingRow> mapping = m_store.mappingsFor(e.ref);
  QList<Departure> sipI;
  for (const Departure &d : departures(m_store, language))
    if ((e.ref.registry == Registry::Sip && d.sip == e.ref.code) ||
        (e.ref.registry == Registry::Q850 && (d.cause == e.ref.code || d.rfc3398 == e.ref.code)))
      sipI << d;
  if (!mapping.isEmpty() || !sipI.isEmpty()) {
    QString m;
    for (const MappingRow &r : mapping) {
      const bool toSip = r.direction == MappingRow::Direction::IsupToSip;
      const QString from = toSip ? (r.cause >= 0 ? linkTo({Registry::Q850, r.cause}, language) : QStringLiteral("—"))
                                 : (r.sip >= 0 ? linkTo({Registry::Sip, r.sip}, language) : QStringLiteral("—"));
      const QString to = toSip ? (r.sip >= 0 ? linkTo({Registry::Sip, r.sip}, language) : QStringLiteral("—"))
                               : (r.cause >= 0 ? linkTo({Registry::Q850, r.cause}, language) : QStringLiteral("—"));
      m += QStringLiteral("<tr><td>%1</td><td>%2 → %3</td><td class=\"muted\">%4</td></tr>")
               .arg(esc(toSip ? tr("ISUP → SIP") : tr("SIP → ISUP")), from, to, esc(r.note.in(language)));
    }
    for (const Departure &d : sipI) {
      const QString sip = linkTo({Registry::Sip, d.sip}, language);
      const QString cause = linkTo({Registry::Q850, d.cause}, language);
      const QString rfc = d.rfc3398 >= 0 ? tr("RFC 3398 gives cause %1.").arg(d.rfc3398)
                                         : tr("RFC 3398 has no row for it.");
      m += QStringLiteral("<tr><td>%1</td><td>%2 → %3</td><td class=\"muted\">%4 %5</td></tr>")
               .arg(esc(tr("SIP-I (3GPP TS 29.163)")), d.toIsup ? sip : cause, d.toIsup ? cause : sip, esc(rfc),
                    esc(tr("Source: %1").arg(d.source)));
    }
    html += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\">%2</table>")
                .arg(tr("Q.850 mapping (RFC 3398)"), m);
    html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(mappingLink(), esc(tr("The whole mapping, the Reason header and where equipment departs from it")));
  }
  if (e.ref.registry == Registry::Q850) {
    const QString reason = m_store.document(QStringLiteral("reason_header")).in(language);
    html += QStringLiteral("<h2>%1</h2><p><code>Reason: Q.850;cause=%2</code></p>")
                .arg(tr("In SIP: the Reason header (RFC 3326)"))
                .arg(e.ref.code);
    if (!reason.isEmpty())
      html += QStringLiteral("<p class=\"muted\"><a href=\"%1\">%2</a></p>")
                  .arg(mappingLink(), esc(tr("How the Reason header carries a Q.850 cause")));
  }

  const QList<EntryRef> partners = m_store.curatedPartners(e.ref);
  if (!partners.isEmpty()) {
    QStringList links;
    for (const EntryRef &p : partners) {
      const auto other = m_store.entry(p);
      links << QStringLiteral("<a href=\"%1\">%2</a>")
                   .arg(compareLink(e.ref, p),
                        esc(tr("%1 vs %2").arg(Vocabulary::codeLabel(e.ref),
                                               Vocabulary::entryLabel(p, other ? other->title(language) : QString()))));
    }
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Often confused with"), links.join(QStringLiteral("<br>")));
  }

  if (!e.related.isEmpty()) {
    QStringList links;
    for (const EntryRef &r : e.related)
      links << linkTo(r, language);
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Related codes"), links.join(QStringLiteral(" &nbsp;·&nbsp; ")));
  }
  html += QStringLiteral("</body></html>");
  return html;
}

QString PageRenderer::comparisonPage(const Comparison &c) const {
  const Language language = c.language();
  const Entry &l = c.left();
  const Entry &r = c.right();
  QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
  html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">");
  // One size down from a code page's title: two long names share the width.
  html += QStringLiteral("<tr><th width=\"50%\"><p class=\"side\">%1<br>%2</p></th>"
                         "<th width=\"50%\"><p class=\"side\">%3<br>%4</p></th></tr>")
              .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(entryLink(l.ref), esc(Vocabulary::codeLabel(l.ref))),
                   esc(l.title(language)),
                   QStringLiteral("<a href=\"%1\">%2</a>").arg(entryLink(r.ref), esc(Vocabulary::codeLabel(r.ref))),
                   esc(r.title(language)));
  html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr></table>").arg(badge(l.ref, l.cls), badge(r.ref, r.cls));

  // What differs comes first; the aligned texts are there to check it.
  html += QStringLiteral("<h2>%1</h2><ol>").arg(tr("Key differences"));
  if (c.curated())
    for (const QString &d : c.curated()->differences(language))
      html += QStringLiteral("<li>") + esc(d) + QStringLiteral("</li>");
  for (const QString &d : c.derivedDifferences())
    html += QStringLiteral("<li>") + esc(d) + QStringLiteral("</li>");
  html += QStringLiteral("</ol>");
  html += QStringLiteral("<h2>%1</h2>").arg(tr("Which to use when"));
  if (c.curated())
    html += list(c.curated()->useWhen(language));
  else
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("There is no curated note for this pair. The key differences above follow from the "
                            "facts of both codes.")));

  html += QStringLiteral("<h2>%1</h2>").arg(tr("Side by side"));
  if (!l.hasText || !r.hasText)
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("No description has been written for %1 yet.")
                             .arg(Vocabulary::codeLabel(!l.hasText ? l.ref : r.ref))));
  // Each label gets a row of its own across both columns, so no width or
  // zoom breaks it inside a word.
  html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">");
  bool shade = false;
  for (const Comparison::Row &row : c.rows()) {
    const QString bg = shade ? QStringLiteral(" bgcolor=\"%1\"").arg(m_colors.alternate) : QString();
    shade = !shade;
    html += QStringLiteral("<tr%1><th colspan=\"2\" class=\"muted\">%2</th></tr>"
                           "<tr%1><td width=\"50%\">%3</td><td width=\"50%\">%4</td></tr>")
                .arg(bg, esc(row.label), cellList(row.left), cellList(row.right));
  }
  html += QStringLiteral("</table></body></html>");
  return html;
}

QString PageRenderer::mappingPage(Language language) const {
  QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
  html += QStringLiteral("<h1>%1</h1>").arg(tr("SIP and Q.850: the RFC 3398 mapping"));
  const QString reason = m_store.document(QStringLiteral("reason_header")).in(language);
  if (!reason.isEmpty())
    html += QStringLiteral("<h2>%1</h2>").arg(tr("The Reason header (RFC 3326)")) + paragraph(reason);
  const QList<MappingRow> rows = m_store.allMappings();
  for (const auto dir : {MappingRow::Direction::IsupToSip, MappingRow::Direction::SipToIsup}) {
    const bool toSip = dir == MappingRow::Direction::IsupToSip;
    const QString ref = m_store.document(toSip ? QStringLiteral("ref.isup_to_sip") : QStringLiteral("ref.sip_to_isup")).en;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(toSip ? tr("ISUP cause → SIP response (%1)").arg(ref) : tr("SIP response → ISUP cause (%1)").arg(ref)));
    html += QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    bool shade = false;
    for (const MappingRow &r : rows) {
      if (r.direction != dir)
        continue;
      const QString cause = r.cause >= 0 ? linkTo({Registry::Q850, r.cause}, language) : QStringLiteral("—");
      const QString sip = r.sip >= 0 ? linkTo({Registry::Sip, r.sip}, language) : QStringLiteral("—");
      const QString bg = shade ? QStringLiteral(" bgcolor=\"%1\"").arg(m_colors.alternate) : QString();
      shade = !shade;
      html += QStringLiteral("<tr%1><td width=\"34%\">%2</td><td width=\"4%\">→</td><td width=\"28%\">%3</td>"
                             "<td class=\"muted\">%4</td></tr>")
                  .arg(bg, toSip ? cause : sip, toSip ? sip : cause, esc(r.note.in(language)));
    }
    html += QStringLiteral("</table>");
  }
  const QList<Departure> sipI = departures(m_store, language);
  if (!sipI.isEmpty()) {
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("SIP-I interworking (3GPP TS 29.163): where it departs from RFC 3398")));
    html += paragraph(m_store.document(QStringLiteral("departures_intro")).in(language));
    html += QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    for (const Departure &d : sipI) {
      const QString sip = linkTo({Registry::Sip, d.sip}, language);
      const QString cause = linkTo({Registry::Q850, d.cause}, language);
      const QString rfc = d.rfc3398 >= 0 ? linkTo({Registry::Q850, d.rfc3398}, language) : QStringLiteral("—");
      html += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"4%\">→</td><td width=\"30%\">%2</td>"
                             "<td class=\"muted\">%3 %4<br>%5</td></tr>")
                  .arg(d.toIsup ? sip : cause, d.toIsup ? cause : sip, esc(tr("RFC 3398:")), rfc,
                       esc(tr("Source: %1").arg(d.source)));
    }
    html += QStringLiteral("</table>");
  }
  const LocalizedText deviations = m_store.document(QStringLiteral("deviations"));
  QStringList items;
  for (const QJsonValue &v : QJsonDocument::fromJson(deviations.in(language).toUtf8()).array())
    items << v.toString();
  if (!items.isEmpty())
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Where common equipment departs from RFC 3398")) + list(items);
  html += QStringLiteral("</body></html>");
  return html;
}

QString PageRenderer::errorPage(const QString &title, const QString &detail) const {
  return QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body><h1>%1</h1><p>%2</p></body></html>")
                                                        .arg(esc(title), esc(detail));
}

QString PageRenderer::welcomePage(Language language) const {
  Q_UNUSED(language);
  QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
  html += QStringLiteral("<h1>SipRef</h1><p class=\"summary\">%1</p>")
              .arg(esc(tr("SIP response codes, SIP Warning codes and Q.850 causes, explained.")));
  html += QStringLiteral("<h2>%1</h2>").arg(tr("Type to search"));
  html += list(
      {tr("486 — a code; 48 — every code starting with 48"), tr("4xx — a whole class"),
       tr("busy, temporarily — a reason phrase or words from the texts, in English or Japanese"),
       tr("SIP/2.0 486 Busy Here — a pasted status line"),
       tr("cause 17, Reason: Q.850;cause=17 — a Q.850 cause; warning 399 — a Warning code"),
       tr("USER_BUSY, AST_CAUSE_BUSY, DIALSTATUS=BUSY, a FreeSWITCH hangup line — names from vendor logs"),
       tr("forbiden, unauthorised — small typos and British spellings are corrected")});
  html += QStringLiteral("<h2>%1</h2>").arg(tr("Keys"));
  html += list({tr("Ctrl+L or Ctrl+F: search  ·  Up/Down: move  ·  Enter: open  ·  Esc: clear"),
                tr("Alt+Left / Alt+Right: back and forward"),
                tr("Ctrl+D: compare two codes  ·  Ctrl+M: the SIP ⇄ Q.850 mapping"),
                tr("Ctrl+E: explain a trace  ·  Ctrl+O: open a trace or log file"),
                tr("Ctrl+B: star the code shown  ·  Ctrl+T: quiz"),
                tr("Ctrl+P: print  ·  Ctrl++ / Ctrl+- / Ctrl+0: text size  ·  F1: this page")});
  html += QStringLiteral("<h2>%1</h2>").arg(tr("How to use it"));
  html += list({tr("Each code page says what the code means, when you see it and what to do, with the facts, "
                   "the Q.850 mapping and the codes it is often confused with."),
                tr("Compare puts two codes side by side and starts with what differs between them."),
                tr("Explain a trace reads a pasted log or a capture file and explains every code in it, call by "
                   "call."),
                tr("Write your own notes below a code; star codes to find them under Bookmarks; History keeps "
                   "the codes you read."),
                tr("The File menu prints a page, a comparison or the cheat sheet of all SIP codes, or saves them "
                   "as PDF.")});
  html += QStringLiteral("</body></html>");
  return html;
}

} // namespace sipref
