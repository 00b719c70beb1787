// Renders the main window in a given state to a PNG, for looking at the
// application as a user sees it (used by the README's screenshot step).
//   sipref-screenshot --lang ja --entry 486 --out main_ja.png
//   sipref-screenshot --compare 100 302 --out compare.png
//   sipref-screenshot --search busy --out search.png

#include "core/ContentLocator.h"
#include "core/ContentStore.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

using namespace sipref;

int main(int argc, char *argv[]) {
  QTemporaryDir config;
  qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
  QApplication app(argc, argv);
  QCommandLineParser p;
  const QCommandLineOption lang("lang", "en or ja", "lang", "en");
  const QCommandLineOption entry("entry", "code to show", "ref");
  const QCommandLineOption compare("compare", "compare two codes (positional)");
  const QCommandLineOption search("search", "text to type", "text");
  const QCommandLineOption out("out", "png", "file", "shot.png");
  const QCommandLineOption size("size", "WxH", "size", "1180x760");
  p.addOptions({lang, entry, compare, search, out, size});
  p.process(app);

  LanguageManager languages;
  languages.setLanguage(p.value(lang) == "ja" ? Language::Japanese : Language::English);
  ContentStore store;
  store.open(locateContentDatabase());
  MainWindow w(store, languages);
  const QStringList wh = p.value(size).split('x');
  w.resize(wh.value(0).toInt(), wh.value(1).toInt());
  w.show();
  if (p.isSet(search))
    w.searchBox()->setText(p.value(search));
  if (p.isSet(entry))
    w.showEntry(EntryRef::fromString(p.value(entry)).value_or(EntryRef{}));
  if (p.isSet(compare)) {
    const QStringList codes = p.positionalArguments();
    w.showComparison(EntryRef::fromString(codes.value(0)).value_or(EntryRef{}),
                     EntryRef::fromString(codes.value(1)).value_or(EntryRef{}));
  }
  QTimer::singleShot(600, [&] {
    w.grab().save(p.value(out));
    app.quit();
  });
  return app.exec();
}
