#include "TraceView.h"

#include "CallFlowPane.h"
#include "LadderView.h"
#include "Output.h"
#include "Palette.h"
#include "TraceHtml.h"
#include "TraceTree.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace sipref {

namespace {
// Once a trace with calls is shown, a paste box that holds no trace (a file
// was opened, or the paste was too large to show) keeps this many lines:
// the room goes to the call flow.
constexpr int kPasteLinesAfterScan = 2;
} // namespace

TraceView::TraceView(const ContentStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_summary(QSharedPointer<TraceSummary>::create()) {
  setObjectName(QStringLiteral("TraceView"));
  setAcceptDrops(true);
  qRegisterMetaType<QSharedPointer<sipref::TraceSummary>>();
  m_explainer = std::make_unique<TraceExplainer>(m_store, m_language);
  m_writer = std::make_unique<CallFlowWriter>(*m_explainer);
  m_html = std::make_unique<TraceHtml>(m_store, *m_explainer, *m_writer);

  m_openButton = new QPushButton(this);
  m_openButton->setObjectName(QStringLiteral("traceOpenButton"));
  m_clearButton = new QPushButton(this);
  m_cancelButton = new QPushButton(this);
  m_cancelButton->setObjectName(QStringLiteral("traceCancelButton"));
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1000);
  m_progress->setTextVisible(true); // the percentage, not only a bar
  m_progress->setFormat(QStringLiteral("%p%"));
  m_progress->setMaximumWidth(240);
  m_statusLabel = new QLabel(this);
  m_statusLabel->setObjectName(QStringLiteral("traceStatus"));
  m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // a long status (Japanese at 900x600) wraps instead of being cut off.
  m_statusLabel->setWordWrap(true);
  m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  auto *bar = new QHBoxLayout;
  bar->addWidget(m_openButton);
  bar->addWidget(m_clearButton);
  bar->addWidget(m_statusLabel, 1);
  bar->addWidget(m_progress);
  bar->addWidget(m_cancelButton);

  m_paste = new TracePasteArea(this);
  m_paste->setObjectName(QStringLiteral("tracePasteArea"));
  // Two lines at the least, not the scroll area's default: a short window
  // needs the height for the call flow.
  m_paste->setMinimumHeight(pasteHeight(2));
  m_summaryView = new QTextBrowser(this);
  m_summaryView->setObjectName(QStringLiteral("traceSummary"));
  m_summaryView->setOpenLinks(false);
  m_summaryView->document()->setDefaultStyleSheet(
      QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 0; }"));
  m_tree = new TraceTree(this);
  m_tree->setObjectName(QStringLiteral("traceTree"));
  m_flow = new CallFlowPane(this);
  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName(QStringLiteral("traceTabs"));
  m_tabs->addTab(m_tree, QString());
  m_tabs->addTab(m_flow, QString());

  m_splitter = new QSplitter(Qt::Vertical, this);
  m_splitter->addWidget(m_paste);
  m_splitter->addWidget(m_summaryView);
  m_splitter->addWidget(m_tabs);
  m_splitter->setStretchFactor(0, 1);
  m_splitter->setStretchFactor(1, 1);
  m_splitter->setStretchFactor(2, 5);
  m_splitter->setCollapsible(2, false);
  m_splitter->setSizes({80, 120, 620});
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(m_splitter, 1);

  m_pasteTimer = new QTimer(this);
  m_pasteTimer->setSingleShot(true);
  m_pasteTimer->setInterval(300);

  connect(m_openButton, &QPushButton::clicked, this, [this] {
    if (const QString path = askForFile(this); !path.isEmpty())
      openFile(path);
  });
  connect(m_clearButton, &QPushButton::clicked, this, &TraceView::clear);
  connect(m_cancelButton, &QPushButton::clicked, this, &TraceView::cancel);
  connect(m_paste, &TracePasteArea::fileDropped, this, &TraceView::openFile);
  connect(m_paste, &TracePasteArea::largeTextPasted, this, [this](const QString &text) {
    setPasteText(tr("(%1 characters pasted: too large to show here; explained below)").arg(text.size()));
    explainText(text);
  });
  connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
    if (!m_settingText)
      m_pasteTimer->start();
  });
  connect(m_pasteTimer, &QTimer::timeout, this, &TraceView::pasteEdited);
  connect(m_summaryView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
    if (const auto ref = TraceHtml::linkedEntry(url))
      emit entryRequested(*ref);
  });
  connect(m_tree, &TraceTree::entryRequested, this, &TraceView::entryRequested);
  connect(m_tree, &TraceTree::callSelected, m_flow, &CallFlowPane::showCall);
  connect(m_flow, &CallFlowPane::entryRequested, this, &TraceView::entryRequested);
  connect(m_flow, &CallFlowPane::exportRequested, this, &TraceView::exportAs);
  m_basePointSize = m_tree->font().pointSizeF();

  m_thread = new QThread(this);
  m_thread->setObjectName(QStringLiteral("TraceScanner"));
  m_worker = new TraceScanWorker(m_wanted);
  m_worker->moveToThread(m_thread);
  connect(m_worker, &TraceScanWorker::progress, this, &TraceView::scanProgress);
  connect(m_worker, &TraceScanWorker::finished, this, &TraceView::scanDone);
  m_thread->start();

  m_progress->hide();
  m_cancelButton->hide();
  retranslateUi();
  showTrace();
}

