#include "Icons.h"

#include <QApplication>
#include <QGuiApplication>
#include <QAction>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QProxyStyle>

namespace sipref::icons {

namespace {

enum class Shape { Back, Forward, Compare, Clear, More };

class DrawnIcon final : public QIconEngine {
public:
  explicit DrawnIcon(Shape shape) : m_shape(shape) {}

  void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
    const QPalette palette = QGuiApplication::palette();
    const QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                       QPalette::ButtonText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Draw on a 24-unit grid centred in the rectangle.
    const qreal side = qMin(rect.width(), rect.height());
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    QPen pen(color, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (m_shape) {
    case Shape::Back:
    case Shape::Forward: {
      if (m_shape == Shape::Forward) {
        painter->translate(24, 0);
        painter->scale(-1, 1);
      }
      QPainterPath path;
      path.moveTo(19, 12);
      path.lineTo(5, 12);
      path.moveTo(11, 5.5);
      path.lineTo(4.5, 12);
      path.lineTo(11, 18.5);
      painter->drawPath(path);
      break;
    }
    case Shape::Compare: {
      pen.setWidthF(1.8);
      painter->setPen(pen);
      painter->drawRoundedRect(QRectF(3, 4, 7.5, 16), 1.5, 1.5);
      painter->drawRoundedRect(QRectF(13.5, 4, 7.5, 16), 1.5, 1.5);
      pen.setWidthF(1.4);
      painter->setPen(pen);
      for (qreal y : {8.5, 12.0, 15.5}) {
        painter->drawLine(QPointF(5, y), QPointF(8.5, y));
        painter->drawLine(QPointF(15.5, y), QPointF(19, y));
      }
      break;
    }
    case Shape::More: {
      // Two chevrons: a toolbar or menu bar too narrow for all it holds.
      QPainterPath path;
      for (qreal x : {6.0, 12.5}) {
        path.moveTo(x, 6.5);
        path.lineTo(x + 5.5, 12);
        path.lineTo(x, 17.5);
      }
      painter->drawPath(path);
      break;
    }
    case Shape::Clear: {
      painter->setPen(Qt::NoPen);
      QColor disc = color;
      disc.setAlphaF(0.55);
      painter->setBrush(disc);
      painter->drawEllipse(QRectF(4, 4, 16, 16));
      painter->setPen(QPen(palette.color(QPalette::Base), 2.0, Qt::SolidLine, Qt::RoundCap));
      painter->drawLine(QPointF(9, 9), QPointF(15, 15));
      painter->drawLine(QPointF(15, 9), QPointF(9, 15));
      break;
    }
    }
    painter->restore();
  }

  QIconEngine *clone() const override { return new DrawnIcon(m_shape); }

  QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
  }

private:
  Shape m_shape;
};

} // namespace

QIcon back() { return QIcon(new DrawnIcon(Shape::Back)); }
QIcon forward() { return QIcon(new DrawnIcon(Shape::Forward)); }
QIcon compare() { return QIcon(new DrawnIcon(Shape::Compare)); }
QIcon clear() { return QIcon(new DrawnIcon(Shape::Clear)); }
QIcon more() { return QIcon(new DrawnIcon(Shape::More)); }

namespace {

/// The application's style with drawn icons where Qt would look one up in
/// the icon theme at startup: the extension buttons that every QMenuBar and
/// QToolBar makes when it is created (about 1 ms of the first paint).
class DrawnIconStyle final : public QProxyStyle {
public:
  QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override {
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
      return more();
    return QProxyStyle::standardIcon(icon, option, widget);
  }
};

} // namespace

void useDrawnStandardIcons() {
  QApplication::setStyle(new DrawnIconStyle);
}

void addClearButton(QLineEdit *edit) {
  QAction *action = edit->addAction(clear(), QLineEdit::TrailingPosition);
  action->setVisible(!edit->text().isEmpty());
  QObject::connect(action, &QAction::triggered, edit, [edit] {
    edit->clear();
    // clear() does not emit textEdited; a user's click is an edit.
    Q_EMIT edit->textEdited(QString());
  });
  QObject::connect(edit, &QLineEdit::textChanged, action,
                   [action](const QString &text) { action->setVisible(!text.isEmpty()); });
}

} // namespace sipref::icons
