#include "TraceView.h"

#include "LadderView.h"
#include "Palette.h"
#include "PrintSupport.h"

#include "core/Page.h"
#include "core/PageRenderer.h"
#include "core/Report.h"
#include "core/TraceReader.h"
#include "core/Vocabulary.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

Q_DECLARE_METATYPE(QSharedPointer<sipref::TraceSummary>)

namespace sipref {

namespace {

// A paste this large is scanned without being put into the text box:
// QPlainTextEdit takes seconds to lay out tens of megabytes.
constexpr qsizetype kLargePaste = 512 * 1024;
// Small traces open with every call expanded, so the flow reads in order.
constexpr int kExpandAllUpTo = 300;

QString localFileOf(const QMimeData *mime) {
  if (!mime || !mime->hasUrls())
    return {};
  for (const QUrl &url : mime->urls())
    if (url.isLocalFile())
      return url.toLocalFile();
  return {};
}

} // namespace

// ---------------------------------------------------------------------------

/// Shows a cell's whole text as its tooltip when the column cuts it short;
/// other cells keep the model's tooltip.
class ElidedToolTipDelegate final : public QStyledItemDelegate {
public:
  using QStyledItemDelegate::QStyledItemDelegate;

  bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                 const QModelIndex &index) override {
    if (event && view && event->type() == QEvent::ToolTip) {
      QStyleOptionViewItem opt = option;
      initStyleOption(&opt, index);
      const int needed = opt.fontMetrics.horizontalAdvance(opt.text) + 2 * opt.fontMetrics.averageCharWidth();
      const QString model = index.data(Qt::ToolTipRole).toString();
      if (!opt.text.isEmpty() && needed > opt.rect.width()) {
        QToolTip::showText(event->globalPos(), model.isEmpty() ? opt.text : opt.text + u'\n' + model, view);
        return true;
      }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
  }
};

// ---------------------------------------------------------------------------

/// The text box: takes small pastes as text, hands large ones and dropped
/// files to the view.
class TracePasteArea final : public QPlainTextEdit {
  Q_OBJECT

public:
  explicit TracePasteArea(QWidget *parent) : QPlainTextEdit(parent) {
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
  }

signals:
  void fileDropped(const QString &path);
  void largeTextPasted(const QString &text);

protected:
  bool canInsertFromMimeData(const QMimeData *source) const override {
    return !localFileOf(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
  }
  void insertFromMimeData(const QMimeData *source) override {
    const QString file = localFileOf(source);
    if (!file.isEmpty()) {
      emit fileDropped(file);
      return;
    }
    if (source->hasText()) {
      const QString text = source->text();
      if (text.size() > kLargePaste) {
        emit largeTextPasted(text);
        return;
      }
    }
    QPlainTextEdit::insertFromMimeData(source);
  }
};

// ---------------------------------------------------------------------------

/// Scans on the worker thread, in pieces, checking between them whether the
/// scan is still wanted.
class TraceScanWorker final : public QObject {
  Q_OBJECT

public:
  explicit TraceScanWorker(const std::atomic<int> &wanted) : m_wanted(wanted) {}

  void scan(int generation, const QString &path, const QString &text) {
    auto summary = QSharedPointer<TraceSummary>::create();
    TraceReader::Options options;
    options.cancelled = [&] { return m_wanted.load() != generation; };
    options.progress = [&](qint64 done, qint64 total) { emit progress(generation, done, total); };
    const TraceReader::Result result = path.isEmpty() ? TraceReader::readText(text, *summary, options)
                                                      : TraceReader::readFile(path, *summary, options);
    emit finished(generation, summary, result.error, result.cancelled, result.bytes);
  }

signals:
  void progress(int generation, qint64 done, qint64 total);
  void finished(int generation, QSharedPointer<sipref::TraceSummary> summary, const QString &error,
                bool cancelled, qint64 bytes);

private:
  const std::atomic<int> &m_wanted;
};

// ---------------------------------------------------------------------------

/// The calls of a summary, their messages under them, and each message's
/// Reason and Warning values under it.
class TraceModel final : public QAbstractItemModel {
  Q_OBJECT

public:
  enum Column { LineColumn, MessageColumn, CSeqColumn, RemarksColumn, ColumnCount };

  explicit TraceModel(QObject *parent) : QAbstractItemModel(parent) {}

  void setSummary(QSharedPointer<const TraceSummary> summary, const TraceExplainer *explainer) {
    beginResetModel();
    m_summary = std::move(summary);
    m_explainer = explainer;
    endResetModel();
  }
  /// The texts changed language: every row is redrawn.
  void refresh(const TraceExplainer *explainer) {
    m_explainer = explainer;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
  }

  QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override {
    if (!m_summary || row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
      return {};
    if (!parent.isValid())
      return createIndex(row, column, quintptr(0));
    const quintptr id = parent.internalId();
    if (id == 0) // a call: its messages
      return createIndex(row, column, quintptr(parent.row()) + 1);
    if (id < kDetail) // a message: its Reason and Warning values
      return createIndex(row, column, kDetail + quintptr(messageAt(parent)));
    return {};
  }

  QModelIndex parent(const QModelIndex &child) const override {
    if (!m_summary || !child.isValid() || child.internalId() == 0)
      return {};
    const quintptr id = child.internalId();
    if (id < kDetail)
      return createIndex(int(id - 1), 0, quintptr(0));
    const int message = int(id - kDetail);
    const int call = m_summary->callOf(message);
    const QList<int> &messages = m_summary->calls().at(call).messages;
    const int row = int(std::lower_bound(messages.begin(), messages.end(), message) - messages.begin());
    return createIndex(row, 0, quintptr(call) + 1);
  }

  int rowCount(const QModelIndex &parent = {}) const override {
    if (!m_summary)
      return 0;
    if (!parent.isValid())
      return int(m_summary->calls().size());
    if (parent.column() != 0)
      return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
      return int(m_summary->calls().at(parent.row()).messages.size());
    if (id < kDetail) {
      const int message = messageAt(parent);
      return m_summary->reasonCountOf(message) + m_summary->warningCountOf(message);
    }
    return 0;
  }

  int columnCount(const QModelIndex & = {}) const override { return ColumnCount; }

  QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
      return {};
    switch (section) {
    case LineColumn:
      // A capture's messages are placed by frame and time, a text's by line.
      return m_summary && m_summary->captureReport() ? TraceView::tr("Frame / Time") : TraceView::tr("Line");
    case MessageColumn:
      return TraceView::tr("Message");
    case CSeqColumn:
      return TraceView::tr("CSeq");
    case RemarksColumn:
      return ReportBuilder::remarksHeading();
    default:
      return {};
    }
  }

  QVariant data(const QModelIndex &index, int role) const override {
    if (!m_summary || !m_explainer || !index.isValid())
      return {};
    const quintptr id = index.internalId();
    if (id == 0)
      return callData(m_summary->calls().at(index.row()), index.column(), role);
    if (id < kDetail)
      return messageData(m_summary->message(messageAt(index)), index.column(), role);
    return detailData(m_summary->message(int(id - kDetail)), index.row(), index.column(), role);
  }

private:
  static constexpr quintptr kDetail = quintptr(1) << (sizeof(quintptr) * 8 - 2);

  int messageAt(const QModelIndex &messageIndex) const {
    return m_summary->calls().at(int(messageIndex.internalId() - 1)).messages.at(messageIndex.row());
  }

  QVariant linkData(const EntryRef &ref) const {
    if (!ref.isValid() || !m_explainer->isRegistered(ref))
      return {};
    return QVariant::fromValue(ref);
  }

  /// A call row spans the columns: "Call-ID — how it ended — its Q.850 causes".
  QVariant callData(const TraceCall &call, int column, int role) const {
    if (role == TraceView::RefRole)
      return call.outcomeCode >= 0 ? linkData(EntryRef{Registry::Sip, call.outcomeCode}) : QVariant();
    if (role == Qt::FontRole) {
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || column != LineColumn)
      return {};
    QString text = m_explainer->callLabel(call) + QStringLiteral(" — ") + m_explainer->outcomeText(call);
    QStringList causes;
    for (int cause : call.q850Causes) {
      const QString name = m_explainer->title(EntryRef{Registry::Q850, cause});
      causes << TraceExplainer::tr("Q.850 cause %1").arg(cause) + (name.isEmpty() ? QString() : u' ' + name);
    }
    if (!causes.isEmpty())
      text += QStringLiteral(" — ") + causes.join(QStringLiteral("; "));
    return text;
  }

