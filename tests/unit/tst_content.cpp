// The shipped content: complete against the registries, every text written in
// both languages, every reference to a code or a standard well-formed, and no
// sentence shared between entries.

#include "tools/contentc/ContentCompiler.h"
#include "core/ContentStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace sipref;

namespace {

// The IANA "Response Codes" registry of the SIP Parameters (as of 2026),
// plus the RFC 2543 codes that old equipment still sends.
const QList<int> kIanaSipCodes = {100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 305, 380,
                                  400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 412, 413, 414, 415,
                                  416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437,
                                  438, 439, 440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488,
                                  489, 491, 493, 494, 500, 501, 502, 503, 504, 505, 513, 555, 580, 600,
                                  603, 604, 606, 607, 608};
const QList<int> kHistoricSipCodes = {409, 411};

// The IANA "Warning Codes (warn-codes)" registry.
const QList<int> kIanaWarningCodes = {300, 301, 302, 303, 304, 305, 306, 307, 308,
                                      330, 331, 370, 380, 381, 399};

// The cause values of ITU-T Q.850 (05/1998) and its amendments.
const QList<int> kQ850Causes = {1,  2,  3,  4,  5,  6,  7,  8,  9,  14, 16, 17, 18, 19, 20,  21,  22,  23,
                                24, 25, 26, 27, 28, 29, 30, 31, 34, 38, 39, 40, 41, 42, 43, 44,  46,  47,  49,
                                50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70, 79, 81, 82, 83,  84,  85,  86,
                                87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127};
// Causes engineers meet most, which need "when you see it" and "what to do".
const QList<int> kCommonCauses = {1,  3,  16, 17, 18, 19, 21, 27, 28, 31,  34,
                                  38, 41, 42, 44, 47, 58, 65, 88, 102, 111, 127};

// The codes whose texts the first release must have.
const QList<int> kFirstTexts = {100, 180, 181, 183, 200, 202, 301, 302, 401, 403, 404,
                                407, 408, 480, 481, 486, 487, 488, 500, 503, 603};

QStringList contentFiles() {
  const QDir dir(QStringLiteral(SIPREF_SOURCE_DIR "/resources/content"));
  QStringList files;
  for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
    files << dir.filePath(f);
  return files;
}

QStringList sentences(const QString &text) {
  // A sentence ends at . ! ? followed by a space, or at a Japanese full stop.
  static const QRegularExpression split(QStringLiteral("(?<=[.!?])\\s+|(?<=[。！？])"));
  QStringList out;
  for (const QString &s : text.split(split, Qt::SkipEmptyParts)) {
    const QString t = s.trimmed();
    if (t.size() >= (containsJapanese(t) ? 14 : 25)) // short fragments may recur honestly
      out << t;
  }
  return out;
}

QStringList sharedSentences(const QList<Entry> &entries) {
  QHash<QString, EntryRef> seen;
  QStringList duplicates;
  for (const Entry &e : entries) {
    if (!e.hasText)
      continue;
    for (const EntryText *t : {&e.en, &e.ja}) {
      const QStringList all = QStringList{t->summary, t->meaning, t->retry} + t->when + t->todo;
      QSet<QString> mine;
      for (const QString &field : all)
        for (const QString &s : sentences(field)) {
          if (mine.contains(s))
            continue;
          mine.insert(s);
          const auto it = seen.constFind(s);
          if (it != seen.cend() && *it != e.ref)
            duplicates << QStringLiteral("%1 and %2: %3").arg(it->toString(), e.ref.toString(), s);
          else
            seen.insert(s, e.ref);
        }
    }
  }
  return duplicates;
}

} // namespace

class TestContent : public QObject {
  Q_OBJECT

  ContentCompiler m_compiler;
  QHash<EntryRef, Entry> m_entries;

private slots:
  void initTestCase() {
    QVERIFY2(m_compiler.load(contentFiles()), qPrintable(m_compiler.errors().join(u'\n')));
    for (const Entry &e : m_compiler.entries())
      m_entries.insert(e.ref, e);
  }