TraceView::~TraceView() {
  m_wanted.store(-1); // a running scan stops at its next piece
  m_thread->quit();
  m_thread->wait();
  delete m_worker;
}

QString TraceView::askForFile(QWidget *parent) {
  return QFileDialog::getOpenFileName(
      parent, tr("Open a SIP trace or log"), QString(),
      tr("Traces, logs and captures (*.txt *.log *.sip *.pcap *.pcapng *.cap);;All files (*)"));
}

QTreeView *TraceView::treeView() const {
  return m_tree;
}
QPlainTextEdit *TraceView::pasteArea() const {
  return m_paste;
}
QWidget *TraceView::flowPage() const {
  return m_flow;
}
QComboBox *TraceView::callPicker() const {
  return m_flow->callPicker();
}
LadderView *TraceView::ladderView() const {
  return m_flow->ladderView();
}
QTextBrowser *TraceView::diagnosisView() const {
  return m_flow->diagnosisView();
}
QTextBrowser *TraceView::messageView() const {
  return m_flow->messageView();
}
void TraceView::showCall(int index) {
  m_flow->showCall(index);
}

void TraceView::setLanguage(Language language) {
  if (language == m_language)
    return;
  m_language = language;
  // The panes hold the old texts' addresses until showTrace() hands them the new ones.
  auto explainer = std::make_unique<TraceExplainer>(m_store, m_language);
  auto writer = std::make_unique<CallFlowWriter>(*explainer);
  auto html = std::make_unique<TraceHtml>(m_store, *explainer, *writer);
  m_tree->setExplainer(explainer.get());
  m_flow->setTrace(m_summary, m_source, *explainer, *html);
  m_html = std::move(html);
  m_writer = std::move(writer);
  m_explainer = std::move(explainer);
  showSummary();
}

void TraceView::openFile(const QString &path) {
  setPasteText(QString()); // the paste box must not keep text the results are not about
  start(path, QString(), QFileInfo(path).fileName());
}

void TraceView::explainText(const QString &text) {
  start(QString(), text, QString());
}

void TraceView::setPasteText(const QString &text) {
  m_settingText = true;
  m_paste->setPlainText(text);
  m_settingText = false;
}

