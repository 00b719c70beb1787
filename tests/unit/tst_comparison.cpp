// Comparison aligns two entries field by field and derives their key
// differences from the data.

#include "core/Comparison.h"
#include "core/ContentStore.h"
#include "core/PageRenderer.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

using namespace sipref;

namespace {

Entry make(int code, const QString &kind, const QString &retry, QStringList headers = {}) {
  Entry e;
  e.ref = {Registry::Sip, code};
  e.phrase = QStringLiteral("Phrase %1").arg(code);
  e.cls = QStringLiteral("%1xx").arg(code / 100);
  e.kind = kind;
  e.status = QStringLiteral("current");
  e.clientRetry = retry;
  e.headers = headers;
  e.refs = {DocRef{QStringLiteral("RFC 3261"), QStringLiteral("21.1.1")}};
  e.hasText = true;
  e.en.summary = QStringLiteral("summary %1").arg(code);
  e.en.meaning = QStringLiteral("meaning %1").arg(code);
  e.en.when = {QStringLiteral("when %1").arg(code)};
  e.en.todo = {QStringLiteral("todo %1").arg(code)};
  return e;
}

bool anyContains(const QStringList &list, const QStringList &all) {
  for (const QString &s : list) {
    bool ok = true;
    for (const QString &part : all)
      ok = ok && s.contains(part);
    if (ok)
      return true;
  }
  return false;
}

} // namespace

class TestComparison : public QObject {
  Q_OBJECT

private slots:
  void provisionalVersusFinal() {
    const Comparison c(make(100, "provisional", "none"), make(302, "final", "redirect", {"Contact"}),
                       Language::English);
    const QStringList d = c.derivedDifferences();
    QVERIFY2(anyContains(d, {"100 is 1xx", "302 is 3xx"}), qPrintable(d.join('\n')));
    QVERIFY(anyContains(d, {"100 is provisional", "302 is final"}));
    QVERIFY(anyContains(d, {"Retry", "Contact addresses"}));
    QVERIFY(anyContains(d, {"Headers to look at: none in particular for 100; Contact for 302."}));
  }

  void orderDoesNotMatterForProvisional() {
    const Comparison c(make(302, "final", "redirect"), make(183, "provisional", "none"), Language::English);
    QVERIFY(anyContains(c.derivedDifferences(), {"183 is provisional", "302 is final"}));
  }

  void sameClassDifferentRetry() {
    const Comparison c(make(486, "final", "later", {"Retry-After"}), make(404, "final", "stop"), Language::English);
    const QStringList d = c.derivedDifferences();
    QVERIFY(anyContains(d, {"Same class", "4xx"}));
    QVERIFY(!anyContains(d, {"provisional"}));
    QVERIFY2(anyContains(d, {"After 486 the client may try the same destination again later",
                             "After 404 the client should not retry"}),
             qPrintable(d.join('\n')));
  }

  void retrySentencesHaveTheirSubject() {
    // "after 100 the client not a failure" was the sentence once made here.
    const Comparison c(make(100, "provisional", "none"), make(486, "final", "later"), Language::English);
    const QStringList d = c.derivedDifferences();
    QVERIFY2(anyContains(d, {"Retry: 100 is not a failure, so there is nothing to retry.",
                             "After 486 the client may try"}),
             qPrintable(d.join('\n')));
    QVERIFY(!anyContains(d, {"the client not"}));
    const Comparison both(make(180, "provisional", "none"), make(183, "provisional", "none"),
                          Language::English);
    QVERIFY(anyContains(both.derivedDifferences(), {"neither code is a failure"}));
    for (const char *retry : {"none", "redirect", "credentials", "modify", "later", "alternate", "stop"}) {
      const QString sentence = Comparison::retrySentence("486", QString::fromLatin1(retry));
      QVERIFY2(sentence.contains("486") && sentence.endsWith('.') && !sentence.at(0).isLower(),
               qPrintable(sentence));
    }
  }

  void pageLeadsWithTheDifferences() {
    ContentStore store;
    QVERIFY(store.open(SIPREF_CONTENT_DB));
    const auto a = store.entry({Registry::Sip, 100});
    const auto b = store.entry({Registry::Sip, 302});
    const Comparison c(*a, *b, Language::English, store.curatedPair(a->ref, b->ref));
    QTextDocument doc;
    doc.setHtml(PageRenderer(store).comparisonPage(c));
    const QString text = doc.toPlainText();
    const qsizetype differences = text.indexOf("Key differences");
    const qsizetype useWhen = text.indexOf("Which to use when");
    const qsizetype meaning = text.indexOf(a->en.meaning);
    QVERIFY(differences > 0 && useWhen > differences && meaning > useWhen);
    // Every aligned row's label is in a row of its own, across both columns.
    const QTextCursor aligned = doc.find("Side by side", 0, QTextDocument::FindCaseSensitively);
    QVERIFY(!aligned.isNull() && aligned.position() > useWhen && aligned.position() < meaning);
    QTextCursor from = aligned;
    for (const Comparison::Row &row : c.rows()) {
      // Labels come in order; a label's word may also be in the texts.
      QTextCursor found = doc.find(row.label, from, QTextDocument::FindCaseSensitively);
      while (!found.isNull() && found.currentTable() && found.currentTable()->cellAt(found).column() != 0)
        found = doc.find(row.label, found, QTextDocument::FindCaseSensitively);
      from = found;
      QVERIFY2(!found.isNull(), qPrintable(row.label));
      const QTextTable *table = found.currentTable();
      QVERIFY(table);
      QCOMPARE(table->cellAt(found).columnSpan(), 2);
    }
  }

