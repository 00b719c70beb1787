// The names FreeSWITCH and Asterisk give Q.850 causes, as the trace scanner
// looks them up. Values read from signalwire/freeswitch cc93a683
// (src/switch_channel.c CAUSE_CHART, src/include/switch_types.h) and
// asterisk/asterisk f0c1c1a7 (include/asterisk/causes.h).

#include "core/VendorCauses.h"

#include <QtTest>

using namespace sipref;

class TestVendorCauses : public QObject {
  Q_OBJECT

private slots:
  // One name, two values: FreeSWITCH's PRE_EMPTED is 45, Asterisk's is 8.
  void oneNameTwoValues() {
    const VendorCause freeSwitch = vendorCause("PRE_EMPTED");
    QCOMPARE(freeSwitch.cause, 45);
    QCOMPARE(QByteArray(freeSwitch.vendor), QByteArray("FreeSWITCH"));
    const VendorCause asterisk = vendorCause("AST_CAUSE_PRE_EMPTED");
    QCOMPARE(asterisk.cause, 8);
    QCOMPARE(QByteArray(asterisk.vendor), QByteArray("Asterisk"));
  }

  void names_data() {
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("vendor");
    const QString both = QStringLiteral("FreeSWITCH, Asterisk");
    const QString fs = QStringLiteral("FreeSWITCH");
    const QString ast = QStringLiteral("Asterisk");
    QTest::newRow("both write USER_BUSY") << QByteArray("USER_BUSY") << 17 << both;
    QTest::newRow("both write INTERWORKING") << QByteArray("INTERWORKING") << 127 << both;
    QTest::newRow("AST_CAUSE_ prefix") << QByteArray("AST_CAUSE_USER_BUSY") << 17 << ast;
    QTest::newRow("Asterisk alias") << QByteArray("AST_CAUSE_BUSY") << 17 << ast;
    QTest::newRow("Asterisk alias, bare") << QByteArray("BUSY") << -1 << QString();
    QTest::newRow("FreeSWITCH's spelling") << QByteArray("UNALLOCATED_NUMBER") << 1 << fs;
    QTest::newRow("Asterisk's spelling") << QByteArray("AST_CAUSE_UNALLOCATED") << 1 << ast;
    QTest::newRow("FreeSWITCH's spelling as Asterisk")
        << QByteArray("AST_CAUSE_UNALLOCATED_NUMBER") << -1 << QString();
    QTest::newRow("FreeSWITCH only") << QByteArray("EXCHANGE_ROUTING_ERROR") << 25 << fs;
    QTest::newRow("Asterisk only") << QByteArray("AST_CAUSE_NUMBER_PORTED_NOT_HERE") << 14 << ast;
    QTest::newRow("Asterisk only, bare") << QByteArray("NUMBER_PORTED_NOT_HERE") << -1 << QString();
    QTest::newRow("lower case") << QByteArray("user_busy") << -1 << QString();
    QTest::newRow("longer name") << QByteArray("USER_BUSYX") << -1 << QString();
    QTest::newRow("prefix alone") << QByteArray("AST_CAUSE_") << -1 << QString();
    QTest::newRow("empty") << QByteArray() << -1 << QString();
  }
  void names() {
    QFETCH(QByteArray, name);
    QFETCH(int, cause);
    QFETCH(QString, vendor);
    const VendorCause v = vendorCause(name);
    QCOMPARE(v.cause, cause);
    QCOMPARE(QString::fromLatin1(v.vendor), vendor);
  }
};

QTEST_GUILESS_MAIN(TestVendorCauses)
#include "tst_vendorcauses.moc"