  QVariant messageData(const TraceMessage &m, int column, int role) const {
    const EntryRef ref = TraceExplainer::refFor(m);
    if (role == TraceView::RefRole)
      return linkData(ref);
    if (role == Qt::FontRole && m.isResponse() && m.statusCode >= 300) {
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    if (role == Qt::TextAlignmentRole && column == LineColumn)
      return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    QString note;
    if (m.isResponse()) {
      const QString ours = m_explainer->phraseIfDifferent(m.statusCode, m.reasonPhrase);
      note = ours.isEmpty() ? m_explainer->unregisteredNote(ref)
                            : TraceView::tr("Registered phrase: %1").arg(ours);
    }
    // Where a captured message went: shown where no remark is, and as a tip.
    const QString flow = m.frame > 0 ? QStringLiteral("%1 → %2 %3").arg(m.source, m.destination, m.transport)
                                     : QString();
    if (role == Qt::ToolTipRole) {
      const QString tip = note.isEmpty() ? flow : flow.isEmpty() ? note : flow + u'\n' + note;
      return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
      return {};
    switch (column) {
    case LineColumn:
      if (m.frame > 0)
        return QStringLiteral("%1  %2").arg(m.frame).arg(
            QDateTime::fromMSecsSinceEpoch(qint64(m.time * 1000), Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz")));
      return QString::number(m.line);
    case MessageColumn:
      return TraceExplainer::startLine(m);
    case CSeqColumn:
      return TraceExplainer::cseqText(m);
    case RemarksColumn:
      return note.isEmpty() ? flow : note;
    default:
      return {};
    }
  }

  QVariant detailData(const TraceMessage &m, int row, int column, int role) const {
    const bool isReason = row < m.reasons.size();
    const EntryRef ref = isReason ? TraceExplainer::refFor(m.reasons.at(row))
                                  : TraceExplainer::refFor(m.warnings.at(row - m.reasons.size()));
    if (role == TraceView::RefRole)
      return linkData(ref);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
      return {};
    switch (column) {
    case MessageColumn:
      return isReason ? QStringLiteral("Reason: ") + m_explainer->reasonText(m.reasons.at(row))
                      : m_explainer->warningText(m.warnings.at(row - m.reasons.size()));
    case RemarksColumn:
      return m_explainer->unregisteredNote(ref);
    default:
      return {};
    }
  }

  QSharedPointer<const TraceSummary> m_summary;
  const TraceExplainer *m_explainer = nullptr;
};

// ---------------------------------------------------------------------------

TraceView::TraceView(const ContentStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_explainer(std::make_unique<TraceExplainer>(store, m_language)),
      m_summary(QSharedPointer<TraceSummary>::create()) {
  setObjectName(QStringLiteral("TraceView"));
  setAcceptDrops(true);
  qRegisterMetaType<QSharedPointer<sipref::TraceSummary>>();

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
  m_summaryView = new QTextBrowser(this);
  m_summaryView->setObjectName(QStringLiteral("traceSummary"));
  m_summaryView->setOpenLinks(false);
  m_summaryView->document()->setDefaultStyleSheet(
      QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 0; }"));
  m_model = new TraceModel(this);
  m_tree = new QTreeView(this);
  m_tree->setObjectName(QStringLiteral("traceTree"));
  m_tree->setModel(m_model);
  m_tree->setUniformRowHeights(true); // 30,000 calls stay quick to lay out
  m_tree->setAlternatingRowColors(true);
  m_tree->header()->setStretchLastSection(true);
  m_tree->setItemDelegate(new ElidedToolTipDelegate(m_tree));

  // the Call flow tab beside the list of messages.
  m_writer = std::make_unique<CallFlowWriter>(m_store, *m_explainer);
  m_flowPage = new QWidget(this);
  m_flowPage->setObjectName(QStringLiteral("traceFlowPage"));
  m_callLabel = new QLabel(m_flowPage);
  m_callPicker = new QComboBox(m_flowPage);
  m_callPicker->setObjectName(QStringLiteral("traceCallPicker"));
  m_callPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_callPicker->setMinimumContentsLength(16);
  m_callLabel->setBuddy(m_callPicker);
  m_exportButton = new QToolButton(m_flowPage);
  m_exportButton->setObjectName(QStringLiteral("traceExportButton"));
  m_exportButton->setPopupMode(QToolButton::InstantPopup);
  auto *exportMenu = new QMenu(m_exportButton);
  m_exportPngAction = exportMenu->addAction(QString(), this, [this] { exportWithDialog(0); });
  m_exportSvgAction = exportMenu->addAction(QString(), this, [this] { exportWithDialog(1); });
  m_exportCsvAction = exportMenu->addAction(QString(), this, [this] { exportWithDialog(2); });
  m_exportPdfAction = exportMenu->addAction(QString(), this, [this] { exportWithDialog(3); });
  m_exportButton->setMenu(exportMenu);
  auto *flowBar = new QHBoxLayout;
  flowBar->addWidget(m_callLabel);
  flowBar->addWidget(m_callPicker, 1);
  flowBar->addWidget(m_exportButton);
  m_ladder = new LadderView(m_flowPage);
  m_diagnosisView = new QTextBrowser(m_flowPage);
  m_diagnosisView->setObjectName(QStringLiteral("traceDiagnosis"));
  m_diagnosisView->setOpenLinks(false);
  m_messageView = new QTextBrowser(m_flowPage);
  m_messageView->setObjectName(QStringLiteral("traceMessageText"));
  m_messageView->setOpenLinks(false);
  for (QTextBrowser *b : {m_diagnosisView, m_messageView})
    b->document()->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 0; } "
                       "h3 { margin: 2px 0; }"));
  auto *side = m_sideSplitter = new QSplitter(Qt::Vertical, m_flowPage);
  side->addWidget(m_diagnosisView);
  side->addWidget(m_messageView);
  auto *flowSplitter = m_flowSplitter = new QSplitter(Qt::Horizontal, m_flowPage);
  flowSplitter->addWidget(m_ladder);
  flowSplitter->addWidget(side);
  flowSplitter->setStretchFactor(0, 2);
  flowSplitter->setStretchFactor(1, 1);
  flowSplitter->setSizes({640, 320});
  auto *flowLayout = new QVBoxLayout(m_flowPage);
  flowLayout->setContentsMargins(0, 4, 0, 0);
  flowLayout->addLayout(flowBar);
  flowLayout->addWidget(flowSplitter, 1);
  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName(QStringLiteral("traceTabs"));
  m_tabs->addTab(m_tree, QString());
  m_tabs->addTab(m_flowPage, QString());

  auto *splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_paste);
  splitter->addWidget(m_summaryView);
  splitter->addWidget(m_tabs);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setStretchFactor(2, 5);
  splitter->setSizes({80, 120, 620});
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(splitter, 1);

  m_pasteTimer = new QTimer(this);
  m_pasteTimer->setSingleShot(true);
  m_pasteTimer->setInterval(300);

  connect(m_openButton, &QPushButton::clicked, this, &TraceView::chooseFile);
  connect(m_clearButton, &QPushButton::clicked, this, &TraceView::clear);
  connect(m_cancelButton, &QPushButton::clicked, this, &TraceView::cancel);
  connect(m_paste, &TracePasteArea::fileDropped, this, &TraceView::openFile);
  connect(m_paste, &TracePasteArea::largeTextPasted, this, [this](const QString &text) {
    m_settingText = true;
    m_paste->setPlainText(
        tr("(%1 characters pasted: too large to show here; explained below)").arg(text.size()));
    m_settingText = false;
    explainText(text);
  });
  connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
    if (!m_settingText)
      m_pasteTimer->start();
  });
  connect(m_pasteTimer, &QTimer::timeout, this, &TraceView::pasteEdited);
  connect(m_tree, &QTreeView::activated, this, &TraceView::rowActivated);
  connect(m_summaryView, &QTextBrowser::anchorClicked, this, &TraceView::linkClicked);
  connect(m_diagnosisView, &QTextBrowser::anchorClicked, this, &TraceView::linkClicked);
  connect(m_messageView, &QTextBrowser::anchorClicked, this, &TraceView::linkClicked);
  connect(m_callPicker, &QComboBox::activated, this, [this](int row) { showCall(m_callPicker->itemData(row).toInt()); });
  connect(m_ladder, &LadderView::stepSelected, this, &TraceView::showStep);
  connect(m_ladder, &LadderView::entryRequested, this, &TraceView::entryRequested);
  connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex &current) { callOfTreeRow(current); });
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
  showSummary();
}

