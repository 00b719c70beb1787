// InOrder: items made on two threads come out in order, each made once,
// with no more than `ahead` waiting; the explainer's shared use reads only
// what it looked up first.
#include "core/InOrder.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

using namespace sipref;

class TestInOrder : public QObject {
  Q_OBJECT

private slots:
  void handsOutEveryItemOnceInOrder_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("ahead");
    QTest::newRow("none") << 0 << 4;
    QTest::newRow("one") << 1 << 4;
    QTest::newRow("two") << 2 << 1;
    QTest::newRow("many, one ahead") << 1000 << 1;
    QTest::newRow("many, four ahead") << 5000 << 4;
  }
  void handsOutEveryItemOnceInOrder() {
    QFETCH(int, count);
    QFETCH(int, ahead);
    std::atomic<int> made[2] = {0, 0};
    std::vector<std::atomic<int>> times(size_t(count) + 1);
    InOrder<std::vector<int>> items(count, ahead, [&](int index, int worker) {
      ++made[worker];
      ++times[size_t(index)];
      return std::vector<int>(size_t(index % 7 + 1), index);
    });
    for (int i = 0; i < count; ++i) {
      QVERIFY(!items.atEnd());
      const std::vector<int> item = items.next();
      QCOMPARE(item.size(), size_t(i % 7 + 1));
      QCOMPARE(item.front(), i);
    }
    QVERIFY(items.atEnd());
    QCOMPARE(made[0] + made[1], count);
    for (int i = 0; i < count; ++i)
      QCOMPARE(times[size_t(i)].load(), 1);
  }

  void bothThreadsMakeItems() {
    // Items that take a while: the caller, waiting for one being made on the
    // other thread, makes later ones, and the other thread makes some too.
    std::atomic<int> made[2] = {0, 0};
    std::set<std::thread::id> threads;
    std::mutex mutex;
    InOrder<int> items(200, 4, [&](int index, int worker) {
      ++made[worker];
      {
        std::lock_guard lock(mutex);
        threads.insert(std::this_thread::get_id());
      }
      std::this_thread::sleep_for(std::chrono::microseconds(300));
      return index * 2;
    });
    for (int i = 0; i < 200; ++i)
      QCOMPARE(items.next(), i * 2);
    QVERIFY2(made[0] > 0 && made[1] > 0, qPrintable(QStringLiteral("%1 / %2").arg(made[0]).arg(made[1])));
    QCOMPARE(int(threads.size()), 2);
  }

  void keepsAtMostAheadWaiting() {
    // The caller takes nothing for a while: the other thread stops after
    // `ahead` items instead of making them all.
    std::atomic<int> made{0};
    InOrder<int> items(100, 3, [&](int index, int) {
      ++made;
      return index;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QCOMPARE(made.load(), 3);
    QCOMPARE(items.next(), 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QCOMPARE(made.load(), 4);
  }

  void endsEarlyWithoutTakingEverything() {
    // Destroyed before every item is taken: the other thread stops and joins.
    std::atomic<int> made{0};
    {
      InOrder<int> items(1000, 2, [&](int index, int) {
        ++made;
        return index;
      });
      QCOMPARE(items.next(), 0);
    }
    QVERIFY(made.load() <= 4);
  }
};

QTEST_GUILESS_MAIN(TestInOrder)
#include "tst_inorder.moc"
