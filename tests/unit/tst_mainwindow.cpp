// The main window on the offscreen platform: as-you-type search, keyboard,
// comparison, language switching, history and remembered state.

#include "core/ContentStore.h"
#include "ui/CompareView.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ResultModel.h"
#include "ui/NotesPanel.h"
#include "ui/BookmarksPanel.h"
#include "ui/TraceView.h"
#include "core/UserStore.h"
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QListWidget>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QtTest>

using namespace sipref;

class TestMainWindow : public QObject {
  Q_OBJECT

  ContentStore m_store;
  LanguageManager m_languages;

  QList<int> listedCodes(MainWindow &w) {
    QList<int> out;
    for (const SearchHit &h : w.resultModel()->hits())
      out << h.ref.code;
    return out;
  }

  QStringList menuTitles(MainWindow &w) {
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
      out << a->text();
    return out;
  }

private slots:
  void initTestCase() {
    QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString()));
    m_languages.setLanguage(Language::English);
  }

  void init() {
    QSettings().clear();
    m_languages.setLanguage(Language::English);
  }

  void typingACodeShowsIt() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "486");
    QCOMPARE(listedCodes(w).first(), 486);
    QCOMPARE(w.currentEntry(), (EntryRef{Registry::Sip, 486}));
    QVERIFY(w.entryPage()->toPlainText().contains("486 Busy Here"));
    QVERIFY(!w.isComparing());
  }

  void typingAPrefixListsTheCodes() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "48");
    const QList<int> codes = listedCodes(w);
    QVERIFY(codes.size() >= 10);
    QCOMPARE(codes.mid(0, 10), (QList<int>{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}));
  }

  void asYouTypeEachKeystroke() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClick(w.searchBox(), '4');
    QVERIFY(listedCodes(w).contains(404));
    QTest::keyClick(w.searchBox(), '0');
    QVERIFY(listedCodes(w).contains(404));
    QVERIFY(!listedCodes(w).mid(0, 5).contains(486));
    QTest::keyClick(w.searchBox(), '4');
    QCOMPARE(w.currentEntry().code, 404);
  }

  void keyboard() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "48");
    QTest::keyClick(w.searchBox(), Qt::Key_Down);
    QTest::keyClick(w.searchBox(), Qt::Key_Down);
    QCOMPARE(w.resultView()->currentIndex().row(), 2);
    QCOMPARE(w.currentEntry().code, 482);
    QTest::keyClick(w.searchBox(), Qt::Key_Up);
    QCOMPARE(w.currentEntry().code, 481);
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    QCOMPARE(w.currentEntry().code, 481);
    QTest::keyClick(w.searchBox(), Qt::Key_Escape);
    QVERIFY(w.searchBox()->text().isEmpty());
    // Ctrl+L brings the focus back to the search box.
    w.entryPage()->setFocus();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBox()->hasFocus());
  }

  void pastedStatusLine() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.searchBox()->setText("SIP/2.0 486 Busy Here");
    QCOMPARE(listedCodes(w).first(), 486);
    QCOMPARE(w.currentEntry().code, 486);
  }

  void typoSaysDidYouMean() {
    MainWindow w(m_store, m_languages);
    w.show();
    auto *count = w.findChild<QLabel *>(QStringLiteral("resultCount"));
    QVERIFY(count);
    QTest::keyClicks(w.searchBox(), "forbiden");
    QCOMPARE(count->text(), QStringLiteral("Did you mean 403 Forbidden?"));
    QCOMPARE(w.currentEntry(), (EntryRef{Registry::Sip, 403}));
    // Spelled right, the count comes back.
    w.searchBox()->setText("forbidden");
    QVERIFY(count->text().contains("result"));
    m_languages.setLanguage(Language::Japanese);
    w.searchBox()->setText("forbiden");
    QCOMPARE(count->text(), QStringLiteral("もしかして 403 Forbidden ですか？"));
  }

  void vendorNameShowsItsEntryWithVendorLine() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.searchBox()->setText("USER_BUSY");
    QCOMPARE(w.currentEntry(), (EntryRef{Registry::Q850, 17}));
    const QString page = w.entryPage()->toPlainText();
    QVERIFY2(page.contains("In vendor logs: FreeSWITCH: USER_BUSY"), qPrintable(page.left(400)));
    QVERIFY(page.contains("DIALSTATUS=BUSY"));
  }

  void compareShowsTwoColumns() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showComparison({Registry::Sip, 100}, {Registry::Sip, 302});
    QVERIFY(w.isComparing());
    const QString text = w.compareView()->browser()->toPlainText();
    const auto a = m_store.entry({Registry::Sip, 100});
    const auto b = m_store.entry({Registry::Sip, 302});
    QVERIFY(text.contains("Trying"));
    QVERIFY(text.contains("Moved Temporarily"));
    QVERIFY(text.contains(a->en.meaning));
    QVERIFY(text.contains(b->en.meaning));
    QVERIFY(text.contains("Key differences"));
    QVERIFY(text.contains("Which to use when"));
    QVERIFY(w.compareView()->leftPicker()->currentText().startsWith("100"));
    QVERIFY(w.compareView()->rightPicker()->currentText().startsWith("302"));
    // Swap puts 302 on the left.
    w.compareView()->swap();
    QCOMPARE(w.compareView()->left().code, 302);
    QVERIFY(w.compareView()->leftPicker()->currentText().startsWith("302"));
  }

  void compareActionStartsFromTheCurrentCode() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    QAction *compare = nullptr;
    for (QAction *a : w.findChild<QToolBar *>()->actions())
      if (a->text() == "Compare")
        compare = a;
    QVERIFY(compare);
    compare->trigger();
    QVERIFY(w.isComparing());
    QCOMPARE(w.compareView()->left().code, 486);
    QVERIFY(w.compareView()->right().isValid());
    QVERIFY(w.compareView()->right() != w.compareView()->left());
  }

  void switchingToJapanese() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    const QStringList english = menuTitles(w);
    QVERIFY(english.contains("&File"));
    const auto e = m_store.entry({Registry::Sip, 486});
    QVERIFY(w.entryPage()->toPlainText().contains(e->en.summary));

    m_languages.setLanguage(Language::Japanese);
    // Qt posts LanguageChange to the windows; the menus follow on the next events.
    QTRY_VERIFY(menuTitles(w) != english);
    const QStringList japanese = menuTitles(w);
    QVERIFY2(japanese.first().contains(QString::fromUtf8("ファイル")), qPrintable(japanese.join(", ")));
    QVERIFY(w.entryPage()->toPlainText().contains(e->ja.summary));
    QVERIFY(w.entryPage()->toPlainText().contains(QString::fromUtf8("対処")) ||
            w.entryPage()->toPlainText().contains(QString::fromUtf8("意味")));
    QVERIFY(w.searchBox()->placeholderText().contains(QString::fromUtf8("コード")));

    m_languages.setLanguage(Language::English);
    QTRY_COMPARE(menuTitles(w), english);
    QVERIFY(w.entryPage()->toPlainText().contains(e->en.summary));
  }

  void japaneseSearchInJapaneseUi() {
    MainWindow w(m_store, m_languages);
    w.show();
    m_languages.setLanguage(Language::Japanese);
    w.searchBox()->setText(QString::fromUtf8("ビジー"));
    QVERIFY(listedCodes(w).contains(486));
    w.searchBox()->setText(QString::fromUtf8("認証"));
    QVERIFY(listedCodes(w).contains(401));
    QVERIFY(listedCodes(w).contains(407));
  }

  void backAndForward() {
    MainWindow w(m_store, m_languages);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showEntry({Registry::Sip, 486});
    w.showEntry({Registry::Sip, 600});
    w.showComparison({Registry::Sip, 486}, {Registry::Sip, 600});
    QVERIFY(w.canGoBack());
    QVERIFY(!w.canGoForward());
    w.goBack();
    QVERIFY(!w.isComparing());
    QCOMPARE(w.currentEntry().code, 600);
    // Alt+Left and Alt+Right are the shortcuts.
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(w.currentEntry().code, 486);
    QVERIFY(w.entryPage()->toPlainText().contains("Busy Here"));
    QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(w.currentEntry().code, 600);
    w.goForward();
    QVERIFY(w.isComparing());
  }

  void linksOpenCodes() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    QVERIFY(w.entryPage()->toHtml().contains("sipref:entry/sip/600"));
    emit w.entryPage()->anchorClicked(QUrl("sipref:entry/sip/600"));
    QCOMPARE(w.currentEntry().code, 600);
    emit w.entryPage()->anchorClicked(QUrl("sipref:compare/sip/486/sip/600"));
    QVERIFY(w.isComparing());
    // Links elsewhere do nothing to the window.
    emit w.entryPage()->anchorClicked(QUrl("javascript:alert(1)"));
    QVERIFY(w.isComparing());
  }

  void remembersTheLastCodeAndGeometry() {
    QByteArray splitter;
    {
      MainWindow w(m_store, m_languages);
      w.show();
      w.resize(900, 600);
      w.showEntry({Registry::Sip, 404});
      w.close();
    }
    MainWindow again(m_store, m_languages);
    QCOMPARE(again.currentEntry().code, 404);
    QCOMPARE(again.size(), QSize(900, 600));
  }

  void filtersNarrowAndAreRemembered() {
    {
      MainWindow w(m_store, m_languages);
      w.show();
      auto *fourxx = w.findChild<QAction *>("filter-4xx");
      QVERIFY(fourxx);
      fourxx->setChecked(false);
      w.searchBox()->setText("busy");
      QVERIFY(!listedCodes(w).contains(486));
      QVERIFY(listedCodes(w).contains(600));
      auto *q850 = w.findChild<QAction *>("filter-q850");
      q850->setChecked(false);
      w.searchBox()->setText("17");
      for (const SearchHit &h : w.resultModel()->hits())
        QVERIFY(h.ref.registry != Registry::Q850);
    }
    MainWindow again(m_store, m_languages);
    QVERIFY(!again.findChild<QAction *>("filter-4xx")->isChecked());
    QVERIFY(!again.findChild<QAction *>("filter-q850")->isChecked());
    QVERIFY(again.findChild<QAction *>("filter-sip")->isChecked());
    // The last registry cannot be switched off: the list would always be empty.
    again.findChild<QAction *>("filter-warning")->setChecked(false);
    again.findChild<QAction *>("filter-sip")->setChecked(false);
    QVERIFY(again.findChild<QAction *>("filter-sip")->isChecked());
    again.setFilter({});
    QVERIFY(again.findChild<QAction *>("filter-4xx")->isChecked());
  }

  void numberInTwoRegistriesListsBoth() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.searchBox()->setText("380");
    const auto hits = w.resultModel()->hits();
    QVERIFY(hits.size() >= 2);
    QCOMPARE(hits.at(0).ref, (EntryRef{Registry::Sip, 380}));
    QCOMPARE(hits.at(1).ref, (EntryRef{Registry::Warning, 380}));
    QCOMPARE(w.resultModel()->index(1, 0).data(ResultModel::ClassRole).toString(), QStringLiteral("SIP Warning code"));
  }

  void mappingShownOnBothSides() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    QVERIFY(w.entryPage()->toHtml().contains("sipref:entry/q850/17"));
    w.showEntry({Registry::Q850, 17});
    QVERIFY(w.entryPage()->toHtml().contains("sipref:entry/sip/486"));
    QVERIFY(w.entryPage()->toPlainText().contains("Reason: Q.850;cause=17"));
    emit w.entryPage()->anchorClicked(QUrl("sipref:mapping"));
    const QString text = w.entryPage()->toPlainText();
    QVERIFY(text.contains("RFC 3398"));
    QVERIFY(text.contains("Reason header"));
    QVERIFY(text.contains("486 Busy Here"));
    QVERIFY(!w.currentEntry().isValid());
    w.goBack();
    QCOMPARE(w.currentEntry(), (EntryRef{Registry::Q850, 17}));
  }

  void notesBookmarksAndHistoryInTheWindow() {
    QTemporaryDir dir;
    UserStore user;
    QVERIFY(user.open(dir.filePath("user.sqlite")));
    MainWindow w(m_store, m_languages, &user);
    w.show();
    w.showEntry({Registry::Sip, 486});
    QVERIFY(w.notesPanel());
    QCOMPARE(w.notesPanel()->entry(), (EntryRef{Registry::Sip, 486}));
    QTest::keyClicks(w.notesPanel()->editor(), "seen on the Osaka trunk after midnight");
    QVERIFY(w.notesPanel()->saveNow());
    QCOMPARE(user.note({Registry::Sip, 486}), QStringLiteral("seen on the Osaka trunk after midnight"));
    // A note is found by search and marked in the list.
    w.searchBox()->setText("osaka");
    QVERIFY(listedCodes(w).contains(486));
    w.searchBox()->setText("486");
    QVERIFY(w.resultModel()->index(0, 0).data(ResultModel::HasNoteRole).toBool());
    // Starring from the toolbar action marks it too.
    w.bookmarksPanel()->starAction()->trigger();
    QVERIFY(user.isBookmarked({Registry::Sip, 486}));
    QTRY_VERIFY(w.resultModel()->index(0, 0).data(ResultModel::StarredRole).toBool());
    // History lists what was opened.
    w.showEntry({Registry::Sip, 600});
    auto *history = w.findChild<QListWidget *>("historyList");
    QVERIFY(history);
    QTRY_VERIFY(history->count() >= 2);
    QVERIFY(history->item(0)->text().startsWith("600"));
  }

  void zoomIsRemembered() {
    {
      MainWindow w(m_store, m_languages);
      const qreal before = w.entryPage()->font().pointSizeF();
      w.setZoom(3);
      QVERIFY(w.entryPage()->font().pointSizeF() > before);
    }
    MainWindow again(m_store, m_languages);
    QCOMPARE(again.zoom(), 3);
    again.setZoom(0);
  }

  void traceExplainerFromTheWindow() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    w.showTraceExplainer();
    QVERIFY(w.traceView()->isVisible());
    w.traceView()->explainText("SIP/2.0 486 Busy Here\r\nCall-ID: abc@host\r\nCSeq: 1 INVITE\r\n\r\n");
    QTRY_VERIFY(!w.traceView()->isScanning());
    emit w.traceView()->entryRequested({Registry::Sip, 486});
    QCOMPARE(w.currentEntry().code, 486);
    w.goBack();
    QVERIFY(w.traceView()->isVisible());
  }

  void closedStoreKeepsWorking() {
    ContentStore broken;
    QVERIFY(!broken.open("/nonexistent/content.sqlite"));
    MainWindow w(broken, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "486");
    QCOMPARE(w.resultModel()->rowCount(), 0);
    QVERIFY(w.entryPage()->toPlainText().contains("does not exist"));
  }
};

int main(int argc, char *argv[]) {
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName("SipRefTest");
  QCoreApplication::setApplicationName("tst_mainwindow");
  TestMainWindow test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