TraceView::~TraceView() {
  m_wanted.store(-1); // a running scan stops at its next piece
  m_thread->quit();
  m_thread->wait();
  delete m_worker;
}

QPlainTextEdit *TraceView::pasteArea() const {
  return m_paste;
}

void TraceView::setLanguage(Language language) {
  if (language == m_language)
    return;
  m_language = language;
  m_explainer = std::make_unique<TraceExplainer>(m_store, m_language);
  m_writer = std::make_unique<CallFlowWriter>(m_store, *m_explainer);
  m_model->refresh(m_explainer.get());
  showSummary();
  fillCallPicker();
  showDiagnosis();
  showStep(m_ladder->currentStep());
}

void TraceView::openFile(const QString &path) {
  // the paste box must not keep text the results are not about.
  m_settingText = true;
  m_paste->clear();
  m_settingText = false;
  start(path, QString(), QFileInfo(path).fileName());
}

void TraceView::explainText(const QString &text) {
  start(QString(), text, QString());
}

void TraceView::start(const QString &path, const QString &text, const QString &name) {
  m_pasteTimer->stop();
  m_generation = m_generation == INT_MAX ? 1 : m_generation + 1;
  m_wanted.store(m_generation);
  m_scanning = true;
  m_status = Status::Scanning;
  m_source = name;
  m_sourcePath = path;
  m_sourceText = text;
  m_error.clear();
  m_scannedBytes = 0;
  m_summary = QSharedPointer<TraceSummary>::create();
  m_model->setSummary(m_summary, m_explainer.get());
  showSummary();
  fillCallPicker();
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
  m_settingText = true;
  m_paste->clear();
  m_settingText = false;
  m_summary = QSharedPointer<TraceSummary>::create();
  m_model->setSummary(m_summary, m_explainer.get());
  m_status = Status::Empty;
  m_sourcePath.clear();
  m_sourceText.clear();
  showSummary();
  fillCallPicker();
  retranslateUi();
}

void TraceView::chooseFile() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open a SIP trace or log"), QString(),
                                   tr("Traces, logs and captures (*.txt *.log *.sip *.pcap *.pcapng *.cap);;All files (*)"));
  if (!path.isEmpty())
    openFile(path);
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
  m_model->setSummary(m_summary, m_explainer.get());
  for (int row = 0; row < m_model->rowCount(); ++row)
    m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
  if (m_summary->messageCount() <= kExpandAllUpTo)
    m_tree->expandAll();
  fitColumns();
  m_progress->hide();
  m_cancelButton->hide();
  showSummary();
  fillCallPicker();
  // The flow is what a user opens a trace for: show it first (the list is one tab away).
  if (m_callPicker->count() > 0)
    m_tabs->setCurrentWidget(m_flowPage);
  retranslateUi();
  emit scanFinished();
}

