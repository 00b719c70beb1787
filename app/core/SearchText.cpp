#include "SearchText.h"

#include <QList>

namespace sipref::searchtext {

bool isCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x2FFFF);
}

qsizetype length(const QString &term) { return term.toUcs4().size(); }

namespace {

// Appends the pieces of one run of Japanese characters.
void appendRun(const QList<char32_t> &run, QString &out) {
  if (run.isEmpty())
    return;
  out += u' ';
  for (qsizetype i = 0; i + 1 < run.size(); ++i) {
    out += QString::fromUcs4(&run[i], 2);
    out += u' ';
  }
  out += QString::fromUcs4(&run.last(), 1);
  out += u' ';
}

} // namespace

QString segmentForWordIndex(const QString &text) {
  QString out;
  out.reserve(text.size() * 3);
  QList<char32_t> run;
  for (char32_t c : text.toUcs4()) {
    if (isCjk(c)) {
      run.append(c);
      continue;
    }
    appendRun(run, out);
    run.clear();
    out += QString::fromUcs4(&c, 1);
  }
  appendRun(run, out);
  return out;
}

QString quoted(const QString &term) {
  QString t = term;
  t.replace(u'"', QStringLiteral("\"\""));
  return u'"' + t + u'"';
}

QString wordPrefixQuery(const QString &term) {
  // Cut the term the way the index was cut: Latin letters and digits into
  // words, a Japanese run into its two-character pieces (a run of one
  // character stays a one-character prefix).
  QStringList tokens;
  QString word;
  QList<char32_t> run;
  auto flushWord = [&] {
    if (!word.isEmpty())
      tokens << word;
    word.clear();
  };
  auto flushRun = [&] {
    if (run.size() == 1)
      tokens << QString::fromUcs4(run.constData(), 1);
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
      tokens << QString::fromUcs4(run.constData() + i, 2);
    run.clear();
  };
  for (char32_t c : term.toUcs4()) {
    if (isCjk(c)) {
      flushWord();
      run.append(c);
      continue;
    }
    flushRun();
    const QString s = QString::fromUcs4(&c, 1);
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
      word += s;
    else
      flushWord();
  }
  flushWord();
  flushRun();
  QStringList parts;
  for (const QString &t : tokens)
    parts << quoted(t) + u'*';
  return parts.join(QStringLiteral(" AND "));
}

QString fold(const QString &text) {
  const QString nfkc = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
  QString out;
  out.reserve(nfkc.size());
  for (QChar c : nfkc) {
    if (c == QChar(0x30FC))
      continue;
    out.append(c == u'_' || c == u'-' ? QChar(u' ') : c);
  }
  return out;
}

QStringList words(const QString &folded) {
  return folded.split(u' ', Qt::SkipEmptyParts);
}

bool containsAtWordStart(const QString &text, const QString &term) {
  if (term.isEmpty())
    return false;
  const bool japanese = isCjk(term.at(0).unicode());
  for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (japanese || at == 0)
      return true;
    const QChar before = text.at(at - 1);
    if (!before.isLetterOrNumber() || isCjk(before.unicode()))
      return true;
  }
  return false;
}

} // namespace sipref::searchtext
