#include "CheatSheet.h"

#include "ContentStore.h"
#include "Vocabulary.h"

namespace sipref {

namespace {

QString esc(const QString &s) {
  return s.toHtmlEscaped();
}

} // namespace

CheatSheet::CheatSheet(const ContentStore &store, PageColors colors)
    : m_store(store), m_colors(std::move(colors)) {}

QList<EntryRef> CheatSheet::codes() const {
  return m_store.allRefs(Registry::Sip);
}

QString CheatSheet::html(Language language) const {
  // Point sizes, not pixels: the same sheet on a 1200 dpi printer and in a PDF.
  QString html = QStringLiteral("<html><head><style>"
                                "body { color: %1; background-color: %2; font-size: 9pt; }"
                                "h1 { font-size: 16pt; margin-bottom: 0px; }"
                                "h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }"
                                ".muted { color: %3; }"
                                ".code { font-weight: bold; }"
                                "td, th { padding: 2px 4px; vertical-align: top; }"
                                "th { text-align: left; color: %3; font-weight: normal; }"
                                "</style></head><body>")
                     .arg(m_colors.text, m_colors.base, m_colors.muted);
  html +=
      QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
          .arg(esc(tr("SIP response codes")),
               esc(tr("Every SIP response code with its reason phrase and what it means in one line, grouped "
                      "by class. From SipRef.")));

  const QList<EntryRef> refs = codes();
  for (int digit = 1; digit <= 6; ++digit) {
    QList<Entry> entries;
    for (const EntryRef &ref : refs)
      if (ref.code / 100 == digit)
        if (const auto e = m_store.entry(ref))
          entries << *e;
    if (entries.isEmpty())
      continue;
    const QString cls = QStringLiteral("%1xx").arg(digit);
    const QString color = Vocabulary::classColor({Registry::Sip, digit * 100}, digit);
    html += QStringLiteral("<h2><span style=\"color:%1\">%2</span> %3</h2><p class=\"muted\">%4</p>")
                .arg(color, cls, esc(Vocabulary::className(cls)), esc(Vocabulary::classMeaning(cls)));
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" border=\"0\">"
                "<thead><tr><th width=\"9%\" nowrap>%1</th><th width=\"28%\">%2</th><th>%3</th></tr></thead>")
                .arg(esc(tr("Code")), esc(tr("Reason phrase")), esc(tr("In one line")));
    bool shade = false;
    for (const Entry &e : entries) {
      const QString bg = shade ? QStringLiteral(" bgcolor=\"%1\"").arg(m_colors.alternate) : QString();
      shade = !shade;
      QString phrase = esc(e.phrase);
      // A short tag: the code page has the long explanation.
      if (e.status == u"deprecated")
        phrase += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(tr("deprecated")));
      else if (e.status == u"historic")
        phrase += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(tr("historic, RFC 2543")));
      const QString summary = e.text(language).summary;
      html += QStringLiteral("<tr%1><td class=\"code\" style=\"color:%2\">%3</td><td>%4</td><td>%5</td></tr>")
                  .arg(bg, color, QString::number(e.ref.code), phrase,
                       summary.isEmpty() ? QStringLiteral("—") : esc(summary));
    }
    html += QStringLiteral("</table>");
  }
  html += QStringLiteral("</body></html>");
  return html;
}

} // namespace sipref
