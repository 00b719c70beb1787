// The drawn icons: they paint something at any size, and the style hands
// out the drawn extension-button icon while every other standard icon is
// still the base style's.

#include "ui/Icons.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyle>
#include <QTest>

using namespace sipref;

namespace {

/// Pixels at least half opaque.
int inkOf(const QIcon &icon, int side) {
  const QImage image = icon.pixmap(side, side).toImage().convertToFormat(QImage::Format_ARGB32);
  int ink = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      ink += qAlpha(image.pixel(x, y)) >= 128;
  return ink;
}

} // namespace

class TestIcons final : public QObject {
  Q_OBJECT

private slots:
  void everyIconHasInk_data() {
    QTest::addColumn<QIcon>("icon");
    QTest::newRow("back") << icons::back();
    QTest::newRow("forward") << icons::forward();
    QTest::newRow("compare") << icons::compare();
    QTest::newRow("clear") << icons::clear();
    QTest::newRow("more") << icons::more();
  }
  void everyIconHasInk() {
    QFETCH(QIcon, icon);
    for (int side : {16, 24, 48}) {
      const int ink = inkOf(icon, side);
      QVERIFY2(ink > side / 2, qPrintable(QStringLiteral("%1 px: %2 pixels of ink").arg(side).arg(ink)));
      QVERIFY(ink < side * side / 2); // a shape, not a filled square
    }
  }

  void extensionButtonsAreDrawnOtherIconsAreTheStyles() {
    const QString base = QApplication::style()->name();
    const QImage okBefore = QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).pixmap(24).toImage();
    icons::useDrawnStandardIcons();
    QStyle *style = QApplication::style();
    auto *proxy = qobject_cast<QProxyStyle *>(style);
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name(), base); // the same look, not another style
    const QImage more = icons::more().pixmap(24).toImage();
    QCOMPARE(style->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(24).toImage(), more);
    QCOMPARE(style->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).pixmap(24).toImage(), more);
    QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton).pixmap(24).toImage(), okBefore);
  }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
