#include "ResultDelegate.h"

#include "ResultModel.h"

#include <QApplication>
#include <QPainter>

namespace sipref {

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const {
  QStyleOptionViewItem opt = option;
  initStyleOption(&opt, index);
  opt.text.clear();
  const QWidget *widget = option.widget;
  QStyle *style = widget ? widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

  painter->save();
  const QRect r = option.rect.adjusted(0, 3, -6, -3);
  const QColor classColor = index.data(ResultModel::ColorRole).value<QColor>();
  painter->fillRect(QRect(r.left() + 2, r.top(), 4, r.height()), classColor);

  const bool selected = option.state & QStyle::State_Selected;
  const QPalette &pal = option.palette;
  const QColor textColor = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
  QColor muted = textColor;
  muted.setAlphaF(0.68f);

  QFont bold = option.font;
  bold.setBold(true);
  const QFontMetrics bm(bold);
  const QFontMetrics fm(option.font);
  const int lineHeight = fm.height();
  const int left = r.left() + 12;

  const QString code = index.data(ResultModel::CodeLabelRole).toString();
  const QString cls = index.data(ResultModel::ClassRole).toString();
  painter->setFont(bold);
  painter->setPen(selected ? textColor : classColor.darker(115));
  const int codeWidth = std::max(bm.horizontalAdvance(QStringLiteral("000")), bm.horizontalAdvance(code));
  painter->drawText(QRect(left, r.top(), codeWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, code);

  painter->setPen(textColor);
  const int titleLeft = left + codeWidth + 8;
  // A star for bookmarks and a pencil for codes with a note of one's own.
  QString marks;
  if (index.data(ResultModel::StarredRole).toBool())
    marks += QStringLiteral("★");
  if (index.data(ResultModel::HasNoteRole).toBool())
    marks += QStringLiteral("✎");
  const QString clsText = marks.isEmpty() ? cls : marks + QStringLiteral("  ") + cls;
  const int clsWidth = fm.horizontalAdvance(clsText) + 4;
  const QString title = bm.elidedText(index.data(ResultModel::TitleRole).toString(), Qt::ElideRight,
                                      r.right() - titleLeft - clsWidth - 4);
  painter->drawText(QRect(titleLeft, r.top(), r.right() - titleLeft, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    title);
  painter->setFont(option.font);
  painter->setPen(muted);
  painter->drawText(QRect(r.right() - clsWidth, r.top(), clsWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                    clsText);

  QString summary = index.data(ResultModel::SummaryRole).toString();
  QFont summaryFont = option.font;
  if (summary.isEmpty()) {
    summary = tr("No description yet");
    summaryFont.setItalic(true);
  }
  painter->setFont(summaryFont);
  painter->drawText(QRect(left, r.top() + lineHeight + 2, r.right() - left, lineHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(summaryFont).elidedText(summary, Qt::ElideRight, r.right() - left));
  painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
  Q_UNUSED(index);
  const QFontMetrics fm(option.font);
  return {200, fm.height() * 2 + 12};
}

} // namespace sipref
