// Settings: every remembered value goes through one class; defaults when
// nothing was saved, and what is saved comes back.

#include "core/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

class TestSettings : public QObject {
  Q_OBJECT

private slots:
  void init() { QSettings().clear(); }

  void defaults() {
    QVERIFY(!Settings::language());
    QCOMPARE(Settings::zoom(), 0);
    QVERIFY(!Settings::lastEntry());
    QVERIFY(Settings::searchFilter().registries.isEmpty());
    QVERIFY(Settings::searchFilter().sipClasses.isEmpty());
    QVERIFY(Settings::paper().isEmpty());
    // New users get the common codes in the quiz.
    QVERIFY(Settings::quiz().commonOnly);
    QCOMPARE(Settings::quiz().questionCount, 10);
  }

  void roundTrip() {
    Settings::setLanguage(Language::Japanese);
    QCOMPARE(Settings::language(), Language::Japanese);
    Settings::setZoom(3);
    QCOMPARE(Settings::zoom(), 3);
    Settings::setLastEntry({Registry::Q850, 17});
    QCOMPARE(Settings::lastEntry(), (EntryRef{Registry::Q850, 17}));
    SearchFilter f;
    f.registries = {Registry::Sip, Registry::Q850};
    f.sipClasses = {4, 6};
    Settings::setSearchFilter(f);
    QCOMPARE(Settings::searchFilter().registries, f.registries);
    QCOMPARE(Settings::searchFilter().sipClasses, f.sipClasses);
    QuizSettings q;
    q.registries = {Registry::Warning};
    q.sipClasses = {2};
    q.questionCount = 7;
    q.commonOnly = false;
    Settings::setQuiz(q);
    QCOMPARE(Settings::quiz().registries, q.registries);
    QCOMPARE(Settings::quiz().sipClasses, q.sipClasses);
    QCOMPARE(Settings::quiz().questionCount, 7);
    QVERIFY(!Settings::quiz().commonOnly);
  }

  void keysUsersAlreadyHaveStillRead() {
    // Written by earlier versions under these keys: renaming one loses it.
    QSettings s;
    s.setValue("language", "en");
    s.setValue("filter/classes", QStringList{"1xx", "2xx", "3xx", "4xx", "5xx", "6xx"});
    s.setValue("filter/registries", QStringList{"sip", "bogus"});
    s.setValue("lastEntry", "sip:486");
    QCOMPARE(Settings::language(), Language::English);
    // Every class named is the same as no filter; an unknown key is ignored.
    QVERIFY(Settings::searchFilter().sipClasses.isEmpty());
    QCOMPARE(Settings::searchFilter().registries, QList<Registry>{Registry::Sip});
    QCOMPARE(Settings::lastEntry(), (EntryRef{Registry::Sip, 486}));
  }
};

int main(int argc, char *argv[]) {
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
  QCoreApplication app(argc, argv);
  QCoreApplication::setOrganizationName("SipRefTest");
  QCoreApplication::setApplicationName("tst_settings");
  TestSettings test;
  return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
