#include "JapaneseStyle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <functional>

namespace sipref {

namespace {

const QString kBegin = QStringLiteral("<!-- style-rules:begin -->");
const QString kEnd = QStringLiteral("<!-- style-rules:end -->");

// Splits a Markdown table row into its cells; "\|" is a literal bar.
QStringList splitRow(const QString &line) {
  QStringList cells;
  QString cell;
  const QString row = line.trimmed();
  for (qsizetype i = 1; i < row.size(); ++i) { // skip the leading '|'
    const QChar c = row.at(i);
    if (c == u'\\' && i + 1 < row.size() && row.at(i + 1) == u'|') {
      cell += u'|';
      ++i;
    } else if (c == u'|') {
      cells << cell.trimmed();
      cell.clear();
    } else {
      cell += c;
    }
  }
  if (!cell.trimmed().isEmpty())
    cells << cell.trimmed();
  return cells;
}

QStringList backquoted(const QString &cell) {
  static const QRegularExpression span(QStringLiteral("`([^`]*)`"));
  QStringList out;
  auto it = span.globalMatch(cell);
  while (it.hasNext())
    out << it.next().captured(1);
  return out;
}

// True when the match [start, end) lies inside an occurrence of an allowed word.
bool insideAllowedWord(const QString &text, qsizetype start, qsizetype end, const QStringList &words) {
  for (const QString &w : words) {
    for (qsizetype at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1))
      if (at <= start && end <= at + w.size())
        return true;
  }
  return false;
}

QString label(const QJsonValue &element, qsizetype index) {
  const QJsonObject o = element.toObject();
  if (o.contains(u"code"))
    return QStringLiteral("entry %1").arg(o.value(u"code").toInt());
  if (o.contains(u"a") && o.contains(u"b"))
    return QStringLiteral("pair %1/%2").arg(o.value(u"a").toString(), o.value(u"b").toString());
  return QStringLiteral("[%1]").arg(index);
}

} // namespace

QString JapaneseStyle::Violation::toString() const {
  return QStringLiteral("%1: \"%2\" (STYLE-ja.md: write %3)").arg(where, found, use);
}

bool JapaneseStyle::parse(const QString &markdown, QString *error) {
  m_rules.clear();
  const qsizetype begin = markdown.indexOf(kBegin);
  const qsizetype end = markdown.indexOf(kEnd);
  if (begin < 0 || end < begin) {
    *error = QStringLiteral("no rule table: the markers %1 and %2 are missing").arg(kBegin, kEnd);
    return false;
  }
  const QStringList lines = markdown.mid(begin, end - begin).split(u'\n');
  for (const QString &line : lines) {
    if (!line.trimmed().startsWith(u'|'))
      continue;
    const QStringList cells = splitRow(line);
    if (cells.size() != 4) {
      *error = QStringLiteral("rule row does not have 4 cells: %1").arg(line.trimmed());
      return false;
    }
    if (cells.at(0) == u"use" || cells.at(0).startsWith(u"---") || cells.at(0).startsWith(u":--"))
      continue; // header and separator
    Rule rule;
    rule.use = cells.at(0);
    const QStringList pattern = backquoted(cells.at(1));
    if (pattern.size() != 1) {
      *error =
          QStringLiteral("rule \"%1\": the second cell must hold one `regular expression`").arg(rule.use);
      return false;
    }
    rule.wrong = QRegularExpression(pattern.first(), QRegularExpression::UseUnicodePropertiesOption);
    if (!rule.wrong.isValid()) {
      *error =
          QStringLiteral("rule \"%1\": bad regular expression: %2").arg(rule.use, rule.wrong.errorString());
      return false;
    }
    for (const QString &e : backquoted(cells.at(2))) {
      if (e.startsWith(u"field:"))
        rule.exemptFields << e.mid(6);
      else if (e == u"source")
        rule.sourceMayRepeat = true;
      else
        rule.allowedWords << e;
    }
    const QString applies = cells.at(3);
    if (applies == u"content") {
      rule.contentOnly = true;
    } else if (applies.startsWith(u"items:")) {
      rule.contentOnly = true;
      rule.itemsOf = applies.mid(6).split(u' ', Qt::SkipEmptyParts);
    } else if (applies != u"all") {
      *error =
          QStringLiteral("rule \"%1\": \"applies to\" must be all, content or items: KEY...").arg(rule.use);
      return false;
    }
    m_rules << rule;
  }
  if (m_rules.isEmpty()) {
    *error = QStringLiteral("the rule table has no rules");
    return false;
  }
  return true;
}

