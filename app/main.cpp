// SipRef: picks the command line or the window; see cli/Cli.h and ui/MainWindow.h.

#include "cli/Cli.h"
#include "core/ContentLocator.h"
#include "core/ContentStore.h"
#include "core/Query.h"
#include "core/Search.h"
#include "core/UserStore.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include "ui/Icons.h"
#include "ui/Palette.h"
#include "StartupMarker.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QListView>
#include <QMessageBox>
#include <QTimer>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <fontconfig/fontconfig.h>

#include <dlfcn.h>

namespace {

/// Where startup time goes: with SIPREF_BENCH_STARTUP set, each step's end
/// is printed on stderr in milliseconds since main() began (startup.py reads
/// only stdout, so the spans do not disturb it).
class StartupSpans final {
public:
  StartupSpans() : m_on(qEnvironmentVariableIsSet("SIPREF_BENCH_STARTUP")) { m_clock.start(); }
  void mark(const char *step) const {
    if (m_on)
      std::fprintf(stderr, "startup %7.2f ms  %s\n", double(m_clock.nsecsElapsed()) / 1e6, step);
  }

private:
  bool m_on;
  QElapsedTimer m_clock;
};


void setApplicationInfo() {
  QCoreApplication::setOrganizationName(QStringLiteral("SipRef"));
  QCoreApplication::setApplicationName(QStringLiteral("sipref"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SIPREF_VERSION));
}

/// "sipref 486", "sipref USER_BUSY": the window opens on that code; words that
/// name no code, or only through a corrected spelling, go to the search box.
void openArguments(sipref::MainWindow &window, const sipref::ContentStore &store, sipref::Language language,
                   const QStringList &arguments) {
  const QString text = arguments.join(u' ').trimmed();
  if (text.isEmpty() || !store.isOpen())
    return;
  const auto hits = sipref::Search(store).run(text, language, {}, 1).hits;
  // A corrected spelling goes to the search box, which says "Did you mean …".
  if (!hits.isEmpty() && !hits.first().corrected)
    window.showEntry(hits.first().ref);
  else
    window.setSearchText(text);
}

/// For tests/bench/startup.py (SIPREF_BENCH_STARTUP set): once the result
/// list has painted with results, prints "painted peak_kb=N" (peak resident
/// memory) and quits.
class StartupProbe final : public QObject {
public:
  StartupProbe(QListView *list, const StartupSpans *spans) : QObject(list), m_list(list), m_spans(spans) {
    list->viewport()->installEventFilter(this);
  }

  bool eventFilter(QObject *watched, QEvent *event) override {
    if (event->type() == QEvent::Paint && m_list->model() && m_list->model()->rowCount() > 0) {
      watched->removeEventFilter(this);
      m_spans->mark("first paint of the results");
      QTimer::singleShot(0, this, &sipref::bench::reportPaintedAndQuit);
    }
    return false;
  }

private:
  QListView *m_list;
  const StartupSpans *m_spans;
};

} // namespace

int main(int argc, char *argv[]) {
  const StartupSpans spans;
  QStringList arguments;
  for (int i = 0; i < argc; ++i)
    arguments << QString::fromLocal8Bit(argv[i]);

  if (sipref::cli::wantsCli(arguments)) {
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    return sipref::cli::run(app.arguments());
  }

  // The fonts: fontconfig reads its configuration and font cache, then Qt
  // builds its font database, the first time a widget needs a font - some
  // 30 million instructions, the largest single part of the time to the
  // first paint. Both are thread-safe (fontconfig since 2.11, every
  // QFontDatabase function), so they run on a second thread: fontconfig
  // while QApplication is made, the database while this thread opens the
  // single-instance socket, the translations and both databases. The first
  // widget with text waits for it, if it is not done by then.
  struct Fonts {
    std::mutex mutex;
    std::condition_variable ready;
    bool application = false;
    std::thread thread;
    void applicationMade() {
      std::lock_guard lock(mutex);
      application = true;
      ready.notify_all();
    }
  } fonts;
  fonts.thread = std::thread([&fonts] {
    // Qt's SQLite driver and SQLite itself, loaded and relocated here while
    // QApplication is made; the content database's open then finds them
    // loaded (the loader knows a file it has loaded) instead of loading them
    // first. Nothing is called in them; if the file is not there, Qt loads
    // its driver as usual.
    dlopen(SIPREF_QT_PLUGINS "/sqldrivers/libqsqlite.so", RTLD_NOW | RTLD_LOCAL);
    FcInit();
    std::unique_lock lock(fonts.mutex);
    fonts.ready.wait(lock, [&fonts] { return fonts.application; });
    lock.unlock();
    QFontDatabase::families(); // needs the platform QApplication loads
  });
  QApplication app(argc, argv);
  // The thread uses the application's font database: it ends before the
  // application does, also when this launch only hands its arguments over.
  struct FontsEnd {
    Fonts &fonts;
    ~FontsEnd() { fonts.thread.join(); }
  } fontsEnd{fonts};
  fonts.applicationMade();
  spans.mark("QApplication");
  setApplicationInfo();
  QApplication::setApplicationDisplayName(QStringLiteral("SipRef"));
  sipref::icons::useDrawnStandardIcons();
  sipref::keepPlaceholdersReadable(app);

  // One window per user: a second launch hands its arguments to the first.
  const QStringList rest = app.arguments().mid(1);
  sipref::SingleInstance instance;
  if (instance.handOff(rest))
    return 0;
  instance.listen(); // when it cannot, this instance simply runs alone
  spans.mark("single instance");

  sipref::LanguageManager languages;
  languages.setLanguage(sipref::LanguageManager::initialLanguage());

  QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sipref.SipRef"));
  spans.mark("language");

  sipref::ContentStore store;
  const bool opened = store.open(sipref::locateContentDatabase());
  spans.mark("content database");
  // The user's own data: a damaged file is moved aside and a fresh one
  // started; a read-only place keeps the data in memory. Either way the
  // window works and the user is told.
  sipref::UserStore user;
  user.open();
  spans.mark("user database");
  sipref::MainWindow window(store, languages, &user);
  spans.mark("window built");
  if (qEnvironmentVariableIsSet("SIPREF_BENCH_STARTUP"))
    new StartupProbe(window.resultView(), &spans);
  window.show();
  spans.mark("window shown");
  if (!opened)
    QMessageBox::critical(&window, QObject::tr("SipRef"), store.errorString());
  if (!user.notice().isEmpty())
    QMessageBox::warning(&window, QObject::tr("SipRef"), user.notice());

  openArguments(window, store, languages.language(), rest);
  QObject::connect(&instance, &sipref::SingleInstance::argumentsReceived, &window,
                   [&](const QStringList &arguments) {
                     openArguments(window, store, languages.language(), arguments);
                     if (window.isMinimized())
                       window.showNormal();
                     window.show();
                     window.raise();
                     window.activateWindow();
                   });
  return app.exec();
}