  void sameRetry() {
    const Comparison c(make(600, "final", "stop"), make(603, "final", "stop"), Language::English);
    QVERIFY(anyContains(c.derivedDifferences(), {"either code", "should not retry"}));
  }

  void rowsAreAligned() {
    const Comparison c(make(100, "provisional", "none"), make(302, "final", "redirect"), Language::English);
    QStringList labels;
    for (const auto &row : c.rows())
      labels << row.label;
    for (const QString &l : QStringList{"Class", "Provisional or final", "What it means", "When you see it", "What to do",
                             "Defined in"})
      QVERIFY2(labels.contains(l), qPrintable(labels.join(", ")));
    for (const auto &row : c.rows())
      if (row.label == "What it means") {
        QCOMPARE(row.left, QStringList{"meaning 100"});
        QCOMPARE(row.right, QStringList{"meaning 302"});
        QVERIFY(row.differs);
      }
  }

  void curatedNoteFollowsTheColumns() {
    CuratedPair p;
    p.a = {Registry::Sip, 100};
    p.b = {Registry::Sip, 302};
    p.differencesEn = {"curated difference"};
    p.useWhenEn = {"curated use"};
    const Comparison c(make(302, "final", "redirect"), make(100, "provisional", "none"), Language::English, p);
    QVERIFY(c.curated());
    QCOMPARE(c.curated()->a, (EntryRef{Registry::Sip, 302}));
    QCOMPARE(c.curated()->useWhen(Language::English), QStringList{"curated use"});
  }

  void pageEscapesContent() {
    Entry hostile = make(486, "final", "later");
    hostile.en.meaning = "<script>alert(1)</script><b>bold</b>";
    hostile.en.when = {"<a href=\"http://evil.example\">click</a>"};
    ContentStore closed;
    const PageRenderer r(closed);
    const QString html = r.entryPage(hostile, Language::English);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;"));
    QVERIFY(!html.contains("href=\"http://evil.example\""));
    const Comparison c(hostile, make(600, "final", "stop"), Language::English);
    const QString cmp = r.comparisonPage(c);
    QVERIFY(!cmp.contains("<script>"));
    QVERIFY(cmp.contains("Key differences"));
  }

  void onlyStandardsLinksLeaveTheApplication_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("RFC Editor") << "https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24" << true;
    QTest::newRow("Datatracker") << "https://datatracker.ietf.org/doc/html/rfc3398" << true;
    QTest::newRow("ITU-T") << "https://www.itu.int/rec/T-REC-Q.850" << true;
    QTest::newRow("plain http") << "http://www.rfc-editor.org/rfc/rfc3261" << false;
    QTest::newRow("other host") << "https://evil.example/rfc3261" << false;
    QTest::newRow("look-alike host") << "https://www.rfc-editor.org.evil.example/" << false;
    QTest::newRow("user info") << "https://www.rfc-editor.org@evil.example/" << false;
    QTest::newRow("credentials on a good host") << "https://user:pw@www.rfc-editor.org/" << false;
    QTest::newRow("other port") << "https://www.rfc-editor.org:8443/" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << false;
  }
  void onlyStandardsLinksLeaveTheApplication() {
    QFETCH(QString, url);
    QFETCH(bool, trusted);
    QCOMPARE(PageRenderer::isTrustedExternalLink(QUrl(url)), trusted);
  }

  void everyReferenceLinkOfTheContentIsTrusted() {
    ContentStore store;
    QVERIFY(store.open(SIPREF_CONTENT_DB));
    int links = 0;
    for (const EntryRef &ref : store.allRefs()) {
      const auto entry = store.entry(ref);
      QVERIFY(entry);
      for (const DocRef &r : entry->refs) {
        QVERIFY2(PageRenderer::isTrustedExternalLink(QUrl(r.url())), qPrintable(r.url()));
        ++links;
      }
    }
    QVERIFY(links > 150);
  }

  void shippedPairFromTheSeed() {
    ContentStore store;
    QVERIFY2(store.open(SIPREF_CONTENT_DB), qPrintable(store.errorString()));
    const auto a = store.entry({Registry::Sip, 100});
    const auto b = store.entry({Registry::Sip, 302});
    QVERIFY(a && b);
    const Comparison c(*a, *b, Language::Japanese, store.curatedPair(a->ref, b->ref));
    QVERIFY(c.curated());
    QVERIFY(!c.curated()->useWhen(Language::Japanese).isEmpty());
    const QString html = PageRenderer(store).comparisonPage(c);
    QVERIFY(html.contains(a->ja.meaning.toHtmlEscaped()));
    QVERIFY(html.contains(b->ja.meaning.toHtmlEscaped()));
  }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
