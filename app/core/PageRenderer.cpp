#include "PageRenderer.h"

#include "ContentStore.h"
#include "Page.h"
#include "Report.h"
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

} // namespace

PageRenderer::PageRenderer(const ContentStore &store, PageColors colors)
    : m_store(store), m_colors(std::move(colors)) {}

QString PageRenderer::entryLink(const EntryRef &ref) {
  return Page::entry(ref).link();
}

QString PageRenderer::openEntryLink(const EntryRef &ref, const QString &label) {
  return QStringLiteral("<a href=\"%1\">%2</a>")
      .arg(entryLink(ref), tr("Open %1").arg(label).toHtmlEscaped());
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

QString PageRenderer::entryPage(const Entry &e, Language language) const {
  return html(ReportBuilder(m_store).entry(e, language));
}

QString PageRenderer::comparisonPage(const Comparison &c) const {
  return html(ReportBuilder(m_store).comparison(c));
}

QString PageRenderer::spans(const ReportItem &item) const {
  QString out;
  for (const ReportSpan &s : item.spans) {
    // A separator between groups (vendors) gets the room it has between inline items.
    if (s.text == u" · " && s.target.isEmpty()) {
      out += QStringLiteral(" &nbsp;·&nbsp; ");
      continue;
    }
    const QString text = s.literal ? QStringLiteral("<code>%1</code>").arg(esc(s.text)) : esc(s.text);
    out += s.target.isEmpty() ? text : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(s.target), text);
  }
  return out;
}

QString PageRenderer::section(const ReportSection &section) const {
  using Style = ReportSection::Style;
  QString html;
  if (!section.heading.isEmpty())
    html += QStringLiteral("<h2>%1</h2>").arg(esc(section.heading));
  auto items = [&](const QString &open, const QString &close) {
    html += open;
    for (const ReportItem &i : section.items)
      html += QStringLiteral("<li>") + spans(i) + QStringLiteral("</li>");
    html += close;
  };
  switch (section.style) {
  case Style::Paragraphs:
    for (const ReportItem &i : section.items)
      html += (section.id == u"summary" ? QStringLiteral("<p class=\"summary\">") : QStringLiteral("<p>")) +
              spans(i) + QStringLiteral("</p>");
    break;
  case Style::Bullets:
    items(QStringLiteral("<ul>"), QStringLiteral("</ul>"));
    break;
  case Style::Numbered:
    items(QStringLiteral("<ol>"), QStringLiteral("</ol>"));
    break;
  case Style::Rows:
    html += QStringLiteral("<table cellspacing=\"0\">");
    for (const ReportItem &i : section.items)
      html += QStringLiteral("<tr><th class=\"muted\">%1</th><td>%2</td></tr>").arg(esc(i.label), spans(i));
    html += QStringLiteral("</table>");
    break;
  case Style::Table:
    html += QStringLiteral("<table cellspacing=\"0\">");
    for (const ReportItem &i : section.items)
      html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"muted\">%3</td></tr>")
                  .arg(esc(i.label), spans(i), esc(i.note));
    html += QStringLiteral("</table>");
    break;
  case Style::Lead:
    // Set apart by its label, close under the summary; its note in small steps below.
    for (const ReportItem &i : section.items) {
      html += QStringLiteral("<p><span class=\"muted\">%1</span> %2</p>").arg(esc(i.label), spans(i));
      if (!i.note.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(i.note).replace(u'\n', QStringLiteral("<br>")));
    }
    break;
  case Style::Counts: {
    // "Final responses: 486 Busy Here ×2, 200 OK ×3" in a line, under the bold heading.
    html.chop(QStringLiteral("<h2>%1</h2>").arg(esc(section.heading)).size());
    QStringList parts;
    for (const ReportItem &i : section.items)
      parts << spans(i) + QStringLiteral(" ×") + esc(i.note);
    html +=
        QStringLiteral("<p><b>%1</b>: %2</p>").arg(esc(section.heading), parts.join(QStringLiteral(", ")));
    break;
  }
  case Style::Lines:
  case Style::Inline: {
    QStringList parts;
    for (const ReportItem &i : section.items)
      parts << spans(i);
    const QString separator =
        section.style == Style::Lines ? QStringLiteral("<br>") : QStringLiteral(" &nbsp;·&nbsp; ");
    html += QStringLiteral("<p>") + parts.join(separator) + QStringLiteral("</p>");
    break;
  }
  case Style::Code:
    for (const ReportItem &i : section.items)
      html += QStringLiteral("<p><code>%1</code></p>").arg(spans(i));
    break;
  case Style::Notice:
    for (const ReportItem &i : section.items)
      html +=
          QStringLiteral("<p class=\"%1\">%2</p>")
              .arg(section.id == u"notice" ? QStringLiteral("notice") : QStringLiteral("muted"), spans(i));
    break;
  case Style::Pairs: {
    for (const ReportItem &i : section.items)
      html += QStringLiteral("<p class=\"muted\">%1</p>").arg(spans(i));
    // Each label gets a row of its own across both columns, so no width or
    // zoom breaks it inside a word.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">");
    bool shade = false;
    for (const ReportPair &row : section.pairs) {
      const QString bg = shade ? QStringLiteral(" bgcolor=\"%1\"").arg(m_colors.alternate) : QString();
      shade = !shade;
      html += QStringLiteral("<tr%1><th colspan=\"2\" class=\"muted\">%2</th></tr>"
                             "<tr%1><td width=\"50%\">%3</td><td width=\"50%\">%4</td></tr>")
                  .arg(bg, esc(row.label), cellList(row.left), cellList(row.right));
    }
    html += QStringLiteral("</table>");
    break;
  }
  }
  for (const ReportItem &i : section.seeAlso)
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(spans(i));
  return html;
}