void TraceView::fitColumns() {
  // Line numbers under the calls; the message as wide as it needs up to
  // half the view, so that the remarks stay in sight.
  qint64 lastLine = 1;
  if (!m_summary->isEmpty())
    lastLine = qMax(m_summary->lineOf(m_summary->messageCount() - 1), m_summary->frameOf(m_summary->messageCount() - 1));
  const QFontMetrics metrics(m_tree->font());
  QFont bold = m_tree->font();
  bold.setBold(true);
  const QString sample = m_summary->captureReport() ? QStringLiteral("%1  00:00:00.000").arg(lastLine)
                                                    : QString::number(lastLine);
  m_tree->setColumnWidth(TraceModel::LineColumn,
                         m_tree->indentation() * 2 + 16 + QFontMetrics(bold).horizontalAdvance(sample));
  m_tree->resizeColumnToContents(TraceModel::MessageColumn);
  // The view may not be shown yet (its width unknown): a width in characters then.
  // Once shown, Line, Message and CSeq together take at most three quarters
  // of it, so that the remarks stay in sight at 900x600.
  const int viewWidth = m_tree->isVisible() ? m_tree->viewport()->width() : metrics.averageCharWidth() * 120;
  const int lineWidth = m_tree->columnWidth(TraceModel::LineColumn);
  m_tree->resizeColumnToContents(TraceModel::CSeqColumn);
  const int cseqWidth = qBound(metrics.averageCharWidth() * 12,
                               m_tree->columnWidth(TraceModel::CSeqColumn) + metrics.averageCharWidth(),
                               qMax(metrics.averageCharWidth() * 12, viewWidth / 5));
  const int widest = qMax(metrics.averageCharWidth() * 16, viewWidth * 3 / 4 - lineWidth - cseqWidth);
  m_tree->setColumnWidth(
      TraceModel::MessageColumn,
      qBound(qMin(widest, metrics.averageCharWidth() * 24), m_tree->columnWidth(TraceModel::MessageColumn), widest));
  m_tree->setColumnWidth(TraceModel::CSeqColumn, cseqWidth);
}