  void everyIanaSipCodeIsPresent() {
    for (int code : kIanaSipCodes) {
      const auto it = m_entries.constFind(EntryRef{Registry::Sip, code});
      QVERIFY2(it != m_entries.cend(), qPrintable(QStringLiteral("SIP %1 missing").arg(code)));
      QVERIFY2(it->status != u"historic", qPrintable(QString::number(code)));
    }
    for (int code : kHistoricSipCodes) {
      const auto it = m_entries.constFind(EntryRef{Registry::Sip, code});
      QVERIFY2(it != m_entries.cend(), qPrintable(QStringLiteral("SIP %1 missing").arg(code)));
      QCOMPARE(it->status, QStringLiteral("historic"));
    }
    int sip = 0;
    for (const Entry &e : m_compiler.entries())
      if (e.ref.registry == Registry::Sip)
        ++sip;
    QCOMPARE(sip, int(kIanaSipCodes.size() + kHistoricSipCodes.size()));
  }

  // Facts corrected after a review against the RFC text and the vendors'
  // source; each one was wrong once.
  void reviewedFactsStayCorrected() {
    auto entry = [&](Registry r, int code) { return m_entries.value(EntryRef{r, code}); };
    QStringList sections489;
    for (const DocRef &r : entry(Registry::Sip, 489).refs)
      sections489 << r.doc + u' ' + r.section;
    QVERIFY2(sections489.contains(QStringLiteral("RFC 6665 8.3.2")), qPrintable(sections489.join(u", ")));
    QVERIFY(!sections489.contains(QStringLiteral("RFC 6665 8.3.1")));
    QVERIFY(!entry(Registry::Sip, 606).related.contains(EntryRef{Registry::Q850, 58}));
    QCOMPARE(entry(Registry::Sip, 580).clientRetry, QStringLiteral("modify"));
    QCOMPARE(entry(Registry::Sip, 501).clientRetry, QStringLiteral("modify"));
    QVERIFY(entry(Registry::Sip, 433).related.contains(EntryRef{Registry::Q850, 24}));
    QVERIFY(entry(Registry::Q850, 24).related.contains(EntryRef{Registry::Sip, 433}));
    QVERIFY(entry(Registry::Q850, 21).related.contains(EntryRef{Registry::Q850, 24}));
    const QString todo183 = entry(Registry::Sip, 183).en.todo.join(u' ');
    QVERIFY(todo183.contains(QStringLiteral("ignore-183nosdp")) && todo183.contains(QStringLiteral("sip_ignore_183nosdp")));
    QCOMPARE(entry(Registry::Q850, 49).phrase, QStringLiteral("Quality of service not available"));
    QVERIFY(entry(Registry::Q850, 66).en.meaning.contains(QStringLiteral("H12")));
  }

  void everyWarningCodeAndCauseIsPresentWithText() {
    auto check = [&](Registry r, const QList<int> &codes) {
      int count = 0;
      for (const Entry &e : m_compiler.entries())
        if (e.ref.registry == r)
          ++count;
      QCOMPARE(count, int(codes.size()));
      for (int code : codes) {
        const Entry e = m_entries.value(EntryRef{r, code});
        QVERIFY2(e.isValid(), qPrintable((EntryRef{r, code}).toString() + " missing"));
        QVERIFY2(e.hasText, qPrintable(e.ref.toString() + " has no text"));
        QVERIFY(!e.en.name.isEmpty() && !e.ja.name.isEmpty());
        QVERIFY(containsJapanese(e.ja.name));
      }
    };
    check(Registry::Warning, kIanaWarningCodes);
    check(Registry::Q850, kQ850Causes);
    for (int code : kCommonCauses) {
      const Entry e = m_entries.value(EntryRef{Registry::Q850, code});
      QVERIFY2(!e.en.when.isEmpty() && !e.en.todo.isEmpty(), qPrintable(e.ref.toString()));
      QVERIFY2(!e.ja.when.isEmpty() && !e.ja.todo.isEmpty(), qPrintable(e.ref.toString()));
    }
  }

