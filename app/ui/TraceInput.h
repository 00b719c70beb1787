#pragma once

#include "core/TraceSummary.h"

#include <QObject>
#include <QPlainTextEdit>
#include <QSharedPointer>

#include <atomic>

class QMimeData;

namespace sipref {

/// A paste this large is scanned without being put into the text box:
/// QPlainTextEdit takes seconds to lay out tens of megabytes.
inline constexpr qsizetype kLargePaste = 512 * 1024;

/// The first local file among the URLs of a drop or paste; empty when there is none.
QString localFileOf(const QMimeData *mime);

/// What a trace was scanned from, kept so that a message can be shown as it
/// stands there: a file (read again line by line) or the text itself.
struct TraceSource {
  QString path; ///< the file, or empty for text
  QString text; ///< the text, when no file

  /// Lines first..last (1-based, inclusive), trimmed, without trailing empty
  /// lines; empty when the range is invalid or the file cannot be read.
  QString lines(qint64 first, qint64 last) const;
};

/// The trace view's text box: small pastes go in as text (explained once
/// typing pauses); a dropped or pasted file and a paste of kLargePaste
/// characters or more are handed on by signal instead, so the box never
/// has to lay out a huge text.
class TracePasteArea final : public QPlainTextEdit {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(TracePasteArea)

public:
  explicit TracePasteArea(QWidget *parent = nullptr);

  /// What was dropped on the trace view anywhere: a file or a large text is
  /// handed on by signal, a small text replaces the box's. False when the
  /// drop holds neither a local file nor text.
  bool takeDrop(const QMimeData *mime);

signals:
  void fileDropped(const QString &path);
  void largeTextPasted(const QString &text);

protected:
  bool canInsertFromMimeData(const QMimeData *source) const override;
  void insertFromMimeData(const QMimeData *source) override;

private:
  /// Hands on a file or a large text; false when the box should take it.
  bool handOn(const QMimeData *mime);
};

/// Reads a trace on the worker thread through TraceReader, in pieces,
/// checking between them whether scan `generation` is still the one wanted
/// (a newer scan or Cancel changes `wanted`).
class TraceScanWorker final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(TraceScanWorker)

public:
  explicit TraceScanWorker(const std::atomic<int> &wanted) : m_wanted(wanted) {}

  /// Reads `path`, or `text` when path is empty; progress() on the way, finished() at the end.
  void scan(int generation, const QString &path, const QString &text);

signals:
  void progress(int generation, qint64 done, qint64 total);
  void finished(int generation, QSharedPointer<sipref::TraceSummary> summary, const QString &error,
                bool cancelled, qint64 bytes);

private:
  const std::atomic<int> &m_wanted;
};

} // namespace sipref

// Handed from the worker thread to the window by queued signal.
Q_DECLARE_METATYPE(QSharedPointer<sipref::TraceSummary>)
