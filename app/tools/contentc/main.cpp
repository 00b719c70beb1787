// sipref-contentc: compiles resources/content/*.json into content.sqlite.
// Usage: sipref-contentc --output content.sqlite [--style STYLE-ja.md] FILE.json...
// With --style, every Japanese text must also follow the term list and
// typography rules of STYLE-ja.md (see JapaneseStyle.h).
// Exit status 0 on success; 1 with one line per problem on stderr otherwise.

#include "tools/contentc/ContentCompiler.h"
#include "tools/contentc/JapaneseStyle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Compiles SipRef content JSON into SQLite."));
  parser.addHelpOption();
  const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                  QStringLiteral("Database to write."), QStringLiteral("file"));
  const QCommandLineOption checkOnly(QStringLiteral("check"), QStringLiteral("Validate only."));
  const QCommandLineOption style(
      QStringLiteral("style"),
      QStringLiteral("Japanese style rules (STYLE-ja.md) every Japanese text must follow."),
      QStringLiteral("file"));
  parser.addOption(output);
  parser.addOption(checkOnly);
  parser.addOption(style);
  parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Content JSON files."));
  parser.process(app);

  if (!parser.isSet(checkOnly) && !parser.isSet(output)) {
    std::fputs("sipref-contentc: --output is required\n", stderr);
    return 2;
  }
  QStringList styleErrors;
  if (parser.isSet(style)) {
    sipref::JapaneseStyle rules;
    QString problem;
    if (!rules.load(parser.value(style), &problem))
      styleErrors << problem;
    else
      for (const QString &file : parser.positionalArguments()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) // unreadable files are reported by the compiler
          for (const auto &v : rules.checkContentFile(f.readAll(), QFileInfo(file).fileName()))
            styleErrors << v.toString();
      }
  }
  sipref::ContentCompiler compiler;
  const bool ok = compiler.load(parser.positionalArguments()) && styleErrors.isEmpty() &&
                  (parser.isSet(checkOnly) || compiler.write(parser.value(output)));
  for (const QString &w : compiler.warnings())
    std::fprintf(stderr, "warning: %s\n", w.toUtf8().constData());
  for (const QString &e : compiler.errors() + styleErrors)
    std::fprintf(stderr, "error: %s\n", e.toUtf8().constData());
  if (!ok) {
    std::fprintf(stderr, "sipref-contentc: %d problem(s); no database written\n",
                 int(compiler.errors().size() + styleErrors.size()));
    return 1;
  }
  return 0;
}
