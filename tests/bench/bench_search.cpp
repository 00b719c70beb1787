// Per-keystroke search latency: from the query text to the result model
// updated, for the typing sequences engineers use, on the shipped content
// and on a generated content database of 100,000 entries.
//
//   bench_search [--shipped content.sqlite] [--generated-entries 100000] [--rounds 30]
//
// Prints median, p99 and max per database, and the same for two baselines
// measured in the same run: exact-code lookups, and the same inputs answered
// by the indexes alone (ContentStore::search, unranked), which shows what
// Search's ranking, typo correction and vendor names add.

#include "tools/contentc/ContentCompiler.h"
#include "core/ContentStore.h"
#include "core/Search.h"
#include "ui/ResultModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace sipref;

namespace {

const QStringList kSequences[] = {
    {"b", "bu", "bus", "busy"},
    {"4", "48", "486"},
    {"ビ", "ビジ", "ビジー"},
    {"t", "te", "tem", "temp", "tempo", "temporarily"},
    {"認", "認証"},
    {"4", "4x", "4xx"},
    {"S", "SI", "SIP", "SIP/", "SIP/2.0 ", "SIP/2.0 4", "SIP/2.0 48", "SIP/2.0 486"},
    // A typo corrected on the last keystrokes, a vendor name, a long vowel typed.
    {"f", "fo", "for", "forb", "forbi", "forbid", "forbide", "forbiden"},
    {"U", "US", "USE", "USER", "USER_", "USER_B", "USER_BU", "USER_BUS", "USER_BUSY"},
    {"ユ", "ユー", "ユーザ", "ユーザー"},
};

struct Stats {
  double median = 0, p99 = 0, max = 0;
  qsizetype samples = 0;
};

Stats stats(QList<double> v) {
  std::sort(v.begin(), v.end());
  Stats s;
  s.samples = v.size();
  if (v.isEmpty())
    return s;
  s.median = v.at(v.size() / 2);
  s.p99 = v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.99)));
  s.max = v.last();
  return s;
}

void print(const char *label, const Stats &s) {
  std::printf("  %-34s median %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%lld samples)\n", label, s.median, s.p99,
              s.max, static_cast<long long>(s.samples));
}

