// The main window on the offscreen platform: as-you-type search, keyboard,
// comparison, language switching, history and remembered state.

#include "core/ContentStore.h"
#include "core/UserStore.h"
#include "ui/BookmarksPanel.h"
#include "ui/CompareView.h"
#include "ui/HistoryPanel.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/NotesPanel.h"
#include "ui/Palette.h"
#include "ui/ResultModel.h"
#include "ui/SearchPane.h"
#include "ui/TraceView.h"
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>

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

  /// A shown window with a user store of its own, in a fresh folder.
  struct WindowWithUser {
    WindowWithUser(ContentStore &content, LanguageManager &languages)
        : opened(user.open(dir.filePath("user.sqlite"))), window(content, languages, &user) {
      window.show();
    }
    QTemporaryDir dir;
    UserStore user;
    const bool opened;
    MainWindow window;
  };

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
    again.searchPane()->setFilter({});
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
    WindowWithUser fixture(m_store, m_languages);
    QVERIFY(fixture.opened);
    MainWindow &w = fixture.window;
    UserStore &user = fixture.user;
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
    auto *history = w.findChild<HistoryPanel *>("historyPanel");
    QVERIFY(history);
    QTRY_VERIFY(history->entries().size() >= 2);
    QCOMPARE(history->entries().first(), (EntryRef{Registry::Sip, 600}));
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

  void swapKeepsBothCodes() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showComparison({Registry::Sip, 486}, {Registry::Sip, 600});
    w.compareView()->swap();
    QCOMPARE(w.compareView()->left().code, 600);
    QCOMPARE(w.compareView()->right().code, 486);
    QVERIFY(w.compareView()->rightPicker()->currentText().startsWith("486"));
    const QString text = w.compareView()->browser()->toPlainText();
    QVERIFY(text.contains("Busy Here"));
    QVERIFY(text.indexOf("Busy Everywhere") < text.indexOf("Busy Here"));
    // Back returns to the order before the swap.
    w.goBack();
    QCOMPARE(w.compareView()->left().code, 486);
  }

  void pickerTakesATypedCodeOnEnter() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showComparison({Registry::Sip, 486}, {Registry::Sip, 404});
    QComboBox *right = w.compareView()->rightPicker();
    right->lineEdit()->selectAll();
    QTest::keyClicks(right->lineEdit(), "600");
    QTest::keyClick(right->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(w.compareView()->right().code, 600);
    QVERIFY(right->currentText().startsWith("600 Busy Everywhere"));
    QVERIFY(w.compareView()->browser()->toPlainText().contains("Busy Everywhere"));
    // Words work too: the best match, as in the search box.
    QComboBox *left = w.compareView()->leftPicker();
    left->lineEdit()->selectAll();
    QTest::keyClicks(left->lineEdit(), "cause 17");
    QTest::keyClick(left->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(w.compareView()->left(), (EntryRef{Registry::Q850, 17}));
  }

  void ctrlEFromTheSearchBox() {
    // QLineEdit takes Ctrl+E as "end of line" where the platform's keys are
    // X11's (run with -platform xcb to see it); the window's shortcut wins.
    MainWindow w(m_store, m_languages);
    w.show();
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.searchBox()->setFocus();
    QTest::keyClicks(w.searchBox(), "486");
    QTest::keyClick(w.searchBox(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(w.traceView()->isVisible());
    QCOMPARE(w.searchBox()->text(), QStringLiteral("486"));
    // Ctrl+D and Ctrl+M from there too.
    w.searchBox()->setFocus();
    QTest::keyClick(w.searchBox(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(w.isComparing());
    w.searchBox()->setFocus();
    QTest::keyClick(w.searchBox(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(w.entryPage()->toPlainText().contains("RFC 3398"));
  }

  void noMatchReplacesTheOldPage() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "486");
    QVERIFY(w.entryPage()->toPlainText().contains("Busy Here"));
    w.searchBox()->clear();
    QTest::keyClicks(w.searchBox(), "forbidenzzq");
    QCOMPARE(w.resultModel()->rowCount(), 0);
    const QString text = w.entryPage()->toPlainText();
    QVERIFY2(!text.contains("Busy Here"), qPrintable(text));
    QVERIFY(text.contains("Nothing matches"));
    QVERIFY(text.contains("forbidenzzq"));
    QVERIFY(!w.currentEntry().isValid());
    // Typing on shows a code again.
    w.searchBox()->setText("600");
    QCOMPARE(w.currentEntry().code, 600);
    QVERIFY(w.entryPage()->toPlainText().contains("Busy Everywhere"));
  }

  void languageSwitchKeepsTheComparison() {
    MainWindow w(m_store, m_languages);
    w.show();
    QTest::keyClicks(w.searchBox(), "404");
    w.showComparison({Registry::Sip, 486}, {Registry::Sip, 600});
    m_languages.setLanguage(Language::Japanese);
    QTRY_VERIFY(
        w.compareView()->browser()->toPlainText().contains(m_store.entry({Registry::Sip, 486})->ja.meaning));
    QVERIFY(w.isComparing());
    QCOMPARE(w.compareView()->left().code, 486);
    QCOMPARE(w.compareView()->right().code, 600);
    QCOMPARE(w.currentEntry().code, 486);
    // The trace explainer stays too.
    w.showTraceExplainer();
    m_languages.setLanguage(Language::English);
    QTRY_VERIFY(w.traceView()->isVisible());
    QVERIFY(!w.isComparing());
  }

  void typedCodesGoIntoBackAndHistory() {
    WindowWithUser fixture(m_store, m_languages);
    QVERIFY(fixture.opened);
    MainWindow &w = fixture.window;
    UserStore &user = fixture.user;
    QTest::keyClicks(w.searchBox(), "486");
    QVERIFY(!w.canGoBack());
    // Staying on it for a moment makes it a visit.
    QTRY_VERIFY_WITH_TIMEOUT(!w.history().isPreview(), MainWindow::kDwellMs * 3);
    QCOMPARE(user.history(10).value(0).ref, (EntryRef{Registry::Sip, 486}));
    w.searchBox()->selectAll();
    QTest::keyClicks(w.searchBox(), "600");
    QVERIFY(w.canGoBack());
    // Codes passed while typing ("6", "60") are not steps of their own.
    w.goBack();
    QCOMPARE(w.currentEntry().code, 486);
    QVERIFY(!w.canGoBack());
    // Scrolling a previewed page keeps it as well.
    w.searchBox()->selectAll();
    QTest::keyClicks(w.searchBox(), "404");
    w.entryPage()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QVERIFY(!w.history().isPreview());
    QCOMPARE(user.history(10).value(0).ref, (EntryRef{Registry::Sip, 404}));
  }

  void backRestoresTheScrollPosition() {
    MainWindow w(m_store, m_languages);
    w.resize(900, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showEntry({Registry::Sip, 486});
    QScrollBar *bar = w.entryPage()->verticalScrollBar();
    QVERIFY(bar->maximum() > 100);
    bar->setValue(bar->maximum() / 2);
    const int position = bar->value();
    w.showEntry({Registry::Sip, 600});
    QCOMPARE(bar->value(), 0);
    w.goBack();
    QCOMPARE(w.currentEntry().code, 486);
    QCOMPARE(bar->value(), position);
  }

  void windowTitles() {
    QApplication::setApplicationDisplayName("SipRef");
    MainWindow w(m_store, m_languages);
    w.show();
    // Qt adds " — SipRef" itself; the title must not say it again.
    QCOMPARE(w.windowTitle(), QStringLiteral("SIP and Q.850 code reference"));
    w.showEntry({Registry::Sip, 486});
    QCOMPARE(w.windowTitle(), QStringLiteral("486 Busy Here"));
    w.showComparison({Registry::Sip, 486}, {Registry::Sip, 600});
    QCOMPARE(w.windowTitle(), QStringLiteral("486 vs 600"));
    w.showMapping();
    QVERIFY(!w.windowTitle().contains("SipRef"));
    w.showTraceExplainer();
    QVERIFY(!w.windowTitle().contains("SipRef"));
    QApplication::setApplicationDisplayName(QString());
  }

  void hiddenResultsAreShown() {
    MainWindow w(m_store, m_languages);
    w.show();
    auto *notice = w.findChild<QLabel *>("hiddenByFilters");
    QVERIFY(notice);
    w.searchBox()->setText("busy");
    QVERIFY(notice->isHidden());
    w.findChild<QAction *>("filter-4xx")->setChecked(false);
    QVERIFY(w.searchPane()->hiddenByFilter() >= 1);
    QVERIFY(!notice->isHidden());
    QVERIFY(
        notice->text().contains(QString::number(w.searchPane()->hiddenByFilter()) + " hidden by filters"));
    QVERIFY(!listedCodes(w).contains(486));
    // The page follows the list: 486 is hidden, so it is not what is shown.
    QCOMPARE(w.currentEntry().code, listedCodes(w).first());
    // "show all" switches every filter back on.
    emit notice->linkActivated("#all");
    QVERIFY(listedCodes(w).contains(486));
    QCOMPARE(w.currentEntry().code, 486);
    QVERIFY(w.findChild<QAction *>("filter-4xx")->isChecked());
    QVERIFY(notice->isHidden());
  }

  void typingBringsBackTheResults() {
    WindowWithUser fixture(m_store, m_languages);
    QVERIFY(fixture.opened);
    MainWindow &w = fixture.window;
    QTabWidget *tabs = w.searchPane()->tabs();
    tabs->setCurrentIndex(2);
    QTest::keyClicks(w.searchBox(), "48");
    QCOMPARE(tabs->currentIndex(), 0);
    tabs->setCurrentIndex(1);
    QTest::keyClick(w.searchBox(), Qt::Key_Down);
    QCOMPARE(tabs->currentIndex(), 0);
  }

  void starringFromTheMenuAndKeyboard() {
    WindowWithUser fixture(m_store, m_languages);
    QVERIFY(fixture.opened);
    MainWindow &w = fixture.window;
    UserStore &user = fixture.user;
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showEntry({Registry::Sip, 486});
    QAction *star = w.bookmarksPanel()->starAction();
    bool inMenu = false;
    for (QAction *menu : w.menuBar()->actions())
      inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(star));
    QVERIFY(inMenu);
    QCOMPARE(star->text(), QStringLiteral("Star 486"));
    w.searchBox()->setFocus();
    QTest::keyClick(w.searchBox(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(user.isBookmarked({Registry::Sip, 486}));
  }

  void helpShowsTheWelcomePage() {
    MainWindow w(m_store, m_languages);
    w.show();
    w.showEntry({Registry::Sip, 486});
    QAction *welcome = nullptr;
    for (QAction *menu : w.menuBar()->actions())
      if (menu->text() == "&Help")
        welcome = menu->menu()->actions().value(0);
    QVERIFY(welcome);
    welcome->trigger();
    const QString text = w.entryPage()->toPlainText();
    QVERIFY(text.contains("Keys"));
    QVERIFY(text.contains("Ctrl+E"));
    QVERIFY(text.contains("How to use it"));
    w.goBack();
    QCOMPARE(w.currentEntry().code, 486);
  }

  void darkPalettePlaceholdersAreReadable() {
    // A dark theme whose hint colour is barely lighter than the background.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x30, 0x30, 0x30));
    QVERIFY(contrastRatio(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) < 1.5);
    const QPalette fixed = withReadablePlaceholders(dark);
    const QColor hint = fixed.color(QPalette::PlaceholderText);
    QVERIFY2(contrastRatio(hint, fixed.color(QPalette::Base)) >= 3.0, qPrintable(hint.name()));
    // Still a hint: less contrast than the text itself.
    QVERIFY(contrastRatio(hint, fixed.color(QPalette::Base)) <
            contrastRatio(fixed.color(QPalette::Text), fixed.color(QPalette::Base)));
    // Qt's default, the text at half opacity, is judged as it shows.
    QPalette halfText = dark;
    halfText.setColor(QPalette::PlaceholderText, QColor(0xe8, 0xe8, 0xe8, 40));
    QVERIFY(withReadablePlaceholders(halfText).color(QPalette::PlaceholderText).alpha() == 255);
    // A readable placeholder is left alone.
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    QCOMPARE(withReadablePlaceholders(light).color(QPalette::PlaceholderText), QColor(0x70, 0x70, 0x70));
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
