#pragma once

#include "core/TraceSummary.h"

#include <QSharedPointer>
#include <QTreeView>

namespace sipref {

class TraceExplainer;
class TraceModel;

/// The trace view's Messages tab: the calls of a scan, each call's messages
/// under it and each message's Reason and Warning values under those, in
/// four columns (line or frame and time, message, CSeq, remarks).
///
/// A call row spans the columns (Call-ID, how it ended, its Q.850 causes);
/// small traces open expanded. The columns are fitted to the view so that
/// the remarks stay in sight at 900x600, and a cell cut short shows its whole
/// text as a tooltip. Activating a row that names a registered code asks for
/// its page (entryRequested()); moving to a row tells which call it belongs
/// to (callSelected()). Its texts are in the explainer's language.
class TraceTree final : public QTreeView {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(TraceTree)

public:
  explicit TraceTree(QWidget *parent = nullptr);

  /// Shows `summary`; the explainer must outlive the tree or be replaced by setExplainer().
  void setSummary(QSharedPointer<const TraceSummary> summary, const TraceExplainer *explainer);
  /// The texts changed language: every row is redrawn.
  void setExplainer(const TraceExplainer *explainer);

signals:
  void entryRequested(sipref::EntryRef ref);
  /// The current row belongs to call `call` of the summary.
  void callSelected(int call);

protected:
  void resizeEvent(QResizeEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void fitColumns();

  TraceModel *m_model;
  QSharedPointer<const TraceSummary> m_summary;
};

} // namespace sipref
