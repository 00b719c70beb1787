#pragma once

// What several test executables share: where the test data and the shipped
// content are, and the checks they make the same way. Header-only so that any
// test can include it without linking anything extra.

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>

namespace sipref::test {

/// The path of a file under tests/data.
inline QString dataPath(const QString &name) { return QStringLiteral(SIPREF_TEST_DATA "/") + name; }
inline QString dataPath(const char *name) { return dataPath(QString::fromUtf8(name)); }

/// The path of a file in the source tree, e.g. "resources/content/STYLE-ja.md".
inline QString sourcePath(const QString &relative) {
  return QStringLiteral(SIPREF_SOURCE_DIR "/") + relative;
}

/// The bytes of a file the tests need; a missing file ends the test run at once.
inline QByteArray readFile(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    qFatal("cannot read test data %s", qPrintable(path));
  return f.readAll();
}

/// The bytes of a file under tests/data; a missing file ends the test run at once.
inline QByteArray readData(const QString &name) { return readFile(dataPath(name)); }
inline QByteArray readData(const char *name) { return readData(QString::fromUtf8(name)); }

/// Writes (or replaces) a file; false when it cannot be written.
inline bool writeFile(const QString &path, const QByteArray &bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// A path no one can create, not even root: `tail` below a regular file
/// named `blocker`, which this writes. Not being able to write it ends the
/// test run at once.
inline QString pathBelowAFile(const QString &blocker, const QString &tail) {
  if (!writeFile(blocker, {}))
    qFatal("cannot write %s", qPrintable(blocker));
  return blocker + u'/' + tail;
}

/// The content database the build compiled from resources/content.
inline QString shippedContent() { return QStringLiteral(SIPREF_CONTENT_DB); }

/// True when the text holds kana or kanji, i.e. it was written in Japanese.
inline bool hasJapanese(const QString &text) {
  static const QRegularExpression cjk(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
  return text.contains(cjk);
}

} // namespace sipref::test
