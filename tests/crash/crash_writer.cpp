// Writes notes, bookmarks and history visits to a UserStore as fast as it
// can, and prints one line per write only after the write has committed:
//
//   <id> <kind> <registry:code>
//
// tst_crashsafety kills this program with SIGKILL at random moments and
// then checks that every printed write is in the database. What each write
// stores follows from its id alone (see crashwrite.h), so the checker knows
// what to expect without asking this program.
//
// usage: sipref-crash-writer <database> <first id> [<count>]

#include "crashwrite.h"

#include "core/UserStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sipref;

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 3) {
    std::fprintf(stderr, "usage: sipref-crash-writer <database> <first id> [<count>]\n");
    return 2;
  }
  const qint64 first = args.at(2).toLongLong();
  const qint64 count = args.size() > 3 ? args.at(3).toLongLong() : -1;

  UserStore store;
  store.setHistoryLimit(crashwrite::kHistoryLimit);
  if (!store.open(args.at(1)) || !store.isPersistent()) {
    std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(store.notice()));
    return 1;
  }
  if (!store.notice().isEmpty()) // a moved-aside file here means a lost write: say so loudly
    std::fprintf(stderr, "notice: %s\n", qPrintable(store.notice()));
  std::printf("open\n");
  std::fflush(stdout);

  for (qint64 id = first; count < 0 || id < first + count; ++id) {
    const crashwrite::Write w = crashwrite::writeFor(id);
    bool ok = false;
    switch (w.kind) {
    case crashwrite::Kind::Note:
      ok = store.setNote(w.ref, crashwrite::noteText(id));
      break;
    case crashwrite::Kind::Bookmark:
      ok = store.setBookmarked(w.ref, w.starred);
      break;
    case crashwrite::Kind::Visit:
      ok = store.recordVisit(w.ref);
      break;
    }
    if (!ok) {
      std::fprintf(stderr, "write %lld failed: %s\n", id, qPrintable(store.errorString()));
      return 1;
    }
    std::printf("%lld\n", id);
    std::fflush(stdout);
  }
  return 0;
}
