#include "TraceTree.h"

#include "TraceView.h" // the translation context of the whole trace view

#include "core/Report.h"
#include "core/TraceExplainer.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace sipref {

namespace {
// Small traces open with every call expanded, so the flow reads in order.
constexpr int kExpandAllUpTo = 300;
} // namespace

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

/// The calls of a summary, their messages under them, and each message's
/// Reason and Warning values under it.
class TraceModel final : public QAbstractItemModel {
  Q_OBJECT

public:
  enum Column { LineColumn, MessageColumn, CSeqColumn, RemarksColumn, ColumnCount };
  /// Item data role: the EntryRef a row links to (invalid when none).
  static constexpr int RefRole = Qt::UserRole + 1;

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
    if (role == RefRole)
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
    if (role == RefRole)
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
    const QString flow =
        m.frame > 0 ? QStringLiteral("%1 → %2 %3").arg(m.source, m.destination, m.transport) : QString();
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
            QDateTime::fromMSecsSinceEpoch(qint64(m.time * 1000), Qt::UTC)
                .toString(QStringLiteral("HH:mm:ss.zzz")));
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
    if (role == RefRole)
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

TraceTree::TraceTree(QWidget *parent)
    : QTreeView(parent), m_model(new TraceModel(this)), m_summary(QSharedPointer<TraceSummary>::create()) {
  setModel(m_model);
  setUniformRowHeights(true); // 30,000 calls stay quick to lay out
  setAlternatingRowColors(true);
  header()->setStretchLastSection(true);
  setItemDelegate(new ElidedToolTipDelegate(this));
  connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
    const QVariant ref = index.siblingAtColumn(0).data(TraceModel::RefRole);
    if (ref.isValid())
      emit entryRequested(ref.value<EntryRef>());
  });
  connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
    if (!current.isValid())
      return;
    QModelIndex call = current;
    while (call.parent().isValid())
      call = call.parent();
    emit callSelected(call.row());
  });
}

void TraceTree::setSummary(QSharedPointer<const TraceSummary> summary, const TraceExplainer *explainer) {
  m_summary = std::move(summary);
  m_model->setSummary(m_summary, explainer);
  for (int row = 0; row < m_model->rowCount(); ++row)
    setFirstColumnSpanned(row, QModelIndex(), true);
  if (m_summary->messageCount() <= kExpandAllUpTo)
    expandAll();
  fitColumns();
}

void TraceTree::setExplainer(const TraceExplainer *explainer) {
  m_model->refresh(explainer);
}

void TraceTree::resizeEvent(QResizeEvent *event) {
  QTreeView::resizeEvent(event);
  if (!m_summary->isEmpty())
    fitColumns();
}

void TraceTree::changeEvent(QEvent *event) {
  QTreeView::changeEvent(event);
  if (event->type() == QEvent::FontChange && !m_summary->isEmpty())
    fitColumns(); // zoomed
}

void TraceTree::fitColumns() {
  // Line numbers under the calls; the message as wide as it needs up to
  // half the view, so that the remarks stay in sight.
  qint64 lastLine = 1;
  if (!m_summary->isEmpty())
    lastLine = qMax(m_summary->lineOf(m_summary->messageCount() - 1),
                    m_summary->frameOf(m_summary->messageCount() - 1));
  const QFontMetrics metrics(font());
  QFont bold = font();
  bold.setBold(true);
  const QString sample = m_summary->captureReport() ? QStringLiteral("%1  00:00:00.000").arg(lastLine)
                                                    : QString::number(lastLine);
  setColumnWidth(TraceModel::LineColumn,
                 indentation() * 2 + 16 + QFontMetrics(bold).horizontalAdvance(sample));
  resizeColumnToContents(TraceModel::MessageColumn);
  // The view may not be shown yet (its width unknown): a width in characters then.
  // Once shown, Line, Message and CSeq together take at most three quarters
  // of it, so that the remarks stay in sight at 900x600.
  const int viewWidth = isVisible() ? viewport()->width() : metrics.averageCharWidth() * 120;
  const int lineWidth = columnWidth(TraceModel::LineColumn);
  resizeColumnToContents(TraceModel::CSeqColumn);
  const int cseqWidth = qBound(metrics.averageCharWidth() * 12,
                               columnWidth(TraceModel::CSeqColumn) + metrics.averageCharWidth(),
                               qMax(metrics.averageCharWidth() * 12, viewWidth / 5));
  const int widest = qMax(metrics.averageCharWidth() * 16, viewWidth * 3 / 4 - lineWidth - cseqWidth);
  setColumnWidth(TraceModel::MessageColumn, qBound(qMin(widest, metrics.averageCharWidth() * 24),
                                                   columnWidth(TraceModel::MessageColumn), widest));
  setColumnWidth(TraceModel::CSeqColumn, cseqWidth);
}

} // namespace sipref

#include "TraceTree.moc"