QString TraceView::statusText() const {
  const QString source = m_source.isEmpty() ? tr("the pasted text") : m_source;
  switch (m_status) {
  case Status::Empty:
    return tr("Paste a SIP trace or log below, open a file, or drop one here.");
  case Status::Scanning:
    return tr("Scanning %1…").arg(source);
  case Status::Done:
    if (m_summary->isEmpty()) {
      const qsizetype mentioned = m_explainer->mentions(*m_summary).size();
      if (mentioned > 0)
        return tr("%1: no whole SIP messages; %n code(s) named in log lines.", nullptr, int(mentioned)).arg(source);
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

void TraceView::showSummary() {
  const QString html = summaryHtml();
  if (html.isEmpty())
    m_summaryView->clear();
  else
    m_summaryView->setHtml(PageRenderer(m_store, pageColorsFor(m_summaryView)).document(html));
}

QString TraceView::summaryHtml() const {
  const TraceSummary &s = *m_summary;
  const QList<TraceMention> mentions = m_explainer->mentions(s);
  auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
  // The same report as the first part of --explain.
  const Report report = ReportBuilder::traceSummary(s, *m_explainer);
  if (report.sections.isEmpty() && mentions.isEmpty())
    return {};
  QString html = PageRenderer(m_store, pageColorsFor(m_summaryView)).sections(report);
  const TraceExplainer &x = *m_explainer;
  auto link = [&](const EntryRef &ref, const QString &label) {
    if (!x.isRegistered(ref))
      return esc(label) + QStringLiteral(" <i>") + esc(ReportBuilder::notRegistered()) +
             QStringLiteral("</i>");
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(Page::entry(ref).link(), esc(label));
  };
  // codes named in log lines, by Call-ID, apart from the messages.
  if (!mentions.isEmpty()) {
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(ReportBuilder::mentionsHeading()));
    QStringList order;
    QHash<QString, QList<TraceMention>> byCall;
    for (const TraceMention &m : mentions) {
      if (!byCall.contains(m.callId))
        order << m.callId;
      byCall[m.callId] << m;
    }
    std::stable_partition(order.begin(), order.end(), [](const QString &id) { return !id.isEmpty(); });
    for (const QString &id : order) {
      QStringList items;
      for (const TraceMention &m : byCall.value(id))
        items << link(TraceExplainer::refFor(m), x.mentionText(m)) + QStringLiteral(" <i>") +
                     esc(tr("line %1").arg(m.line)) + QStringLiteral("</i>");
      QString item =
          QStringLiteral("<li><b>%1</b>: %2")
              .arg(esc(id.isEmpty() ? ReportBuilder::noCallId() : id), items.join(QStringLiteral(", ")));
      if (!id.isEmpty()) {
        const CallDiagnosis d = m_writer->diagnoseMentions(byCall.value(id));
        if (d.problem && !d.findings.isEmpty())
          item += QStringLiteral("<br>→ ") + esc(d.findings.join(QStringLiteral(" ")));
      }
      html += item + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
  }
  return html;
}

void TraceView::rowActivated(const QModelIndex &index) {
  const QVariant ref = index.siblingAtColumn(0).data(RefRole);
  if (ref.isValid())
    emit entryRequested(ref.value<EntryRef>());
}

void TraceView::linkClicked(const QUrl &url) {
  // Links are Page::link()s, as on every other page.
  if (const auto page = Page::fromLink(url); page && page->kind == Page::Kind::Entry)
    emit entryRequested(page->first);
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
  m_model->refresh(m_explainer.get());
  m_tabs->setTabText(0, tr("Messages"));
  m_tabs->setTabText(1, tr("Call flow"));
  m_callLabel->setText(tr("&Call:"));
  m_exportButton->setText(tr("Export"));
  m_exportButton->setToolTip(tr("Export the ladder, the call list or the whole explanation"));
  m_exportPngAction->setText(tr("Ladder as PNG image…"));
  m_exportSvgAction->setText(tr("Ladder as SVG drawing…"));
  m_exportCsvAction->setText(tr("Call list as CSV…"));
  m_exportPdfAction->setText(tr("Whole explanation as PDF…"));
  m_ladder->setAccessibleName(tr("Call flow ladder"));
}

void TraceView::resizeEvent(QResizeEvent *event) {
  QWidget::resizeEvent(event);
  // Narrow (a 900x600 window): the ladder takes the whole width, the
  // diagnosis and the message go below it, side by side.
  const bool narrow = width() < 620;
  const Qt::Orientation flow = narrow ? Qt::Vertical : Qt::Horizontal;
  if (m_flowSplitter->orientation() != flow) {
    m_flowSplitter->setOrientation(flow);
    m_sideSplitter->setOrientation(narrow ? Qt::Horizontal : Qt::Vertical);
    const int length = narrow ? m_flowSplitter->height() : m_flowSplitter->width();
    m_flowSplitter->setSizes({length * 2 / 3, length / 3});
  }
  if (!m_summary->isEmpty())
    fitColumns();
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
  const QString file = localFileOf(event->mimeData());
  if (!file.isEmpty()) {
    openFile(file);
  } else if (event->mimeData()->hasText()) {
    const QString text = event->mimeData()->text();
    if (text.size() > kLargePaste) {
      explainText(text);
    } else {
      m_paste->setPlainText(text); // explained once the paste timer fires
    }
  } else {
    return;
  }
  event->acceptProposedAction();
}

// --- call flows --------------------------------------------------------

namespace {
// A call picker with more entries than this lists the first ones only: the
// list of messages reaches every call, and selecting one there shows it.
constexpr int kPickerLimit = 5000;
// A message shows at most this many of its lines.
constexpr qint64 kMessageLines = 80;
} // namespace

void TraceView::fillCallPicker() {
  const int shown = m_shownCall;
  m_callPicker->clear();
  const QList<TraceCall> &calls = m_summary->calls();
  for (int i = 0; i < calls.size() && m_callPicker->count() < kPickerLimit; ++i) {
    if (calls.at(i).callId.isEmpty())
      continue;
    m_callPicker->addItem(m_explainer->callLabel(calls.at(i)) + QStringLiteral(" — ") +
                              m_explainer->outcomeText(calls.at(i)),
                          i);
  }
  m_callPicker->setEnabled(m_callPicker->count() > 0);
  m_exportButton->setEnabled(!m_summary->isEmpty() || !m_explainer->mentions(*m_summary).isEmpty());
  m_exportPngAction->setEnabled(m_callPicker->count() > 0);
  m_exportSvgAction->setEnabled(m_callPicker->count() > 0);
  m_exportCsvAction->setEnabled(m_callPicker->count() > 0);
  if (m_callPicker->count() == 0) {
    m_shownCall = -1;
    m_ladder->clear();
    m_ladder->setPlaceholderText(!m_explainer->mentions(*m_summary).isEmpty()
                                     ? tr("No whole SIP messages to draw: the codes the log lines name are "
                                          "listed in the summary above.")
                                     : QString());
    m_diagnosisView->clear();
    m_messageView->clear();
    return;
  }
  const int again = shown >= 0 && shown < calls.size() ? m_callPicker->findData(shown) : -1;
  showCall(m_callPicker->itemData(again >= 0 ? again : 0).toInt());
}

void TraceView::showCall(int index) {
  if (index < 0 || index >= m_summary->calls().size())
    return;
  const bool same = index == m_shownCall && !m_ladder->isEmpty();
  m_shownCall = index;
  const int row = m_callPicker->findData(index);
  if (row >= 0)
    m_callPicker->setCurrentIndex(row);
  if (!same)
    m_ladder->setFlow(CallFlow::build(*m_summary, index));
  showDiagnosis();
}

void TraceView::callOfTreeRow(const QModelIndex &index) {
  if (!index.isValid())
    return;
  QModelIndex call = index;
  while (call.parent().isValid())
    call = call.parent();
  showCall(call.row());
}

/// A call's timing, findings and first checks, as the diagnosis pane and the
/// printed explanation show them.
QString TraceView::diagnosisHtml(const CallFlow &flow, const CallDiagnosis &d) const {
  auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
  QString html;
  const QString timing = CallFlowWriter::timingText(flow.timing());
  if (!timing.isEmpty())
    html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(esc(tr("Timing")), esc(timing));
  if (!d.findings.isEmpty()) {
    html += QStringLiteral("<ul>");
    for (const QString &f : d.findings)
      html += QStringLiteral("<li>%1</li>").arg(esc(f));
    html += QStringLiteral("</ul>");
  }
  if (!d.checks.isEmpty()) {
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Check first")));
    for (const QString &c : d.checks)
      html += QStringLiteral("<li>%1</li>").arg(esc(c));
    html += QStringLiteral("</ol>");
  }
  return html;
}

void TraceView::showDiagnosis() {
  if (m_shownCall < 0 || m_ladder->isEmpty()) {
    m_diagnosisView->clear();
    return;
  }
  const TraceCall &call = m_summary->calls().at(m_shownCall);
  const CallFlow &flow = m_ladder->flow();
  const CallDiagnosis d = m_writer->diagnose(flow, call);
  auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
  QString html = QStringLiteral("<h3>%1</h3>").arg(esc(d.headline));
  if (!flow.from().isEmpty())
    html += QStringLiteral("<p>%1 → %2</p>").arg(esc(flow.from()), esc(flow.to()));
  html += diagnosisHtml(flow, d);
  if (flow.finalStep() >= 0) {
    const TraceMessage &m = flow.steps().at(flow.finalStep()).m;
    const EntryRef ref = TraceExplainer::refFor(m);
    if (m_explainer->isRegistered(ref))
      html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                  .arg(Page::entry(ref).link(), esc(tr("Open %1").arg(TraceExplainer::startLine(m))));
  }
  m_diagnosisView->setHtml(html);
}

QString TraceView::sourceLines(qint64 first, qint64 last) const {
  if (first < 1 || last < first)
    return {};
  QStringList out;
  if (!m_sourcePath.isEmpty()) {
    QFile file(m_sourcePath);
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
    while (line <= last && at <= m_sourceText.size()) {
      qsizetype nl = m_sourceText.indexOf(u'\n', at);
      if (nl < 0)
        nl = m_sourceText.size();
      if (line >= first)
        out << m_sourceText.mid(at, nl - at).trimmed();
      at = nl + 1;
      ++line;
    }
  }
  while (!out.isEmpty() && out.last().isEmpty())
    out.removeLast();
  return out.join(u'\n');
}

void TraceView::showStep(int step) {
  if (step < 0 || step >= m_ladder->flow().steps().size()) {
    m_messageView->clear();
    return;
  }
  const CallFlow &flow = m_ladder->flow();
  const FlowStep &s = flow.steps().at(step);
  const TraceMessage m = m_summary->message(s.message); // with the headers the step leaves out
  auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
  const EntryRef ref = TraceExplainer::refFor(m);
  QString title = esc(TraceExplainer::startLine(m));
  if (m.isResponse() && m_explainer->isRegistered(ref))
    title = QStringLiteral("<a href=\"%1\">%2</a>").arg(Page::entry(ref).link(), title);
  QString html = QStringLiteral("<h3>%1</h3><p>").arg(title);
  auto row = [&](const QString &name, const QString &value) {
    if (!value.isEmpty())
      html += QStringLiteral("<b>%1</b>: %2<br>").arg(esc(name), esc(value));
  };
  row(tr("From → To"), CallFlowWriter::participantLabel(flow.participants().at(s.from)) + QStringLiteral(" → ") +
                           CallFlowWriter::participantLabel(flow.participants().at(s.to)));
  row(tr("Time"), CallFlowWriter::timeText(s.time));
  if (m.frame > 0) {
    row(tr("Frame"), QString::number(m.frame));
    row(tr("Transport"), m.transport);
  } else {
    row(tr("Line"), QString::number(m.line));
  }
  if (s.retransmission)
    row(tr("Note"), tr("Retransmission of an earlier message"));
  html += QStringLiteral("</p>");
  QStringList decoded;
  for (const TraceReason &r : m.reasons) {
    const EntryRef rr = TraceExplainer::refFor(r);
    const QString text = QStringLiteral("Reason: ") + m_explainer->reasonText(r);
    decoded << (m_explainer->isRegistered(rr)
                    ? QStringLiteral("<a href=\"%1\">%2</a>").arg(Page::entry(rr).link(), esc(text))
                    : esc(text));
  }
  for (const TraceWarning &w : m.warnings) {
    const EntryRef wr = TraceExplainer::refFor(w);
    const QString text = m_explainer->warningText(w);
    decoded << (m_explainer->isRegistered(wr)
                    ? QStringLiteral("<a href=\"%1\">%2</a>").arg(Page::entry(wr).link(), esc(text))
                    : esc(text));
  }
  if (!decoded.isEmpty())
    html += QStringLiteral("<p>%1</p>").arg(decoded.join(QStringLiteral("<br>")));
  // The message as it stands in the trace: its lines up to the next message.
  qint64 last = m.line + kMessageLines - 1;
  if (s.message + 1 < m_summary->messageCount())
    last = qMin(last, m_summary->lineOf(s.message + 1) - 1);
  QString text = m.line > 0 ? sourceLines(m.line, last) : QString();
  if (text.isEmpty()) {
    // A capture keeps no message text: the headers the trace reader kept.
    QStringList lines{m.isRequest() ? m.method + u' ' + m.requestUri : TraceExplainer::startLine(m)};
    auto header = [&lines](const char *name, const QString &value) {
      if (!value.isEmpty())
        lines << QLatin1String(name) + QStringLiteral(": ") + value;
    };
    header("Via", m.via);
    header("From", m.from);
    header("To", m.to);
    header("Call-ID", m.callId);
    header("CSeq", m.cseq >= 0 ? QStringLiteral("%1 %2").arg(m.cseq).arg(m.cseqMethod) : QString());
    header("Contact", m.contact);
    header(m.isRequest() ? "User-Agent" : "Server", m.userAgent);
    text = lines.join(u'\n');
  }
  html += QStringLiteral("<pre>%1</pre>").arg(esc(text));
  m_messageView->setHtml(html);
}

bool TraceView::exportLadder(const QString &path, QString *error) const {
  if (m_ladder->isEmpty()) {
    if (error)
      *error = tr("There is no call to export.");
    return false;
  }
  const QString title = tr("Call flow of %1").arg(m_summary->calls().at(m_shownCall).callId);
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
    return m_ladder->exportSvg(path, title, error);
  return m_ladder->exportPng(path, error);
}

bool TraceView::exportCallsCsv(const QString &path, QString *error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error)
      *error = file.errorString();
    return false;
  }
  // A byte order mark, so that spreadsheets read the Japanese as UTF-8.
  file.write("\xEF\xBB\xBF");
  file.write(m_writer->callsCsv(*m_summary).toUtf8());
  if (!file.commit()) {
    if (error)
      *error = file.errorString();
    return false;
  }
  return true;
}

QString TraceView::explanationHtml() const {
  auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
  QString html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(tr("Trace explanation")), esc(statusText()));
  html += summaryHtml();
  constexpr int kCallsInPrint = 200; // a printout of 30,000 calls helps nobody
  int printed = 0;
  for (int i = 0; i < m_summary->calls().size() && printed < kCallsInPrint; ++i) {
    const TraceCall &call = m_summary->calls().at(i);
    if (call.callId.isEmpty())
      continue;
    ++printed;
    const CallFlow flow = CallFlow::build(*m_summary, i);
    const CallDiagnosis d = m_writer->diagnose(flow, call);
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(esc(call.callId), esc(d.headline));
    html += diagnosisHtml(flow, d);
    html += QStringLiteral("<pre style=\"font-size: 7pt\">%1</pre>").arg(esc(m_writer->ladderText(flow)));
  }
  return html;
}

