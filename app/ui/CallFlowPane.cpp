#include "CallFlowPane.h"

#include "LadderView.h"
#include "TraceHtml.h"
#include "TraceView.h" // the translation context of the whole trace view

#include "core/CallFlow.h"
#include "core/TraceExplainer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace sipref {

namespace {
// A call picker with more entries than this lists the first ones only: the
// list of messages reaches every call, and selecting one there shows it.
constexpr int kPickerLimit = 5000;
// Narrower than this, the ladder needs the whole width (its columns are
// the participants), so the details go below it.
constexpr int kNarrow = 600;
// Narrow, the ladder's share of the height: the details still show a few lines.
constexpr int kLadderPercent = 70;
} // namespace

CallFlowPane::CallFlowPane(QWidget *parent)
    : QWidget(parent), m_summary(QSharedPointer<TraceSummary>::create()), m_callLabel(new QLabel(this)),
      m_callPicker(new QComboBox(this)), m_exportButton(new QToolButton(this)),
      m_ladder(new LadderView(this)), m_diagnosisView(new QTextBrowser(this)),
      m_messageView(new QTextBrowser(this)), m_flowSplitter(new QSplitter(Qt::Horizontal, this)),
      m_side(new QSplitter(Qt::Vertical, this)), m_details(new QTabWidget(this)) {
  setObjectName(QStringLiteral("traceFlowPage"));
  m_callPicker->setObjectName(QStringLiteral("traceCallPicker"));
  m_callPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_callPicker->setMinimumContentsLength(16);
  m_callLabel->setBuddy(m_callPicker);
  m_exportButton->setObjectName(QStringLiteral("traceExportButton"));
  m_exportButton->setPopupMode(QToolButton::InstantPopup);
  auto *exportMenu = new QMenu(m_exportButton);
  auto exportAction = [&](TraceExport::Kind kind) {
    return exportMenu->addAction(QString(), this, [this, kind] { emit exportRequested(kind); });
  };
  m_exportPng = exportAction(TraceExport::Kind::LadderPng);
  m_exportSvg = exportAction(TraceExport::Kind::LadderSvg);
  m_exportCsv = exportAction(TraceExport::Kind::CallsCsv);
  m_exportPdf = exportAction(TraceExport::Kind::ExplanationPdf);
  m_exportButton->setMenu(exportMenu);
  auto *bar = new QHBoxLayout;
  bar->addWidget(m_callLabel);
  bar->addWidget(m_callPicker, 1);
  bar->addWidget(m_exportButton);

  m_diagnosisView->setObjectName(QStringLiteral("traceDiagnosis"));
  m_messageView->setObjectName(QStringLiteral("traceMessageText"));
  for (QTextBrowser *b : {m_diagnosisView, m_messageView}) {
    b->setOpenLinks(false);
    // Two lines at the least, not the scroll area's default: below a short
    // ladder the room is the ladder's.
    b->setMinimumHeight(b->fontMetrics().lineSpacing() * 2 + 2 * b->frameWidth());
    b->document()->setDefaultStyleSheet(
        QStringLiteral("p { margin-top: 2px; margin-bottom: 2px; } ul { margin-top: 0; margin-bottom: 0; } "
                       "h3 { margin: 2px 0; }"));
    connect(b, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
      if (const auto ref = TraceHtml::linkedEntry(url))
        emit entryRequested(*ref);
    });
  }
  m_details->setObjectName(QStringLiteral("traceDetailTabs"));
  m_details->setDocumentMode(true);
  m_flowSplitter->addWidget(m_ladder);
  m_flowSplitter->addWidget(m_side);
  m_flowSplitter->addWidget(m_details);
  m_flowSplitter->setCollapsible(0, false);
  // Growing, the ladder takes two thirds beside the details and all of it above them.
  m_flowSplitter->setStretchFactor(0, 2);
  m_flowSplitter->setStretchFactor(1, 1);
  arrange(false);
  m_flowSplitter->setSizes({640, 320, 0});

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 4, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(m_flowSplitter, 1);

  connect(m_callPicker, &QComboBox::activated, this,
          [this](int row) { showCall(m_callPicker->itemData(row).toInt()); });
  connect(m_ladder, &LadderView::stepSelected, this, [this](int step) {
    showStep(step);
    if (!m_pickingCall && step >= 0)
      m_details->setCurrentWidget(m_messageView);
  });
  connect(m_ladder, &LadderView::entryRequested, this, &CallFlowPane::entryRequested);
  retranslateUi();
  fillCallPicker();
}

bool CallFlowPane::isNarrow() const {
  return m_flowSplitter->orientation() == Qt::Vertical;
}

void CallFlowPane::arrange(bool narrow) {
  // The two text panes move between the splitter beside the ladder and the
  // tabs below it; the one not in use is hidden and takes no room.
  if (narrow) {
    m_details->addTab(m_diagnosisView, QString());
    m_details->addTab(m_messageView, QString());
  } else {
    m_side->addWidget(m_diagnosisView);
    m_side->addWidget(m_messageView);
    m_diagnosisView->show();
    m_messageView->show();
  }
  m_side->setVisible(!narrow);
  m_details->setVisible(narrow);
  m_flowSplitter->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
  retranslateUi();
}

