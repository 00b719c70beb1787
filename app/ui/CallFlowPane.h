#pragma once

#include "TraceExport.h"
#include "TraceInput.h"

#include "core/TraceSummary.h"

#include <QSharedPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace sipref {

class LadderView;
class TraceExplainer;
class TraceHtml;

/// The trace view's Call flow tab: a picker of the scan's calls, the picked
/// call as a ladder (LadderView), its diagnosis in words (headline, timing,
/// findings, first checks) and the message selected in the ladder with its
/// Reason and Warning values decoded and its text as in the trace.
///
/// The ladder gets most of the room. Wide, the diagnosis and the message
/// stand beside it, one above the other; narrow (the trace view of a
/// 900x600 window), they go below it as two tabs at full width, the
/// diagnosis when a call is picked and the message when the user selects
/// one, and the ladder keeps most of the height.
///
/// Links in the panes and a click on a response in the ladder ask for a
/// code page (entryRequested()); the Export menu asks for a file
/// (exportRequested()), enabled for what there is to export.
class CallFlowPane final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(CallFlowPane)

public:
  explicit CallFlowPane(QWidget *parent = nullptr);

  /// Shows a scan. The same summary again (a language change) keeps the
  /// call and the step shown; a new one shows its first call. `explainer`
  /// and `html` write the texts and must live until the next call.
  void setTrace(QSharedPointer<const TraceSummary> summary, const TraceSource &source,
                const TraceExplainer &explainer, const TraceHtml &html);
  /// Shows call `index` of the summary's calls (ignored when out of range).
  void showCall(int index);
  /// The call shown, or -1.
  int shownCall() const { return m_shownCall; }

  QComboBox *callPicker() const { return m_callPicker; }
  LadderView *ladderView() const { return m_ladder; }
  QTextBrowser *diagnosisView() const { return m_diagnosisView; }
  QTextBrowser *messageView() const { return m_messageView; }
  QToolButton *exportButton() const { return m_exportButton; }
  /// Narrow: the diagnosis and the message are tabs below the ladder.
  bool isNarrow() const;

signals:
  void entryRequested(sipref::EntryRef ref);
  void exportRequested(sipref::TraceExport::Kind kind);

protected:
  void changeEvent(QEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;

private:
  /// Puts the diagnosis and the message beside the ladder, or below it as tabs.
  void arrange(bool narrow);
  void retranslateUi();
  void fillCallPicker();
  void showDiagnosis();
  void showStep(int step);

  QSharedPointer<const TraceSummary> m_summary;
  TraceSource m_source;
  const TraceExplainer *m_explainer = nullptr;
  const TraceHtml *m_html = nullptr;
  int m_shownCall = -1;
  bool m_pickingCall = false; ///< the ladder's step changes because a call is shown, not by the user

  QLabel *m_callLabel;
  QComboBox *m_callPicker;
  QToolButton *m_exportButton;
  QAction *m_exportPng;
  QAction *m_exportSvg;
  QAction *m_exportCsv;
  QAction *m_exportPdf;
  LadderView *m_ladder;
  QTextBrowser *m_diagnosisView;
  QTextBrowser *m_messageView;
  QSplitter *m_flowSplitter; ///< the ladder, then the details beside (wide) or below (narrow)
  QSplitter *m_side;         ///< wide: the diagnosis above the message
  QTabWidget *m_details;     ///< narrow: the diagnosis and the message as tabs
};

} // namespace sipref
