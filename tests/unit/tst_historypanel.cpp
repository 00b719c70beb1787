// The History panel, on the offscreen platform: it follows the user store,
// newest first, with the same rows as the result list, and opens a code.

#include "core/ContentStore.h"
#include "core/UserStore.h"
#include "ui/HistoryPanel.h"
#include "ui/ResultModel.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

class TestHistoryPanel : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  ContentStore m_content;

private slots:
  void initTestCase() { QVERIFY2(m_content.open(SIPREF_CONTENT_DB), qPrintable(m_content.errorString())); }

  void followsTheStoreNewestFirst() {
    UserStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
    HistoryPanel panel(store, m_content);
    panel.show();
    QVERIFY(panel.entries().isEmpty());
    store.recordVisit({Registry::Sip, 486});
    store.recordVisit({Registry::Q850, 17});
    QCOMPARE(panel.entries(), (QList<EntryRef>{{Registry::Q850, 17}, {Registry::Sip, 486}}));
    // The rows are the result list's: the same model, so the same roles.
    auto *model = qobject_cast<ResultModel *>(panel.view()->model());
    QVERIFY(model);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("486 Busy Here"));
    QVERIFY(!model->index(1, 0).data(ResultModel::SummaryRole).toString().isEmpty());
    QSignalSpy requested(&panel, &HistoryPanel::entryRequested);
    emit panel.view()->activated(model->index(1, 0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<EntryRef>(), (EntryRef{Registry::Sip, 486}));
    store.clearHistory();
    QVERIFY(panel.entries().isEmpty());
  }

  void aTabBehindTheResultsShowsTheVisitsWhenChosen() {
    // Behind another tab the panel lists nothing while pages are opened; the
    // visits are there, newest first, when its tab is chosen.
    UserStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("history3.sqlite"))));
    QTabWidget tabs;
    tabs.addTab(new QLabel(QStringLiteral("results")), QStringLiteral("Results"));
    auto *panel = new HistoryPanel(store, m_content);
    tabs.addTab(panel, HistoryPanel::title());
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    // The list as shown on screen (view() and entries() bring it up to date themselves).
    auto *list = panel->findChild<QListView *>();
    QVERIFY(list);
    store.recordVisit({Registry::Sip, 486});
    store.recordVisit({Registry::Sip, 603});
    store.recordVisit({Registry::Q850, 17});
    tabs.setCurrentWidget(panel);
    QTRY_VERIFY(panel->isVisible());
    auto *model = list->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(model->index(0, 0).data().toString().contains(m_content.entry({Registry::Q850, 17})->en.name));
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("486 Busy Here"));
    QCOMPARE(panel->entries(), (QList<EntryRef>{{Registry::Q850, 17}, {Registry::Sip, 603}, {Registry::Sip, 486}}));
    QVERIFY(panel->view()->isVisibleTo(panel));
  }

  void titlesFollowTheLanguage() {
    UserStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("history2.sqlite"))));
    store.recordVisit({Registry::Q850, 17});
    HistoryPanel panel(store, m_content);
    auto *model = panel.view()->model();
    const QString english = model->index(0, 0).data().toString();
    panel.setLanguage(Language::Japanese);
    QVERIFY(model->index(0, 0).data().toString() != english);
    QVERIFY(model->index(0, 0).data().toString().contains(m_content.entry({Registry::Q850, 17})->ja.name));
  }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