QString PageRenderer::html(const Report &report) const {
  QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
  if (report.kind == Report::Kind::Entry && !report.subjects.isEmpty()) {
    const ReportSubject &s = report.subjects.first();
    html += QStringLiteral("<h1>%1 %2</h1>").arg(esc(Vocabulary::codeLabel(s.ref)), esc(s.title));
    if (!report.subtitle.isEmpty())
      html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(report.subtitle));
    QStringList facts{badge(s.ref, s.cls)};
    for (int i = 0; i < report.facts.size(); ++i)
      facts << (report.deprecated && i == report.facts.size() - 1
                    ? QStringLiteral("<b>%1</b>").arg(esc(report.facts.at(i)))
                    : esc(report.facts.at(i)));
    html += QStringLiteral("<p>") + facts.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
  } else if (report.subjects.size() == 2) {
    const ReportSubject &l = report.subjects.at(0);
    const ReportSubject &r = report.subjects.at(1);
    // One size down from a code page's title: two long names share the width.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0\">");
    html += QStringLiteral("<tr><th width=\"50%\"><p class=\"side\">%1<br>%2</p></th>"
                           "<th width=\"50%\"><p class=\"side\">%3<br>%4</p></th></tr>")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(entryLink(l.ref), esc(Vocabulary::codeLabel(l.ref))),
                     esc(l.title),
                     QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(entryLink(r.ref), esc(Vocabulary::codeLabel(r.ref))),
                     esc(r.title));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr></table>")
                .arg(badge(l.ref, l.cls), badge(r.ref, r.cls));
  }
  html += sections(report);
  html += QStringLiteral("</body></html>");
  return html;
}

QString PageRenderer::sections(const Report &report) const {
  QString html;
  for (const ReportSection &s : report.sections)
    html += section(s);
  return html;
}

QString PageRenderer::document(const QString &body) const {
  return QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>") + body +
         QStringLiteral("</body></html>");
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
  const QList<SipIDeparture> sipI = ReportBuilder::departures(m_store, language);
  if (!sipI.isEmpty()) {
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("SIP-I interworking (3GPP TS 29.163): where it departs from RFC 3398")));
    html += paragraph(m_store.document(QStringLiteral("departures_intro")).in(language));
    html += QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    for (const SipIDeparture &d : sipI) {
      const QString sip = linkTo({Registry::Sip, d.sip}, language);
      const QString cause = linkTo({Registry::Q850, d.cause}, language);
      const QString rfc = d.rfc3398 >= 0 ? linkTo({Registry::Q850, d.rfc3398}, language) : QStringLiteral("—");
      html += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"4%\">→</td><td width=\"30%\">%2</td>"
                             "<td class=\"muted\">%3 %4<br>%5</td></tr>")
                  .arg(d.toIsup ? sip : cause, d.toIsup ? cause : sip, esc(tr("RFC 3398:")), rfc,
                       esc(ReportBuilder::sourceText(d)));
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
