// The Bookmarks list, on the offscreen platform: star and unstar the code
// shown, the list follows the store, activating a row asks for the code,
// Delete removes a star, titles follow the language.

#include "common/TestCodes.h"
#include "core/ContentStore.h"
#include "core/UserStore.h"
#include "ui/BookmarksPanel.h"
#include "ui/LanguageManager.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;
using namespace sipref::test;

class TestBookmarksPanel : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  ContentStore m_content;
  UserStore m_store;
  LanguageManager m_languages;
  int m_counter = 0;

  QStringList rows(const BookmarksPanel &panel) {
    QStringList out;
    for (int i = 0; i < panel.model()->rowCount(); ++i)
      out << panel.model()->index(i, 0).data().toString();
    return out;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_content.open(SIPREF_CONTENT_DB), qPrintable(m_content.errorString()));
  }

  void init() {
    m_languages.setLanguage(Language::English);
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("bookmarks%1.sqlite").arg(++m_counter))));
  }

  /// The empty-list text reaches its label when the panel is shown (a hidden
  /// tab's wrapped label is not laid out at startup), in the current language.
  void emptyTextShowsWithThePanel() {
    QTabWidget tabs;
    auto *other = new QWidget;
    tabs.addTab(other, QStringLiteral("Results"));
    auto *panel = new BookmarksPanel(m_store, m_content);
    tabs.addTab(panel, QStringLiteral("Bookmarks"));
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    auto shownText = [panel] {
      for (QLabel *label : panel->findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QStringLiteral("No bookmarks yet")))
          return true;
      return false;
    };
    QVERIFY(!shownText());
    tabs.setCurrentWidget(panel);
    QVERIFY(shownText());
    m_languages.setLanguage(Language::Japanese);
    QCoreApplication::sendPostedEvents(); // the LanguageChange events
    bool japanese = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
      japanese = japanese || (label->isVisible() && label->text().contains(QStringLiteral("ブックマーク")));
    m_languages.setLanguage(Language::English);
    QCoreApplication::sendPostedEvents();
    QVERIFY(japanese);
  }

  void starAndUnstarTheCodeShown() {
    BookmarksPanel panel(m_store, m_content);
    panel.show();
    QVERIFY(!panel.starAction()->isEnabled()); // nothing shown yet
    QVERIFY(rows(panel).isEmpty());
    panel.setCurrentEntry(k486);
    QVERIFY(panel.starAction()->isEnabled());
    QVERIFY(!panel.starAction()->isChecked());
    QVERIFY(panel.starAction()->toolTip().contains(QStringLiteral("486")));
    panel.starAction()->trigger();
    QVERIFY(m_store.isBookmarked(k486));
    QVERIFY(panel.starAction()->isChecked());
    QCOMPARE(rows(panel), QStringList{QStringLiteral("486 Busy Here")});
    panel.starAction()->trigger();
    QVERIFY(!m_store.isBookmarked(k486));
    QVERIFY(rows(panel).isEmpty());
  }

  void theListFollowsTheStore() {
    BookmarksPanel panel(m_store, m_content);
    panel.show();
    panel.setCurrentEntry(k600);
    m_store.setBookmarked(kCause17, true);
    m_store.setBookmarked(k600, true);
    m_store.setBookmarked(k486, true);
    QCOMPARE(panel.entries(), (QList<EntryRef>{k486, k600, kCause17}));
    QVERIFY(panel.starAction()->isChecked()); // starred elsewhere, shown here
    QCOMPARE(rows(panel).at(2), QStringLiteral("Cause 17 User busy"));
    // An import shows up too.
    QVERIFY(m_store.importData({{EntryRef{Registry::Warning, 399}, {}}}, {}));
    QCOMPARE(panel.entries().size(), 4);
  }

  void activatingARowAsksForTheCode() {
    m_store.setBookmarked(k486, true);
    m_store.setBookmarked(k600, true);
    BookmarksPanel panel(m_store, m_content);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy requested(&panel, &BookmarksPanel::entryRequested);
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(1, 0));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<EntryRef>(), k600);
    // Double-click as well.
    const QRect rect = panel.view()->visualRect(panel.model()->index(0, 0));
    // (The view only takes a double click whose first press it saw.)
    QTest::mousePress(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(requested.count() >= 2);
    QCOMPARE(requested.last().first().value<EntryRef>(), k486);
  }

  void deleteRemovesTheStarOfTheSelectedRow() {
    m_store.setBookmarked(k486, true);
    m_store.setBookmarked(k600, true);
    BookmarksPanel panel(m_store, m_content);
    panel.show();
    panel.view()->setFocus();
    panel.view()->setCurrentIndex(panel.model()->index(0, 0));
    QTest::keyClick(panel.view(), Qt::Key_Delete);
    QCOMPARE(m_store.bookmarkedRefs(), QList<EntryRef>{k600});
    // The selection moves to the row that took its place.
    QCOMPARE(panel.view()->currentIndex().row(), 0);
  }

  void titlesFollowTheLanguage() {
    m_store.setBookmarked(kCause17, true);
    BookmarksPanel panel(m_store, m_content);
    panel.show();
    m_languages.setLanguage(Language::Japanese);
    panel.setLanguage(Language::Japanese);
    const auto cause = m_content.entry(kCause17);
    QVERIFY(cause);
    QVERIFY2(rows(panel).first().contains(cause->ja.name), qPrintable(rows(panel).first()));
    QVERIFY2(rows(panel).first() != QStringLiteral("Cause 17 User busy"), qPrintable(rows(panel).first()));
  }
};

QTEST_MAIN(TestBookmarksPanel)
#include "tst_bookmarkspanel.moc"