void TraceView::exportWithDialog(int kind) {
  static const char *const suffixes[] = {"png", "svg", "csv", "pdf"};
  if (kind == 3) {
    PrintSupport::exportPdfWithDialog(this, explanationHtml(), tr("Trace explanation"),
                                      QStringLiteral("sipref-trace.pdf"));
    return;
  }
  const QString base = kind == 2 ? QStringLiteral("sipref-calls")
                                 : QStringLiteral("sipref-call-flow");
  const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("CSV file (*.csv)")};
  QString path = QFileDialog::getSaveFileName(this, m_exportButton->text(),
                                              base + u'.' + QLatin1String(suffixes[kind]), filters.at(kind));
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += u'.' + QLatin1String(suffixes[kind]);
  QString error;
  const bool ok = kind == 2 ? exportCallsCsv(path, &error) : exportLadder(path, &error);
  if (!ok)
    QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
  else
    m_statusLabel->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void TraceView::setZoom(int steps) {
  m_zoom = steps;
  const qreal base = m_basePointSize > 0 ? m_basePointSize : 9;
  // The same steps as the main window's pages: two points per step for
  // text to read, one for lists.
  for (QWidget *w : std::initializer_list<QWidget *>{m_tree, m_ladder, m_paste}) {
    QFont f = w->font();
    f.setPointSizeF(qMax<qreal>(6, base + steps));
    w->setFont(f);
  }
  for (QTextBrowser *b : {m_summaryView, m_diagnosisView, m_messageView}) {
    QFont f = b->font();
    f.setPointSizeF(qMax<qreal>(6, base + 2 * steps));
    b->setFont(f);
  }
  if (!m_summary->isEmpty())
    fitColumns();
}

} // namespace sipref

#include "TraceView.moc"