void CallFlowPane::resizeEvent(QResizeEvent *event) {
  QWidget::resizeEvent(event);
  const bool narrow = width() < kNarrow;
  if (narrow == isNarrow())
    return;
  arrange(narrow);
  const int length = narrow ? m_flowSplitter->height() : m_flowSplitter->width();
  const int ladder = narrow ? length * kLadderPercent / 100 : length * 2 / 3;
  m_flowSplitter->setSizes({ladder, narrow ? 0 : length - ladder, narrow ? length - ladder : 0});
}

void CallFlowPane::setTrace(QSharedPointer<const TraceSummary> summary, const TraceSource &source,
                            const TraceExplainer &explainer, const TraceHtml &html) {
  if (summary != m_summary) {
    m_shownCall = -1; // another scan: its first call, not the number shown before
    m_ladder->clear();
  }
  m_summary = std::move(summary);
  m_source = source;
  m_explainer = &explainer;
  m_html = &html;
  fillCallPicker();
  showStep(m_ladder->currentStep());
}

void CallFlowPane::fillCallPicker() {
  const int shown = m_shownCall;
  m_callPicker->clear();
  const QList<TraceCall> &calls = m_summary->calls();
  for (int i = 0; m_explainer && i < calls.size() && m_callPicker->count() < kPickerLimit; ++i) {
    if (!calls.at(i).callId.isEmpty())
      m_callPicker->addItem(m_explainer->callLabel(calls.at(i)) + QStringLiteral(" — ") +
                                m_explainer->outcomeText(calls.at(i)),
                            i);
  }
  const bool hasCalls = m_callPicker->count() > 0;
  const bool mentions = m_explainer && !m_explainer->mentions(*m_summary).isEmpty();
  m_callPicker->setEnabled(hasCalls);
  m_exportButton->setEnabled(!m_summary->isEmpty() || mentions);
  for (QAction *a : {m_exportPng, m_exportSvg, m_exportCsv})
    a->setEnabled(hasCalls);
  if (!hasCalls) {
    m_shownCall = -1;
    m_ladder->clear();
    m_ladder->setPlaceholderText(mentions ? TraceView::tr("No whole SIP messages to draw: the codes the log "
                                                          "lines name are listed in the summary above.")
                                          : QString());
    m_diagnosisView->clear();
    m_messageView->clear();
    return;
  }
  const int again = shown >= 0 && shown < calls.size() ? m_callPicker->findData(shown) : -1;
  showCall(m_callPicker->itemData(again >= 0 ? again : 0).toInt());
}

void CallFlowPane::showCall(int index) {
  if (index < 0 || index >= m_summary->calls().size())
    return;
  const bool same = index == m_shownCall && !m_ladder->isEmpty();
  m_shownCall = index;
  const int row = m_callPicker->findData(index);
  if (row >= 0)
    m_callPicker->setCurrentIndex(row);
  if (!same) {
    m_pickingCall = true;
    m_ladder->setFlow(CallFlow::build(*m_summary, index));
    m_pickingCall = false;
    m_details->setCurrentWidget(m_diagnosisView);
  }
  showDiagnosis();
}

void CallFlowPane::showDiagnosis() {
  if (m_shownCall < 0 || m_ladder->isEmpty() || !m_html) {
    m_diagnosisView->clear();
    return;
  }
  m_diagnosisView->setHtml(m_html->callDiagnosis(m_ladder->flow(), m_summary->calls().at(m_shownCall)));
}

void CallFlowPane::showStep(int step) {
  if (step < 0 || step >= m_ladder->flow().steps().size() || !m_html) {
    m_messageView->clear();
    return;
  }
  m_messageView->setHtml(m_html->message(m_ladder->flow(), step, *m_summary, m_source));
}

void CallFlowPane::retranslateUi() {
  m_callLabel->setText(TraceView::tr("&Call:"));
  m_exportButton->setText(TraceView::tr("Export"));
  m_exportButton->setToolTip(TraceView::tr("Export the ladder, the call list or the whole explanation"));
  // The menu arrow is drawn over the text unless there is room for it.
  m_exportButton->setMinimumWidth(
      m_exportButton->sizeHint().width() +
      style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_exportButton));
  m_exportPng->setText(TraceView::tr("Ladder as PNG image…"));
  m_exportSvg->setText(TraceView::tr("Ladder as SVG drawing…"));
  m_exportCsv->setText(TraceView::tr("Call list as CSV…"));
  m_exportPdf->setText(TraceView::tr("Whole explanation as PDF…"));
  m_ladder->setAccessibleName(TraceView::tr("Call flow ladder"));
  m_details->setTabText(m_details->indexOf(m_diagnosisView), TraceView::tr("Diagnosis"));
  m_details->setTabText(m_details->indexOf(m_messageView), TraceView::tr("Message"));
}

void CallFlowPane::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

} // namespace sipref
