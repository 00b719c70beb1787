#pragma once

#include "core/CallFlow.h"
#include "core/ContentStore.h"
#include "core/TraceExplainer.h"
#include "core/TraceSummary.h"

#include <QSharedPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QThread;
class QTimer;
class QTreeView;
class QUrl;

namespace sipref {

class LadderView;
class TraceModel;
class TracePasteArea;
class TraceScanWorker;

/// Explains a SIP trace or log: the user pastes it, opens a file or drops
/// one, and gets a summary on top (calls, final responses, Q.850 causes,
/// unregistered codes) and the messages below, grouped by Call-ID, with
/// their Reason and Warning values decoded. Activating a row asks for that
/// code's page (entryRequested()).
///
/// Scanning runs on a worker thread, with a progress bar and Cancel: a
/// 100 MB file or paste never blocks the window. A large paste is not put
/// into the text box (that alone would freeze it); it is scanned directly.
///
/// The "Call flow" tab shows the call picked in the list (or in its own
/// picker) as a ladder, with its timing and a diagnosis in words; selecting
/// a message there shows its text with Reason and Warning decoded. The
/// ladder exports as PNG or SVG, the call list as CSV, the whole
/// explanation as PDF. Codes named in log lines that hold no whole message
/// are listed in the summary as "mentioned on line N".
class TraceView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(TraceView)

public:
  /// Item data role of the tree: the EntryRef a row links to (invalid when none).
  static constexpr int RefRole = Qt::UserRole + 1;

  explicit TraceView(const ContentStore &store, QWidget *parent = nullptr);
  ~TraceView() override;

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

  QTreeView *treeView() const { return m_tree; }
  QPlainTextEdit *pasteArea() const;
  QTextBrowser *summaryView() const { return m_summaryView; }
  QProgressBar *progressBar() const { return m_progress; }
  QPushButton *cancelButton() const { return m_cancelButton; }
  QPushButton *openButton() const { return m_openButton; }
  QLabel *statusLabel() const { return m_statusLabel; }

  // --- call flows ----------------------------------------------------
  QTabWidget *tabs() const { return m_tabs; }
  QWidget *flowPage() const { return m_flowPage; }
  QComboBox *callPicker() const { return m_callPicker; }
  LadderView *ladderView() const { return m_ladder; }
  QTextBrowser *diagnosisView() const { return m_diagnosisView; }
  QTextBrowser *messageView() const { return m_messageView; }
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
  void resizeEvent(QResizeEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;

private:
  enum class Status { Empty, Scanning, Done, Cancelled, Failed };

  void retranslateUi();
  void chooseFile();
  void clear();
  void start(const QString &path, const QString &text, const QString &name);
  void scanProgress(int generation, qint64 done, qint64 total);
  void scanDone(int generation, QSharedPointer<sipref::TraceSummary> summary, const QString &error,
                bool cancelled, qint64 bytes);
  void showSummary();
  void fitColumns();
  void rowActivated(const QModelIndex &index);
  void linkClicked(const QUrl &url);
  void pasteEdited();
  QString summaryHtml() const;
  void fillCallPicker();
  void showStep(int step);
  void showDiagnosis();
  QString diagnosisHtml(const CallFlow &flow, const CallDiagnosis &d) const;
  void callOfTreeRow(const QModelIndex &index);
  QString sourceLines(qint64 first, qint64 last) const;
  void exportWithDialog(int kind);

  const ContentStore &m_store;
  Language m_language = Language::English;
  std::unique_ptr<TraceExplainer> m_explainer;
  QSharedPointer<TraceSummary> m_summary;

  // The worker thread and the scan it should be doing: a scan whose
  // generation is no longer wanted stops at its next piece.
  QThread *m_thread = nullptr;
  TraceScanWorker *m_worker = nullptr;
  std::atomic<int> m_wanted{0};
  int m_generation = 0;
  bool m_scanning = false;

  Status m_status = Status::Empty;
  QString m_source; ///< the file name or "pasted text", for the status line
  QString m_error;
  qint64 m_scannedBytes = 0;
  bool m_settingText = false;
  // what was scanned, for showing a message's own lines.
  QString m_sourcePath;
  QString m_sourceText;
  std::unique_ptr<CallFlowWriter> m_writer;
  int m_shownCall = -1;
  int m_zoom = 0;
  qreal m_basePointSize = 0;

  QPushButton *m_openButton = nullptr;
  QPushButton *m_clearButton = nullptr;
  QPushButton *m_cancelButton = nullptr;
  QProgressBar *m_progress = nullptr;
  QLabel *m_statusLabel = nullptr;
  TracePasteArea *m_paste = nullptr;
  QTextBrowser *m_summaryView = nullptr;
  QTreeView *m_tree = nullptr;
  TraceModel *m_model = nullptr;
  QTimer *m_pasteTimer = nullptr;
  QTabWidget *m_tabs = nullptr;
  QWidget *m_flowPage = nullptr;
  QLabel *m_callLabel = nullptr;
  QComboBox *m_callPicker = nullptr;
  QToolButton *m_exportButton = nullptr;
  LadderView *m_ladder = nullptr;
  QTextBrowser *m_diagnosisView = nullptr;
  QTextBrowser *m_messageView = nullptr;
  QAction *m_exportPngAction = nullptr;
  QAction *m_exportSvgAction = nullptr;
  QAction *m_exportCsvAction = nullptr;
  QAction *m_exportPdfAction = nullptr;
  QSplitter *m_flowSplitter = nullptr;
  QSplitter *m_sideSplitter = nullptr;
};

} // namespace sipref
