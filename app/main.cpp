// SipRef: picks the command line or the window; see cli/Cli.h and ui/MainWindow.h.

#include "cli/Cli.h"
#include "core/ContentLocator.h"
#include "core/ContentStore.h"
#include "core/Query.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace {

void setApplicationInfo() {
  QCoreApplication::setOrganizationName(QStringLiteral("SipRef"));
  QCoreApplication::setApplicationName(QStringLiteral("sipref"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SIPREF_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
  QStringList arguments;
  for (int i = 0; i < argc; ++i)
    arguments << QString::fromLocal8Bit(argv[i]);

  if (sipref::cli::wantsCli(arguments)) {
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    return sipref::cli::run(app.arguments());
  }

  QApplication app(argc, argv);
  setApplicationInfo();
  QApplication::setApplicationDisplayName(QStringLiteral("SipRef"));

  sipref::LanguageManager languages;
  languages.setLanguage(sipref::LanguageManager::initialLanguage());

  sipref::ContentStore store;
  const bool opened = store.open(sipref::locateContentDatabase());
  sipref::MainWindow window(store, languages);
  window.show();
  if (!opened)
    QMessageBox::critical(&window, QObject::tr("SipRef"), store.errorString());

  // "sipref 486" opens on 486.
  const QStringList rest = app.arguments().mid(1);
  if (!rest.isEmpty() && opened) {
    const QString text = rest.join(u' ');
    const auto hits = store.search(text, languages.language(), {}, 1);
    if (!hits.isEmpty())
      window.showEntry(hits.first().ref);
  }
  return app.exec();
}