  void everySipCodeHasText() {
    for (const Entry &e : m_compiler.entries())
      if (e.ref.registry == Registry::Sip)
        QVERIFY2(e.hasText, qPrintable(e.ref.toString() + " has no text"));
  }

  void firstTextsAreWritten() {
    for (int code : kFirstTexts) {
      const Entry e = m_entries.value(EntryRef{Registry::Sip, code});
      QVERIFY2(e.hasText, qPrintable(QStringLiteral("SIP %1 has no text").arg(code)));
      for (const EntryText *t : {&e.en, &e.ja}) {
        QVERIFY(!t->summary.isEmpty());
        QVERIFY(!t->meaning.isEmpty());
        QVERIFY2(t->when.size() >= 2, qPrintable(QStringLiteral("SIP %1 needs two situations").arg(code)));
        QVERIFY(!t->todo.isEmpty());
        QVERIFY(!t->retry.isEmpty());
      }
    }
  }

  void japaneseTextIsJapanese() {
    for (const Entry &e : m_compiler.entries()) {
      if (!e.hasText)
        continue;
      for (const QString &s : QStringList{e.ja.summary, e.ja.meaning} + e.ja.when + e.ja.todo)
        QVERIFY2(containsJapanese(s), qPrintable(e.ref.toString() + ": " + s));
      QVERIFY2(!containsJapanese(e.en.summary), qPrintable(e.ref.toString() + ": English summary"));
    }
  }

  void referencesAreWellFormed() {
    static const QRegularExpression rfc(QStringLiteral(R"(^RFC [1-9]\d{2,4}$)"));
    static const QRegularExpression section(QStringLiteral(R"(^\d+(\.\d+)*$)"));
    for (const Entry &e : m_compiler.entries()) {
      QVERIFY2(!e.refs.isEmpty(), qPrintable(e.ref.toString()));
      for (const DocRef &r : e.refs) {
        if (r.doc.startsWith(u"ITU-T"))
          continue;
        QVERIFY2(rfc.match(r.doc).hasMatch(), qPrintable(e.ref.toString() + ": " + r.doc));
        QVERIFY2(section.match(r.section).hasMatch(), qPrintable(e.ref.toString() + ": " + r.label()));
      }
      for (const EntryRef &related : e.related)
        QVERIFY2(m_entries.contains(related), qPrintable(e.ref.toString() + " -> " + related.toString()));
    }
  }

  void classesMatchTheStandards() {
    for (const Entry &e : m_compiler.entries()) {
      if (e.ref.registry != Registry::Sip)
        continue;
      QCOMPARE(e.cls, QStringLiteral("%1xx").arg(e.ref.code / 100));
      QCOMPARE(e.kind, e.ref.code < 200 ? QStringLiteral("provisional") : QStringLiteral("final"));
      if (e.ref.code >= 400)
        QVERIFY2(e.clientRetry != u"none" || e.ref.code == 487, qPrintable(e.ref.toString()));
    }
  }

  void noSentenceIsShared() {
    const QStringList duplicates = sharedSentences(m_compiler.entries());
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
  }

  void sharedSentenceIsDetected() {
    // The check above can fail: two entries with the same sentence are caught,
    // in English and in Japanese.
    Entry a;
    a.ref = {Registry::Sip, 486};
    a.hasText = true;
    a.en.meaning = QStringLiteral("The called party is on another call right now. It is not an error.");
    a.ja.meaning = QStringLiteral("着信側は別の通話中で、この呼を受けられない状態です。");
    Entry b = a;
    b.ref = {Registry::Sip, 600};
    b.en.meaning = QStringLiteral("Something else entirely, written for this entry alone.");
    const QStringList found = sharedSentences({a, b});
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QStringLiteral("別の通話中")));
    b.ja.meaning = QStringLiteral("どの端末も話中で、転送先もありません。");
    QVERIFY(sharedSentences({a, b}).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
