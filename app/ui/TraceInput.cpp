#include "TraceInput.h"

#include "core/TraceReader.h"

#include <QFile>
#include <QFont>
#include <QMimeData>
#include <QUrl>

namespace sipref {

QString localFileOf(const QMimeData *mime) {
  if (!mime || !mime->hasUrls())
    return {};
  for (const QUrl &url : mime->urls())
    if (url.isLocalFile())
      return url.toLocalFile();
  return {};
}

QString TraceSource::lines(qint64 first, qint64 last) const {
  if (first < 1 || last < first)
    return {};
  QStringList out;
  if (!path.isEmpty()) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
      return {};
    for (qint64 line = 1; line <= last && !file.atEnd(); ++line) {
      const QByteArray bytes = file.readLine(64 * 1024);
      if (line >= first)
        out << QString::fromUtf8(bytes).trimmed();
    }
  } else {
    qint64 line = 1;
    qsizetype at = 0;
    while (line <= last && at <= text.size()) {
      qsizetype nl = text.indexOf(u'\n', at);
      if (nl < 0)
        nl = text.size();
      if (line >= first)
        out << text.mid(at, nl - at).trimmed();
      at = nl + 1;
      ++line;
    }
  }
  while (!out.isEmpty() && out.last().isEmpty())
    out.removeLast();
  return out.join(u'\n');
}

// ---------------------------------------------------------------------------

TracePasteArea::TracePasteArea(QWidget *parent) : QPlainTextEdit(parent) {
  setLineWrapMode(QPlainTextEdit::NoWrap);
  QFont mono = font();
  mono.setFamily(QStringLiteral("monospace"));
  mono.setStyleHint(QFont::Monospace);
  setFont(mono);
}

bool TracePasteArea::handOn(const QMimeData *mime) {
  const QString file = localFileOf(mime);
  if (!file.isEmpty()) {
    emit fileDropped(file);
    return true;
  }
  if (mime && mime->hasText()) {
    const QString text = mime->text();
    if (text.size() > kLargePaste) {
      emit largeTextPasted(text);
      return true;
    }
  }
  return false;
}

bool TracePasteArea::takeDrop(const QMimeData *mime) {
  if (handOn(mime))
    return true;
  if (!mime || !mime->hasText())
    return false;
  setPlainText(mime->text()); // explained once the paste timer fires
  return true;
}

bool TracePasteArea::canInsertFromMimeData(const QMimeData *source) const {
  return !localFileOf(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TracePasteArea::insertFromMimeData(const QMimeData *source) {
  if (!handOn(source))
    QPlainTextEdit::insertFromMimeData(source);
}

// ---------------------------------------------------------------------------

void TraceScanWorker::scan(int generation, const QString &path, const QString &text) {
  auto summary = QSharedPointer<TraceSummary>::create();
  TraceReader::Options options;
  options.cancelled = [&] { return m_wanted.load() != generation; };
  options.progress = [&](qint64 done, qint64 total) { emit progress(generation, done, total); };
  const TraceReader::Result result = path.isEmpty() ? TraceReader::readText(text, *summary, options)
                                                    : TraceReader::readFile(path, *summary, options);
  emit finished(generation, summary, result.error, result.cancelled, result.bytes);
}

} // namespace sipref