void TraceView::start(const QString &path, const QString &text, const QString &name) {
  m_pasteTimer->stop();
  m_generation = m_generation == INT_MAX ? 1 : m_generation + 1;
  m_wanted.store(m_generation);
  m_scanning = true;
  m_status = Status::Scanning;
  m_sourceName = name;
  m_source = {path, text};
  m_error.clear();
  m_scannedBytes = 0;
  m_summary = QSharedPointer<TraceSummary>::create();
  showTrace();
  m_progress->setValue(0);
  m_progress->show();
  m_cancelButton->show();
  retranslateUi();
  const int generation = m_generation;
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker, generation, path, text] { worker->scan(generation, path, text); });
}

void TraceView::cancel() {
  if (!m_scanning)
    return;
  m_wanted.store(-1);
}

void TraceView::clear() {
  cancel();
  setPasteText(QString());
  m_summary = QSharedPointer<TraceSummary>::create();
  m_status = Status::Empty;
  m_source = {};
  showTrace();
  retranslateUi();
}

void TraceView::pasteEdited() {
  const QString text = m_paste->toPlainText();
  if (text.trimmed().isEmpty()) {
    clear();
    return;
  }
  explainText(text);
}

void TraceView::scanProgress(int generation, qint64 done, qint64 total) {
  if (generation != m_generation || total <= 0)
    return;
  m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
}

void TraceView::scanDone(int generation, QSharedPointer<TraceSummary> summary, const QString &error,
                         bool cancelled, qint64 bytes) {
  if (generation != m_generation)
    return; // a scan that was replaced by a newer one
  m_scanning = false;
  m_scannedBytes = bytes;
  m_error = error;
  m_status = !error.isEmpty() ? Status::Failed : cancelled ? Status::Cancelled : Status::Done;
  m_summary = summary;
  m_progress->hide();
  m_cancelButton->hide();
  showTrace();
  // The flow is what a user opens a trace for: show it first (the list is
  // one tab away), with the room the paste box does not need.
  if (m_flow->shownCall() >= 0) {
    m_tabs->setCurrentWidget(m_flow);
    QList<int> sizes = m_splitter->sizes();
    // Not while the box holds a pasted trace: the user reads it there.
    const bool pasteInUse = m_paste->document()->blockCount() > kPasteLinesAfterScan;
    const int paste = pasteHeight(kPasteLinesAfterScan);
    if (!pasteInUse && sizes.value(0) > paste) {
      sizes[2] += sizes[0] - paste;
      sizes[0] = paste;
      m_splitter->setSizes(sizes);
    }
  }
  retranslateUi();
  emit scanFinished();
}

int TraceView::pasteHeight(int lines) const {
  return m_paste->fontMetrics().lineSpacing() * lines + 2 * m_paste->frameWidth() +
         int(m_paste->document()->documentMargin() * 2);
}

void TraceView::showTrace() {
  m_tree->setSummary(m_summary, m_explainer.get());
  m_flow->setTrace(m_summary, m_source, *m_explainer, *m_html);
  showSummary();
}

void TraceView::showSummary() {
  const QString html = m_html->summary(*m_summary, pageColorsFor(m_summaryView));
  if (html.isEmpty())
    m_summaryView->clear();
  else
    m_summaryView->setHtml(PageRenderer(m_store, pageColorsFor(m_summaryView)).document(html));
}

QString TraceView::statusText() const {
  const QString source = m_sourceName.isEmpty() ? tr("the pasted text") : m_sourceName;
  switch (m_status) {
  case Status::Empty:
    return tr("Paste a SIP trace or log below, open a file, or drop one here.");
  case Status::Scanning:
    return tr("Scanning %1…").arg(source);
  case Status::Done:
    if (m_summary->isEmpty()) {
      const qsizetype mentioned = m_explainer->mentions(*m_summary).size();
      if (mentioned > 0)
        return tr("%1: no whole SIP messages; %n code(s) named in log lines.", nullptr, int(mentioned))
            .arg(source);
      return tr("No SIP requests or responses found in %1.").arg(source);
    }
    return tr("%1: %2 SIP messages, %3 calls.")
        .arg(source)
        .arg(m_summary->messageCount())
        .arg(m_summary->callCount());
  case Status::Cancelled:
    return tr("Cancelled: showing what was found in the first %1 MB of %2.")
        .arg(QString::number(double(m_scannedBytes) / 1e6, 'f', 1), source);
  case Status::Failed:
    return tr("Cannot read %1: %2").arg(source, m_error);
  }
  return {};
}

