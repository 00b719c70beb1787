#include "Output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>

#include <mutex>

namespace sipref::output {

namespace {

using EntryPoint = const OutputFunctions *(*)();

struct Loaded {
  const OutputFunctions *functions = nullptr;
  QString error;
};

Loaded load() {
  // Installed: at its place relative to the program (bin/../lib/sipref); in
  // a build tree: beside the program (app/), or in app/ beside tests/.
  const QDir dir(QCoreApplication::applicationDirPath());
  const QString file = QStringLiteral(SIPREF_OUTPUT_FILE_NAME);
  const QStringList candidates{dir.filePath(QStringLiteral(SIPREF_OUTPUT_RELATIVE_PATH)), dir.filePath(file),
                               dir.filePath(QStringLiteral("../app/") + file)};
  QString error;
  for (const QString &path : candidates) {
    if (!QFile::exists(path))
      continue;
    QLibrary library(path);
    if (auto entry = reinterpret_cast<EntryPoint>(library.resolve("sipref_output_functions")))
      return {entry(), {}}; // never unloaded: the library stays for the program's life
    error = library.errorString();
  }
  if (error.isEmpty())
    error = QCoreApplication::translate("Output", "%1 was not found next to the program.")
                .arg(file);
  return {nullptr, error};
}

} // namespace

const OutputFunctions *functions(QString *error) {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = load(); });
  if (!loaded.functions && error)
    *error = loaded.error;
  return loaded.functions;
}

} // namespace sipref::output