bool JapaneseStyle::load(const QString &path, QString *error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("%1: %2").arg(path, f.errorString());
    return false;
  }
  QString problem;
  if (!parse(QString::fromUtf8(f.readAll()), &problem)) {
    *error = QStringLiteral("%1: %2").arg(path, problem);
    return false;
  }
  return true;
}

QList<JapaneseStyle::Violation> JapaneseStyle::checkText(const QString &text, const QString &where,
                                                         const QString &field, const QString &listOf,
                                                         bool content, const QString &source) const {
  QList<Violation> out;
  for (const Rule &rule : m_rules) {
    if (rule.contentOnly && !content)
      continue;
    if (!rule.itemsOf.isEmpty() && !rule.itemsOf.contains(listOf))
      continue;
    if (rule.exemptFields.contains(field))
      continue;
    auto it = rule.wrong.globalMatch(text);
    while (it.hasNext()) {
      const QRegularExpressionMatch m = it.next();
      if (insideAllowedWord(text, m.capturedStart(), m.capturedEnd(), rule.allowedWords))
        continue;
      if (rule.sourceMayRepeat && !source.isEmpty() && source.contains(m.captured()))
        continue;
      out << Violation{where, m.captured(), rule.use};
    }
  }
  return out;
}

QList<JapaneseStyle::Violation> JapaneseStyle::checkContentFile(const QByteArray &json,
                                                                const QString &file) const {
  QList<Violation> out;
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    out << Violation{file, QString(), QStringLiteral("valid JSON (%1)").arg(parseError.errorString())};
    return out;
  }
  // The Japanese side of a text: a string, a list of strings, or an object of both.
  auto checkJa = [&](const QJsonValue &ja, const QString &where, const QString &field) {
    auto one = [&](const QJsonValue &v, const QString &at, const QString &key) {
      if (v.isString()) {
        out << checkText(v.toString(), at, key, QString(), true);
      } else if (v.isArray()) {
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
          out << checkText(items.at(i).toString(), QStringLiteral("%1[%2]").arg(at).arg(i), key, key, true);
      }
    };
    if (ja.isObject()) {
      const QJsonObject o = ja.toObject();
      for (auto it = o.begin(); it != o.end(); ++it)
        one(it.value(), where + u'.' + it.key(), it.key());
    } else {
      one(ja, where, field);
    }
  };
  std::function<void(const QJsonValue &, const QString &, const QString &)> walk;
  walk = [&](const QJsonValue &v, const QString &where, const QString &key) {
    if (v.isObject()) {
      const QJsonObject o = v.toObject();
      for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = where + (where.endsWith(u':') ? u' ' : u'.') + it.key();
        if (it.key() == u"ja")
          checkJa(it.value(), at, key);
        else
          walk(it.value(), at, it.key());
      }
    } else if (v.isArray()) {
      const QJsonArray a = v.toArray();
      for (qsizetype i = 0; i < a.size(); ++i) {
        // Entries and pairs are named by their codes; other elements by index.
        const QString l = label(a.at(i), i);
        walk(a.at(i), l.startsWith(u'[') ? where + l : file + QStringLiteral(": ") + l + u':', key);
      }
    }
  };
  walk(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), file + u':', QString());
  return out;
}

QList<JapaneseStyle::Violation> JapaneseStyle::checkTranslations(const QByteArray &ts,
                                                                 const QString &file) const {
  QList<Violation> out;
  QXmlStreamReader xml(ts);
  QString context;
  QString source;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement)
      continue;
    if (xml.name() == u"name") {
      context = xml.readElementText();
    } else if (xml.name() == u"source") {
      source = xml.readElementText();
    } else if (xml.name() == u"translation") {
      const QString type = xml.attributes().value(QStringLiteral("type")).toString();
      const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      if (type == u"vanished" || type == u"obsolete")
        continue;
      const QString where = QStringLiteral("%1: %2: %3").arg(file, context, source.left(40));
      out << checkText(text, where, QString(), QString(), false, source);
    }
  }
  if (xml.hasError())
    out << Violation{file, QString(), QStringLiteral("well-formed XML (%1)").arg(xml.errorString())};
  return out;
}

} // namespace sipref
