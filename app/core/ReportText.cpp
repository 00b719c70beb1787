#include "ReportText.h"

#include "Page.h"
#include "Report.h"
#include "Vocabulary.h"

#include <algorithm>

namespace sipref::text {

namespace {

bool isWide(QChar c) {
  const char16_t u = c.unicode();
  return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
         (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
         (u >= 0xFFE0 && u <= 0xFFE6);
}

/// A code as the user would type it to --compare.
QString query(const EntryRef &ref) {
  switch (ref.registry) {
  case Registry::Sip:
    return QString::number(ref.code);
  case Registry::Warning:
    return QStringLiteral("'warning %1'").arg(ref.code);
  case Registry::Q850:
    return QStringLiteral("'cause %1'").arg(ref.code);
  }
  return {};
}

// Holds a reference ("RFC 3261 §21.4.24") on one line; a space again once wrapped.
constexpr QChar kNoBreak(0x00A0);

/// An item's text; a link to a comparison gets the command that prints it.
QString itemText(const ReportItem &item) {
  QString out;
  for (const ReportSpan &s : item.spans)
    out += s.target.startsWith(u"https:") ? QString(s.text).replace(u' ', kNoBreak) : s.text;
  for (const ReportSpan &s : item.spans) {
    const auto page = Page::fromLink(QUrl(s.target));
    if (page && page->kind == Page::Kind::Comparison)
      out += QStringLiteral("  (sipref --compare %1 %2)").arg(query(page->first), query(page->second));
  }
  return out;
}

void pairs(QString &s, const ReportSection &section, const Report &report) {
  const QString left = Vocabulary::codeLabel(report.subjects.value(0).ref);
  const QString right = Vocabulary::codeLabel(report.subjects.value(1).ref);
  for (const ReportPair &r : section.pairs) {
    s += u'\n' + r.label + u'\n';
    for (const auto &[code, items] : {std::pair{left, r.left}, std::pair{right, r.right}}) {
      if (items.size() == 1) {
        s += wrap(items.first(), QStringLiteral("  [%1] ").arg(code), QStringLiteral("    "));
        continue;
      }
      s += QStringLiteral("  [%1]\n").arg(code);
      for (const QString &item : items)
        s += wrap(item, QStringLiteral("    - "), QStringLiteral("      "));
    }
  }
}

/// Facts: the labels in a column of their own; a label too long for it
/// stands on a line of its own, above its value.
void rows(QString &s, const ReportSection &section) {
  constexpr int kMaxLabel = 20;
  int width = 0;
  for (const ReportItem &i : section.items)
    if (columns(i.label) <= kMaxLabel)
      width = std::max(width, columns(i.label));
  const QString valueIndent(width + 4, u' ');
  for (const ReportItem &i : section.items) {
    if (columns(i.label) > width) {
      s += QStringLiteral("  ") + i.label + u'\n';
      s += wrap(itemText(i), valueIndent, valueIndent);
    } else {
      s += wrap(itemText(i), QStringLiteral("  ") + padded(i.label, width + 2), valueIndent);
    }
  }
}

/// Mapping rows: direction, codes and note read as one line each.
void table(QString &s, const ReportSection &section) {
  for (const ReportItem &i : section.items) {
    QString line = i.label + QStringLiteral(": ") + itemText(i);
    if (!i.note.isEmpty())
      line += QStringLiteral(" (") + i.note + u')';
    s += wrap(line, QStringLiteral("  - "), QStringLiteral("    "));
  }
}

void section(QString &s, const ReportSection &section, const Report &report) {
  using Style = ReportSection::Style;
  if (section.items.isEmpty() && section.pairs.isEmpty())
    return;
  if (section.style == Style::Lead) {
    // Close under the summary, as the window shows it; not wrapped, so that
    // names as logs print them stay whole for copying and grep.
    for (const ReportItem &i : section.items) {
      s += QStringLiteral("  ") + i.label + u' ' + itemText(i) + u'\n';
      for (const QString &line : i.note.split(u'\n', Qt::SkipEmptyParts))
        s += wrap(line, QStringLiteral("    "), QStringLiteral("    "));
    }
    return;
  }
  // Headless paragraphs (a trace's counts) go on right under what is above them.
  if (!section.heading.isEmpty() || section.style != Style::Paragraphs)
    s += u'\n';
  if (!section.heading.isEmpty())
    s += section.heading + u'\n';
  const QString indent = QStringLiteral("  ");
  switch (section.style) {
  case Style::Paragraphs:
    for (const ReportItem &i : section.items)
      s += section.heading.isEmpty() ? wrap(itemText(i), {}, {}) : wrap(itemText(i), indent, indent);
    break;
  case Style::Lead:
  case Style::Lines:
  case Style::Code:
  case Style::Notice:
    for (const ReportItem &i : section.items)
      s += wrap(itemText(i), indent, indent);
    break;
  case Style::Bullets:
    for (const ReportItem &i : section.items)
      s += wrap(itemText(i), QStringLiteral("  - "), QStringLiteral("    "));
    break;
  case Style::Numbered:
    for (int i = 0; i < section.items.size(); ++i)
      s += wrap(itemText(section.items.at(i)), QStringLiteral("  %1. ").arg(i + 1, 2),
                QStringLiteral("      "));
    break;
  case Style::Inline: {
    QStringList parts;
    for (const ReportItem &i : section.items)
      parts << itemText(i);
    s += wrap(parts.join(QStringLiteral(" · ")), indent, indent);
    break;
  }
  case Style::Counts:
    for (const ReportItem &i : section.items)
      s += QStringLiteral("  ") + padded(itemText(i), 40) + QStringLiteral("  × ") + i.note + u'\n';
    break;
  case Style::Rows:
    rows(s, section);
    break;
  case Style::Table:
    table(s, section);
    break;
  case Style::Pairs:
    for (const ReportItem &i : section.items)
      s += wrap(itemText(i), indent, indent);
    pairs(s, section, report);
    break;
  }
}

} // namespace

int columns(QStringView text) {
  int n = 0;
  for (QChar c : text)
    n += c.unicode() < 0x1100 ? 1 : c.isLowSurrogate() ? 0 : isWide(c) ? 2 : 1; // nothing below U+1100 is wide
  return n;
}

QString padded(const QString &text, int width) {
  return text + QString(qMax(0, width - columns(text)), u' ');
}

void appendPadded(QString &out, const QString &text, int width) {
  out += text;
  out.resize(out.size() + qMax(0, width - columns(text)), u' ');
}

void padFrom(QString &out, qsizetype from, int width) {
  out.resize(out.size() + qMax(0, width - columns(QStringView(out).sliced(from))), u' ');
}

QString wrap(const QString &text, const QString &first, const QString &rest, int width) {
  static const QString noLineStart = QStringLiteral("、。，．）」』〉》】！？：；・ー");
  QString result;
  QString line;
  QString indent = first;
  auto flush = [&] {
    result += indent + line + u'\n';
    line.clear();
    indent = rest;
  };
  for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
    const QString joined = line.isEmpty() ? word : line + u' ' + word;
    if (columns(indent) + columns(joined) <= width ||
        (line.isEmpty() && !std::any_of(word.begin(), word.end(), isWide))) {
      line = joined;
      continue;
    }
    if (!std::any_of(word.begin(), word.end(), isWide)) {
      flush();
      line = word;
      continue;
    }
    // A run with Japanese in it: fill the line character by character.
    if (!line.isEmpty())
      line += u' ';
    for (int i = 0; i < word.size(); ++i) {
      const QChar c = word.at(i);
      if (columns(indent) + columns(line) + (isWide(c) ? 2 : 1) > width && !line.isEmpty() &&
          !noLineStart.contains(c) && !c.isLowSurrogate())
        flush();
      line += c;
    }
  }
  if (!line.isEmpty())
    flush();
  return result;
}

QString report(const Report &report) {
  QString s;
  if (report.kind == Report::Kind::Entry && !report.subjects.isEmpty()) {
    const ReportSubject &subject = report.subjects.first();
    s += Vocabulary::entryLabel(subject.ref, subject.title) + u'\n';
    if (!report.subtitle.isEmpty())
      s += QStringLiteral("  ") + report.subtitle + u'\n';
    QStringList facts = report.facts;
    // What the window's badge shows: the class as a number for SIP.
    if (subject.ref.registry == Registry::Sip && !subject.cls.isEmpty() && !facts.isEmpty())
      facts.first() = subject.cls + u' ' + facts.first();
    s += QStringLiteral("  ") + facts.join(QStringLiteral(" | ")) + u'\n';
  } else if (report.subjects.size() == 2) {
    s += Vocabulary::entryLabel(report.subjects.at(0).ref, report.subjects.at(0).title) +
         QStringLiteral("  vs  ") +
         Vocabulary::entryLabel(report.subjects.at(1).ref, report.subjects.at(1).title) + u'\n';
  }
  for (const ReportSection &sec : report.sections) {
    // The summary goes right under the title, where the window shows it large.
    if (sec.id == u"summary") {
      for (const ReportItem &i : sec.items)
        s += wrap(i.text(), QStringLiteral("  "), QStringLiteral("  "));
      continue;
    }
    section(s, sec, report);
  }
  return s.replace(kNoBreak, u' ');
}

} // namespace sipref::text
