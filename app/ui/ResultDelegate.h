#pragma once

#include <QStyledItemDelegate>

namespace sipref {

/// Paints a search result as two lines: a class-coloured stripe and code,
/// the phrase, and below it the one-line summary.
class ResultDelegate final : public QStyledItemDelegate {
  Q_OBJECT

public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
  QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sipref
