// SingleInstance: a second launch hands its arguments to the running one;
// a socket left by a crashed instance does not block the next start.

#include "ui/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace sipref;

namespace {

QString uniqueKey() {
  return QStringLiteral("sipref-test-%1-%2")
      .arg(QCoreApplication::applicationPid())
      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// A second launch, as in its own process: hands off from another thread
/// while this one runs the first instance's event loop.
class Launch {
public:
  Launch(const QString &key, const QStringList &arguments) {
    m_thread = QThread::create([this, key, arguments] {
      SingleInstance second(key);
      m_result = second.handOff(arguments) ? 1 : 0;
    });
    m_thread->start();
  }
  ~Launch() {
    m_thread->wait();
    delete m_thread;
  }
  /// 1: handed off, 0: nobody took the arguments, -1: still trying.
  int result() {
    m_thread->wait();
    return m_result;
  }
  bool finished() const { return m_thread->isFinished(); }

private:
  QThread *m_thread = nullptr;
  std::atomic<int> m_result{-1};
};

} // namespace

class TestSingleInstance : public QObject {
  Q_OBJECT

private slots:
  void handsArgumentsToTheRunningInstance() {
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    Launch second(key, {QStringLiteral("302")});
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toStringList(), QStringList{"302"});
    QCOMPARE(second.result(), 1);

    // A launch without arguments only brings the window forward.
    Launch third(key, {});
    QVERIFY(received.wait(5000));
    QCOMPARE(received.last().first().toStringList(), QStringList());
    QCOMPARE(third.result(), 1);
  }

  void argumentsKeepTheirText() {
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    const QStringList args{QStringLiteral("Reason: Q.850;cause=17;text=\"User busy\""),
                           QString::fromUtf8("話中")};
    Launch second(key, args);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toStringList(), args);
    QCOMPARE(second.result(), 1);
  }

  void nobodyRunning() {
    SingleInstance alone(uniqueKey());
    QVERIFY(!alone.handOff({QStringLiteral("486")}, 1000));
    QVERIFY(alone.listen());
    QVERIFY(alone.isListening());
  }

  void secondListenerIsRefused() {
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    // The kernel completes the probe's connection without the first
    // instance's event loop, so this needs no second thread.
    SingleInstance second(key);
    QVERIFY(!second.listen());
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(first.isListening());
  }

  void staleSocketDoesNotBlockStart() {
#ifdef Q_OS_UNIX
    // What a crashed instance leaves: a socket file nobody listens on.
    const QString key = uniqueKey();
    const QByteArray path = QFile::encodeName(QDir::tempPath() + u'/' + key);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

    SingleInstance next(key);
    QVERIFY(!next.handOff({QStringLiteral("302")}, 1000));
    QVERIFY2(next.listen(), qPrintable(next.errorString()));
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    Launch later(key, {QStringLiteral("486")});
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toStringList(), QStringList{"486"});
    QCOMPARE(later.result(), 1);
#else
    QSKIP("socket files are a Unix matter");
#endif
  }

  void strangersAreIgnored() {
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QLocalSocket stranger;
    stranger.connectToServer(key);
    QVERIFY(stranger.waitForConnected(2000));
    stranger.write(QByteArray("\x00\x00\x00\x08GET / HTTP", 14));
    stranger.flush();
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(received.size(), 0);
    // A real launch still gets through.
    Launch second(key, {QStringLiteral("603")});
    QVERIFY(received.wait(5000));
    QCOMPARE(second.result(), 1);
  }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
