#pragma once

#include "TraceExport.h"
#include "TraceInput.h"

#include "core/CallFlow.h"
#include "core/ContentStore.h"
#include "core/TraceExplainer.h"
#include "core/TraceSummary.h"

#include <QSharedPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QThread;
class QTimer;
class QTreeView;

namespace sipref {

class CallFlowPane;
class LadderView;
class TraceHtml;
class TraceTree;

/// Explains a SIP trace or log: the user pastes it, opens a file or drops
/// one, and gets a summary on top (calls, final responses, Q.850 causes,
/// unregistered codes) and the messages below, grouped by Call-ID, with
/// their Reason and Warning values decoded (TraceTree). Activating a row or
/// a link asks for that code's page (entryRequested()).
///
/// Scanning runs on a worker thread (TraceScanWorker), with a progress bar
/// and Cancel: a 100 MB file or paste never blocks the window. A large
/// paste is not put into the text box (that alone would freeze it); it is
/// scanned directly. A newer scan replaces a running one.
///
/// The "Call flow" tab (CallFlowPane) shows the call picked in the list or
/// in its own picker as a ladder, with its timing and a diagnosis in words;
/// selecting a message there shows its text with Reason and Warning decoded.
/// The ladder exports as PNG or SVG, the call list as CSV, the whole
/// explanation as PDF (TraceExport, TraceHtml). Codes named in log lines
/// that hold no whole message are listed in the summary as "mentioned on
/// line N".
///
/// The classes of the trace view share this class's translation context.
class TraceView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(TraceView)

public:
  explicit TraceView(const ContentStore &store, QWidget *parent = nullptr);
  ~TraceView() override;

  /// Asks for a trace, log or capture file to open; empty when cancelled.
  static QString askForFile(QWidget *parent);

  /// The language of content titles (the UI strings follow the installed translator).
  void setLanguage(Language language);
  Language language() const { return m_language; }

  /// Scans a file; returns at once, scanFinished() follows.
  void openFile(const QString &path);
  /// Scans text; returns at once, scanFinished() follows.
  void explainText(const QString &text);
  /// Stops the scan; what was found so far stays shown.
  void cancel();
  bool isScanning() const { return m_scanning; }

  const TraceSummary &summary() const { return *m_summary; }
  /// One line on the last scan: what was found, or why nothing was.
  QString statusText() const;

  QTreeView *treeView() const;
  QPlainTextEdit *pasteArea() const;
  QTextBrowser *summaryView() const { return m_summaryView; }
  QProgressBar *progressBar() const { return m_progress; }
  QPushButton *cancelButton() const { return m_cancelButton; }
  QPushButton *openButton() const { return m_openButton; }
  QLabel *statusLabel() const { return m_statusLabel; }

  // --- call flows ----------------------------------------------------
  QTabWidget *tabs() const { return m_tabs; }
  QWidget *flowPage() const;
  QComboBox *callPicker() const;
  LadderView *ladderView() const;
  QTextBrowser *diagnosisView() const;
  QTextBrowser *messageView() const;
  /// Shows call `index` of summary().calls() in the Call flow tab.
  void showCall(int index);
  /// Writes the shown call's ladder; PNG or SVG by the file's suffix.
  bool exportLadder(const QString &path, QString *error = nullptr) const;
  /// Writes the call list as CSV (UTF-8 with a byte order mark, for spreadsheets).
  bool exportCallsCsv(const QString &path, QString *error = nullptr) const;
  /// The whole explanation (summary, each call's diagnosis and ladder) as HTML for printing.
  QString explanationHtml() const;
  /// Text size steps, as the main window's zoom (0: normal).
  void setZoom(int steps);

signals:
  void entryRequested(sipref::EntryRef ref);
  /// A scan ended: complete, cancelled or failed (statusText() says which).
  void scanFinished();

protected:
  void changeEvent(QEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;

private:
  enum class Status { Empty, Scanning, Done, Cancelled, Failed };

  void retranslateUi();
  void clear();
  void start(const QString &path, const QString &text, const QString &name);
  void scanProgress(int generation, qint64 done, qint64 total);
  void scanDone(int generation, QSharedPointer<sipref::TraceSummary> summary, const QString &error,
                bool cancelled, qint64 bytes);
  /// Every pane shows m_summary, in m_language.
  void showTrace();
  void showSummary();
  void pasteEdited();
  void setPasteText(const QString &text);
  /// The paste box's height for `lines` lines of its font.
  int pasteHeight(int lines) const;
  void exportAs(TraceExport::Kind kind);

  const ContentStore &m_store;
  Language m_language = Language::English;
  std::unique_ptr<TraceExplainer> m_explainer;
  std::unique_ptr<CallFlowWriter> m_writer;
  std::unique_ptr<TraceHtml> m_html;
  QSharedPointer<TraceSummary> m_summary;

  // The worker thread and the scan it should be doing: a scan whose
  // generation is no longer wanted stops at its next piece.
  QThread *m_thread = nullptr;
  TraceScanWorker *m_worker = nullptr;
  std::atomic<int> m_wanted{0};
  int m_generation = 0;
  bool m_scanning = false;

  Status m_status = Status::Empty;
  QString m_sourceName; ///< the file name or "pasted text", for the status line
  QString m_error;
  qint64 m_scannedBytes = 0;
  bool m_settingText = false;
  TraceSource m_source; ///< what was scanned, for showing a message's own lines
  qreal m_basePointSize = 0;

  QPushButton *m_openButton = nullptr;
  QPushButton *m_clearButton = nullptr;
  QPushButton *m_cancelButton = nullptr;
  QProgressBar *m_progress = nullptr;
  QLabel *m_statusLabel = nullptr;
  TracePasteArea *m_paste = nullptr;
  QTextBrowser *m_summaryView = nullptr;
  TraceTree *m_tree = nullptr;
  CallFlowPane *m_flow = nullptr;
  QTabWidget *m_tabs = nullptr;
  QSplitter *m_splitter = nullptr;
  QTimer *m_pasteTimer = nullptr;
};

} // namespace sipref
