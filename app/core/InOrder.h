#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace sipref {

/// Items 0, 1, 2 … made on two threads, the caller's and one of its own,
/// and handed to the caller in order: the parts of a long report (one per
/// call) are made side by side and written one after another.
///
/// Each thread takes the next item no one has taken. When the item the
/// caller wants next is still being made on the other thread, the caller
/// makes a later one instead of waiting. At most `ahead` items are made and
/// not yet handed out, so memory holds a few items, not all of them.
///
/// make(index, worker) runs on both threads at once: worker is 0 on the
/// caller's thread and 1 on the other. What it changes must be the worker's
/// own; what it reads must not change while this object exists. Handing an
/// item over costs a lock and, when the other thread sleeps, a wake-up
/// (microseconds in a virtual machine): an item should be worth more, e.g.
/// a group of calls rather than one short call.
template <typename T> class InOrder final {
  Q_DISABLE_COPY_MOVE(InOrder)

public:
  using Make = std::function<T(int index, int worker)>;

  InOrder(int count, int ahead, Make make) : m_count(count), m_ahead(qMax(ahead, 1)), m_make(std::move(make)) {
    if (m_count > 1)
      m_thread = std::thread([this] { run(); });
  }

  ~InOrder() {
    {
      std::lock_guard lock(m_mutex);
      m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
      m_thread.join();
  }

  /// Whether every item has been handed out.
  bool atEnd() const {
    std::lock_guard lock(m_mutex);
    return m_taken >= m_count;
  }

  /// The next item in order; made here, or waited for. Only while !atEnd().
  T next() {
    std::unique_lock lock(m_mutex);
    const int want = m_taken;
    Q_ASSERT(want < m_count);
    for (;;) {
      if (auto it = m_done.find(want); it != m_done.end()) {
        T item = std::move(it->second);
        m_done.erase(it);
        return handOut(lock, std::move(item));
      }
      // Not made yet and no one is making it: make it. Made on the other
      // thread: make a later one meanwhile, if there is room.
      if (m_claimed == want || (m_claimed < m_count && m_claimed - want < m_ahead)) {
        const int index = m_claimed++;
        lock.unlock();
        T item = m_make(index, 0);
        lock.lock();
        if (index == want)
          return handOut(lock, std::move(item));
        m_done.emplace(index, std::move(item));
        continue;
      }
      ++m_sleeping;
      m_changed.wait(lock);
      --m_sleeping;
    }
  }

private:
  T handOut(std::unique_lock<std::mutex> &lock, T item) {
    ++m_taken;
    const bool wake = m_sleeping > 0;
    lock.unlock();
    if (wake)
      m_changed.notify_all();
    return item;
  }

  void run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
      ++m_sleeping;
      m_changed.wait(lock, [this] { return m_stop || m_claimed >= m_count || m_claimed - m_taken < m_ahead; });
      --m_sleeping;
      if (m_stop || m_claimed >= m_count)
        return;
      const int index = m_claimed++;
      lock.unlock();
      T item = m_make(index, 1);
      lock.lock();
      m_done.emplace(index, std::move(item));
      if (m_sleeping > 0)
        m_changed.notify_all();
    }
  }

  const int m_count;
  const int m_ahead;
  const Make m_make;
  mutable std::mutex m_mutex;
  std::condition_variable m_changed;
  std::map<int, T> m_done; ///< made, not handed out yet
  int m_claimed = 0;       ///< items [0, m_claimed) are made, being made or handed out
  int m_taken = 0;         ///< items [0, m_taken) are handed out
  int m_sleeping = 0;       ///< threads waiting on m_changed
  bool m_stop = false;
  std::thread m_thread;
};

} // namespace sipref
