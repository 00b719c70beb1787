// Renders the main window in a given state to a PNG, for looking at the
// application as a user sees it (used by the README's screenshot step).
//   sipref-screenshot --lang ja --entry 486 --out main_ja.png
//   sipref-screenshot --compare 100 302 --out compare.png
//   sipref-screenshot --search busy --out search.png

#include "core/ContentLocator.h"
#include "core/ContentStore.h"
#include "core/UserStore.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/TraceView.h"
#include <QPalette>
#include <QStyleFactory>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include "ui/LadderView.h"
#include "ui/PrintSupport.h"

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
  const QCommandLineOption dark("dark", "use a dark palette");
  const QCommandLineOption trace("trace", "explain this trace file", "file");
  const QCommandLineOption mapping("mapping", "show the SIP/Q.850 mapping page");
  const QCommandLineOption note("note", "a note on the shown code", "text");
  const QCommandLineOption zoom("zoom", "zoom steps of the pages", "steps", "0");
  const QCommandLineOption filterOff("filter-off", "switch a filter toggle off (sip, 4xx …)", "key");
  const QCommandLineOption flow("flow", "with --trace: show the Call flow tab, on call N (0-based)", "n");
  const QCommandLineOption step("step", "with --flow: select message N of the ladder", "n");
  const QCommandLineOption exportPdf("export-pdf", "with --flow: also write the whole explanation as PDF", "file");
  const QCommandLineOption exportLadder("export-ladder", "with --flow: also write the ladder (.png or .svg)",
                                        "file");
  p.addOptions({lang, entry, compare, search, out, size, dark, trace, mapping, note, filterOff, zoom, flow, step,
                exportLadder, exportPdf});
  p.process(app);

  if (p.isSet(dark)) {
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QPalette pal;
    pal.setColor(QPalette::Window, QColor(45, 45, 48));
    pal.setColor(QPalette::WindowText, QColor(230, 230, 230));
    pal.setColor(QPalette::Base, QColor(30, 30, 32));
    pal.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    pal.setColor(QPalette::Text, QColor(230, 230, 230));
    pal.setColor(QPalette::Button, QColor(55, 55, 58));
    pal.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    pal.setColor(QPalette::Highlight, QColor(38, 110, 200));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    pal.setColor(QPalette::Link, QColor(120, 180, 255));
    pal.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    pal.setColor(QPalette::ToolTipText, Qt::white);
    QApplication::setPalette(pal);
  }
  keepPlaceholdersReadable(app); // as main.cpp does
  LanguageManager languages;
  languages.setLanguage(p.value(lang) == "ja" ? Language::Japanese : Language::English);
  ContentStore store;
  store.open(locateContentDatabase());
  UserStore user;
  user.open(config.filePath("user.sqlite"));
  MainWindow w(store, languages, &user);
  const QStringList wh = p.value(size).split('x');
  w.resize(wh.value(0).toInt(), wh.value(1).toInt());
  w.show();
  w.setZoom(p.value(zoom).toInt());
  for (const QString &key : p.values(filterOff))
    if (auto *toggle = w.findChild<QAction *>(QStringLiteral("filter-") + key))
      toggle->setChecked(false);
  if (p.isSet(search))
    w.searchBox()->setText(p.value(search));
  if (p.isSet(entry)) {
    const EntryRef ref = EntryRef::fromString(p.value(entry)).value_or(EntryRef{});
    if (p.isSet(note))
      user.setNote(ref, p.value(note));
    w.showEntry(ref);
  }
  if (p.isSet(mapping))
    w.showMapping();
  if (p.isSet(trace))
    w.explainFile(p.value(trace));
  if (p.isSet(compare)) {
    const QStringList codes = p.positionalArguments();
    w.showComparison(EntryRef::fromString(codes.value(0)).value_or(EntryRef{}),
                     EntryRef::fromString(codes.value(1)).value_or(EntryRef{}));
  }
  if (p.isSet(flow)) {
    TraceView *view = w.findChild<TraceView *>();
    QObject::connect(view, &TraceView::scanFinished, view, [&, view] {
      view->tabs()->setCurrentWidget(view->flowPage());
      view->showCall(p.value(flow).toInt());
      if (p.isSet(step))
        view->ladderView()->setCurrentStep(p.value(step).toInt());
      if (p.isSet(exportLadder))
        view->exportLadder(p.value(exportLadder));
      if (p.isSet(exportPdf))
        PrintSupport::writePdf(view->explanationHtml(), p.value(exportPdf), PrintSupport::Paper::A4,
                               QStringLiteral("Trace"));
    });
  }
  QTimer::singleShot(p.isSet(trace) ? 2500 : 600, [&] {
    w.grab().save(p.value(out));
    app.quit();
  });
  return app.exec();
}
