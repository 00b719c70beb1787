// sipref-contentc: compiles resources/content/*.json into content.sqlite.
// Usage: sipref-contentc --output content.sqlite FILE.json...
// Exit status 0 on success; 1 with one line per problem on stderr otherwise.

#include "core/ContentCompiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Compiles SipRef content JSON into SQLite."));
  parser.addHelpOption();
  const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                  QStringLiteral("Database to write."), QStringLiteral("file"));
  const QCommandLineOption checkOnly(QStringLiteral("check"), QStringLiteral("Validate only."));
  parser.addOption(output);
  parser.addOption(checkOnly);
  parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Content JSON files."));
  parser.process(app);

  if (!parser.isSet(checkOnly) && !parser.isSet(output)) {
    std::fputs("sipref-contentc: --output is required\n", stderr);
    return 2;
  }
  sipref::ContentCompiler compiler;
  const bool ok = compiler.load(parser.positionalArguments()) &&
                  (parser.isSet(checkOnly) || compiler.write(parser.value(output)));
  for (const QString &w : compiler.warnings())
    std::fprintf(stderr, "warning: %s\n", w.toUtf8().constData());
  for (const QString &e : compiler.errors())
    std::fprintf(stderr, "error: %s\n", e.toUtf8().constData());
  if (!ok) {
    std::fprintf(stderr, "sipref-contentc: %d problem(s); no database written\n",
                 int(compiler.errors().size()));
    return 1;
  }
  return 0;
}