void TraceView::retranslateUi() {
  m_openButton->setText(tr("Open File…"));
  m_clearButton->setText(tr("Clear"));
  m_cancelButton->setText(tr("Cancel"));
  m_paste->setPlaceholderText(
      tr("Paste a SIP trace or log here: raw SIP, sngrep or tshark text, sipp -trace_msg, or an Asterisk, "
         "FreeSWITCH, Kamailio or OpenSIPS log. Or drop a file."));
  m_statusLabel->setText(statusText());
  m_statusLabel->setToolTip(statusText());
  m_tree->setExplainer(m_explainer.get());
  m_tabs->setTabText(0, tr("Messages"));
  m_tabs->setTabText(1, tr("Call flow"));
}

void TraceView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    showSummary();
  }
  QWidget::changeEvent(event);
}

void TraceView::dragEnterEvent(QDragEnterEvent *event) {
  if (!localFileOf(event->mimeData()).isEmpty() || event->mimeData()->hasText())
    event->acceptProposedAction();
}

void TraceView::dropEvent(QDropEvent *event) {
  if (m_paste->takeDrop(event->mimeData()))
    event->acceptProposedAction();
}

// --- exports -------------------------------------------------------------

bool TraceView::exportLadder(const QString &path, QString *error) const {
  const int call = m_flow->shownCall();
  return TraceExport::writeLadder(*ladderView(), call >= 0 ? m_summary->calls().at(call).callId : QString(),
                                  path, error);
}

bool TraceView::exportCallsCsv(const QString &path, QString *error) const {
  return TraceExport::writeCsv(m_writer->callsCsv(*m_summary), path, error);
}

QString TraceView::explanationHtml() const {
  return m_html->explanation(statusText(), *m_summary, pageColorsFor(m_summaryView));
}

void TraceView::exportAs(TraceExport::Kind kind) {
  if (kind == TraceExport::Kind::ExplanationPdf) {
    QString error;
    if (const OutputFunctions *output = output::functions(&error))
      output->exportPdfWithDialog(this, explanationHtml(), tr("Trace explanation"),
                                  QStringLiteral("sipref-trace.pdf"));
    else
      QMessageBox::warning(this, tr("Export failed"), error);
    return;
  }
  const QString written = TraceExport::saveWithDialog(
      this, kind, m_flow->exportButton()->text(), [&](const QString &path, QString *error) {
        return kind == TraceExport::Kind::CallsCsv ? exportCallsCsv(path, error) : exportLadder(path, error);
      });
  if (!written.isEmpty())
    m_statusLabel->setText(written);
}

void TraceView::setZoom(int steps) {
  const qreal base = m_basePointSize > 0 ? m_basePointSize : 9;
  // The same steps as the main window's pages: two points per step for
  // text to read, one for lists.
  for (QWidget *w : std::initializer_list<QWidget *>{m_tree, ladderView(), m_paste}) {
    QFont f = w->font();
    f.setPointSizeF(qMax<qreal>(6, base + steps));
    w->setFont(f);
  }
  m_paste->setMinimumHeight(pasteHeight(2));
  for (QTextBrowser *b : {m_summaryView, diagnosisView(), messageView()}) {
    QFont f = b->font();
    f.setPointSizeF(qMax<qreal>(6, base + 2 * steps));
    b->setFont(f);
  }
}

} // namespace sipref
