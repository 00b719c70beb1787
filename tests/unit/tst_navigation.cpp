// Page links (the one place "sipref:" links are written and read) and the
// back/forward history of the window, without a display.

#include "common/TestCodes.h"
#include "core/NavigationHistory.h"
#include "core/Page.h"

#include <QtTest>

using namespace sipref;
using namespace sipref::test;

class TestNavigation : public QObject {
  Q_OBJECT

private slots:
  void linksRoundTrip_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < 6; ++i)
      QTest::newRow(qPrintable(QString::number(i))) << i;
  }
  void linksRoundTrip() {
    QFETCH(int, index);
    const QList<Page> pages = {Page::entry(k486), Page::entry(kCause17), Page::comparison(k486, kCause17),
                               Page::mapping(),   Page::trace(),         Page::welcome()};
    const Page page = pages.at(index);
    const auto back = Page::fromLink(QUrl(page.link()));
    QVERIFY2(back, qPrintable(page.link()));
    QCOMPARE(*back, page);
  }

  void linkSpelling() {
    QCOMPARE(Page::entry(k486).link(), QStringLiteral("sipref:entry/sip/486"));
    QCOMPARE(Page::comparison(k486, kCause17).link(), QStringLiteral("sipref:compare/sip/486/q850/17"));
    QCOMPARE(Page::mapping().link(), QStringLiteral("sipref:mapping"));
  }

  void badLinksAreRefused_data() {
    QTest::addColumn<QString>("link");
    QTest::newRow("other scheme") << "https://www.rfc-editor.org/rfc/rfc3261";
    QTest::newRow("unknown registry") << "sipref:entry/isdn/17";
    QTest::newRow("not a number") << "sipref:entry/sip/abc";
    QTest::newRow("negative") << "sipref:entry/sip/-1";
    QTest::newRow("missing code") << "sipref:entry/sip";
    QTest::newRow("half a comparison") << "sipref:compare/sip/486";
    QTest::newRow("extra parts") << "sipref:entry/sip/486/600";
    QTest::newRow("unknown page") << "sipref:settings";
    QTest::newRow("empty") << "sipref:";
  }
  void badLinksAreRefused() {
    QFETCH(QString, link);
    QVERIFY(!Page::fromLink(QUrl(link)));
  }

  void previewsReplaceEachOther() {
    NavigationHistory h;
    h.visit(Page::entry({Registry::Sip, 400}), true);
    h.visit(Page::entry({Registry::Sip, 480}), true);
    h.visit(Page::entry(k486), true);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.current(), Page::entry(k486));
    QVERIFY(!h.canGoBack());
  }

  void aConfirmedPreviewStays() {
    NavigationHistory h;
    h.visit(Page::entry(k486), true);
    h.confirmPreview();
    h.visit(Page::entry({Registry::Sip, 6}), true);
    h.visit(Page::entry(k600), true);
    QCOMPARE(h.size(), 2);
    QVERIFY(h.back());
    QCOMPARE(h.current(), Page::entry(k486));
    // Going back keeps the preview that was left as a step.
    QVERIFY(h.forward());
    QCOMPARE(h.current(), Page::entry(k600));
    QVERIFY(!h.isPreview());
  }

  void everyKindOfPageIsAStep() {
    NavigationHistory h;
    h.visit(Page::entry(k486));
    h.visit(Page::comparison(k486, k600));
    h.visit(Page::mapping());
    h.visit(Page::trace());
    QCOMPARE(h.size(), 4);
    h.back();
    h.back();
    QCOMPARE(h.current(), Page::comparison(k486, k600));
    // A new page drops the forward steps.
    h.visit(Page::entry(kCause17));
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.size(), 3);
  }

  void sameHidesNothing() {
    NavigationHistory h;
    h.visit(Page::entry(k486), true);
    h.visit(Page::entry(k486));
    QCOMPARE(h.size(), 1);
    QVERIFY(!h.isPreview());
    QVERIFY(!h.visit(Page::entry({})));
    QCOMPARE(h.size(), 1);
  }

  void scrollPositionIsKeptPerStep() {
    NavigationHistory h;
    h.visit(Page::entry(k486));
    h.setScrollPosition(420);
    h.visit(Page::entry(k600));
    QCOMPARE(h.scrollPosition(), 0);
    h.back();
    QCOMPARE(h.scrollPosition(), 420);
  }

  void capacity() {
    NavigationHistory h(5);
    for (int code = 100; code < 110; ++code)
      h.visit(Page::entry({Registry::Sip, code}));
    QCOMPARE(h.size(), 5);
    QCOMPARE(h.current().first.code, 109);
    while (h.back()) {
    }
    QCOMPARE(h.current().first.code, 105);
  }
};

QTEST_GUILESS_MAIN(TestNavigation)
#include "tst_navigation.moc"