void run(const QString &name, const QString &db, int rounds, double medianTarget, double p99Target) {
  ContentStore store;
  if (!store.open(db)) {
    std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
    std::exit(2);
  }
  // One Search per window, as MainWindow keeps it: its word list is loaded once.
  const Search search(store);
  ResultModel model;
  QList<double> typing, baseline, candidates;
  QHash<QString, double> worst; // slowest time seen per input
  QElapsedTimer timer;
  for (int r = 0; r < rounds; ++r) {
    for (const QStringList &seq : kSequences)
      for (const QString &text : seq) {
        for (Language l : {Language::English, Language::Japanese}) {
          timer.start();
          model.setHits(search.run(text, l).hits);
          const double ms = timer.nsecsElapsed() / 1e6;
          typing << ms;
          worst[text] = std::max(worst.value(text), ms);
          // The same input answered by the indexes alone, unranked: what
          // ranking, typo correction and vendor names cost on top.
          timer.start();
          model.setHits(store.search(text, l));
          candidates << timer.nsecsElapsed() / 1e6;
        }
      }
    for (int code : {100, 180, 486, 503, 603}) {
      timer.start();
      model.setHits(search.run(QString::number(code), Language::English, {}, 1).hits);
      baseline << timer.nsecsElapsed() / 1e6;
    }
  }
  std::printf("%s (%d entries)\n", qPrintable(name), store.entryCount());
  const Stats t = stats(typing);
  print("per keystroke (all sequences)", t);
  print("baseline: one exact-code lookup", stats(baseline));
  print("baseline: indexes alone, unranked", stats(candidates));
  QList<std::pair<double, QString>> slow;
  for (auto it = worst.cbegin(); it != worst.cend(); ++it)
    slow.append({it.value(), it.key()});
  std::sort(slow.begin(), slow.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
  std::printf("  slowest inputs:");
  for (qsizetype i = 0; i < std::min<qsizetype>(5, slow.size()); ++i)
    std::printf("  \"%s\" %.2f ms", qPrintable(slow.at(i).second), slow.at(i).first);
  std::printf("\n");
  std::printf("  target: median <= %.1f ms, p99 <= %.1f ms  ->  %s\n", medianTarget, p99Target,
              t.median <= medianTarget && t.p99 <= p99Target ? "MET" : "NOT MET");
}

QString word(QRandomGenerator &rng, const QStringList &pool) { return pool.at(rng.bounded(int(pool.size()))); }

QString generate(const QString &path, int count) {
  // Words from the real vocabulary, so the indexes see realistic terms.
  const QStringList en = {"busy", "call", "proxy", "trunk", "register", "timeout", "invite", "session", "carrier",
                          "gateway", "codec", "media", "forward", "redirect", "temporarily", "unavailable",
                          "server", "client", "header", "contact", "route", "retry", "transaction", "dialog",
                          "credentials", "realm", "nonce", "bye", "cancel", "ack", "sdp", "offer", "answer"};
  const QStringList ja = {"ビジー", "認証", "転送", "着信", "発信", "呼", "タイムアウト", "プロキシ", "トランク",
                          "登録", "再送", "切断", "応答", "話中", "キャリア", "経路", "ヘッダ", "ダイアログ"};
  QRandomGenerator rng(20261125);
  ContentCompiler compiler;
  for (int i = 0; i < count; ++i) {
    Entry e;
    e.ref = EntryRef{Registry(i % 3), i};
    QStringList phrase;
    for (int w = 0; w < 3; ++w)
      phrase << word(rng, en);
    e.phrase = phrase.join(' ');
    e.cls = e.ref.registry == Registry::Sip ? QStringLiteral("%1xx").arg(1 + i % 6) : QString();
    e.kind = QStringLiteral("final");
    e.status = QStringLiteral("current");
    e.refs = {DocRef{QStringLiteral("RFC 3261"), QStringLiteral("21.4.24")}};
    e.hasText = true;
    QStringList body, bodyJa;
    for (int w = 0; w < 60; ++w)
      body << word(rng, en);
    for (int w = 0; w < 40; ++w)
      bodyJa << word(rng, ja) + QStringLiteral("の") + word(rng, ja);
    e.en.summary = body.mid(0, 10).join(' ');
    e.en.meaning = body.join(' ');
    e.en.when = {body.mid(10, 20).join(' ')};
    e.en.todo = {body.mid(30, 20).join(' ')};
    e.en.retry = body.mid(50, 10).join(' ');
    e.ja.summary = bodyJa.mid(0, 6).join(QString());
    e.ja.meaning = bodyJa.join(QStringLiteral("、"));
    e.ja.when = {bodyJa.mid(6, 12).join(QString())};
    e.ja.todo = {bodyJa.mid(18, 12).join(QString())};
    e.ja.retry = bodyJa.mid(30, 6).join(QString());
    compiler.addUncheckedEntry(e);
  }
  if (!compiler.write(path)) {
    std::fprintf(stderr, "%s\n", qPrintable(compiler.errors().join('\n')));
    std::exit(2);
  }
  return path;
}

} // namespace

int main(int argc, char *argv[]) {
  QCoreApplication app(argc, argv);
  QCommandLineParser p;
  const QCommandLineOption shipped("shipped", "shipped content database", "file", SIPREF_CONTENT_DB);
  const QCommandLineOption generated("generated-entries", "entries to generate", "n", "100000");
  const QCommandLineOption rounds("rounds", "repetitions", "n", "30");
  const QCommandLineOption cache("generated-db", "where to keep the generated database (reused when present)", "file");
  p.addOptions({shipped, generated, rounds, cache});
  p.addHelpOption();
  p.process(app);
  run("shipped content", p.value(shipped), p.value(rounds).toInt(), 1.0, 10.0);
  QTemporaryDir dir;
  QString db = p.isSet(cache) ? p.value(cache) : dir.filePath("generated.sqlite");
  ContentStore probe;
  if (!probe.open(db) || probe.entryCount() != p.value(generated).toInt()) {
    probe.close();
    QElapsedTimer t;
    t.start();
    generate(db, p.value(generated).toInt());
    std::printf("(generated %s entries in %.1f s)\n", qPrintable(p.value(generated)), t.elapsed() / 1000.0);
  }
  run("generated content", db, std::max(1, p.value(rounds).toInt() / 3), 10.0, 10.0);
  return 0;
}
