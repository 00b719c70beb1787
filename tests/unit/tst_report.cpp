// The reports that the window, the command line and the PDF render: which
// sections an entry page and a comparison have, in which order, in both
// languages, with which links; and the three renderings of one report.

#include "common/TestData.h"
#include "core/Comparison.h"
#include "core/ContentStore.h"
#include "core/Page.h"
#include "core/PageRenderer.h"
#include "core/Report.h"
#include "core/ReportText.h"
#include "core/TraceExplainer.h"
#include "core/TraceReader.h"
#include "core/TraceSummary.h"
#include "core/Vocabulary.h"

#include <QJsonArray>
#include <QTextDocument>
#include <QTranslator>
#include <QtTest>

using namespace sipref;

namespace {

QStringList ids(const Report &r) {
  QStringList out;
  for (const ReportSection &s : r.sections)
    out << s.id;
  return out;
}

QStringList targets(const ReportSection *s) {
  QStringList out;
  if (!s)
    return out;
  for (const ReportItem &i : s->items + s->seeAlso)
    for (const ReportSpan &span : i.spans)
      if (!span.target.isEmpty())
        out << span.target;
  return out;
}

} // namespace

class TestReport : public QObject {
  Q_OBJECT

  ContentStore m_store;
  QTranslator m_japanese;

  Entry entry(Registry registry, int code) {
    const auto e = m_store.entry({registry, code});
    if (!e)
      qFatal("no entry %d in the shipped content", code);
    return *e;
  }
  Report comparison(int left, int right, Language language) {
    const Entry l = entry(Registry::Sip, left);
    const Entry r = entry(Registry::Sip, right);
    return ReportBuilder(m_store).comparison(Comparison(l, r, language, m_store.curatedPair(l.ref, r.ref)));
  }
  void useJapanese(bool on) {
    if (on)
      QCoreApplication::installTranslator(&m_japanese);
    else
      QCoreApplication::removeTranslator(&m_japanese);
  }

private slots:
  void initTestCase() {
    QVERIFY2(m_store.open(test::shippedContent()), qPrintable(m_store.errorString()));
    QVERIFY(m_japanese.load(QStringLiteral(":/i18n/sipref_ja.qm")));
  }
  void cleanup() { useJapanese(false); }

  // The words for an entry's facts follow the UI language; a key SipRef
  // has no words for comes back as it is.
  void vocabularyFollowsTheLanguage() {
    QCOMPARE(Vocabulary::registryName(Registry::Sip), QStringLiteral("SIP response"));
    QCOMPARE(Vocabulary::registryName(Registry::Warning), QStringLiteral("SIP Warning code"));
    QCOMPARE(Vocabulary::registryName(Registry::Q850), QStringLiteral("Q.850 cause"));
    QCOMPARE(Vocabulary::codeLabel({Registry::Sip, 486}), QStringLiteral("486"));
    QCOMPARE(Vocabulary::codeLabel({Registry::Warning, 399}), QStringLiteral("Warning 399"));
    QCOMPARE(Vocabulary::codeLabel({Registry::Q850, 17}), QStringLiteral("Cause 17"));
    QCOMPARE(Vocabulary::className(QStringLiteral("4xx")), QStringLiteral("Client failure"));
    QCOMPARE(Vocabulary::className(QStringLiteral("normal")), QStringLiteral("Normal event"));
    QCOMPARE(Vocabulary::classMeaning(QStringLiteral("2xx")), QStringLiteral("the request succeeded"));
    QCOMPARE(Vocabulary::classMeaning(QStringLiteral("normal")), QStringLiteral("Normal event"));
    QCOMPARE(Vocabulary::kindName(QStringLiteral("final")), QStringLiteral("Final (ends the transaction)"));
    QCOMPARE(Vocabulary::statusName(QStringLiteral("deprecated")), QStringLiteral("Deprecated"));
    QCOMPARE(Vocabulary::senderName(QStringLiteral("b2bua")), QStringLiteral("B2BUA / SBC"));
    QCOMPARE(Vocabulary::retryName(QStringLiteral("stop")), QStringLiteral("should not retry this request"));
    for (const QString &unknown : {QStringLiteral("7xx"), QStringLiteral("Final"), QString()}) {
      QCOMPARE(Vocabulary::className(unknown), unknown);
      QCOMPARE(Vocabulary::classMeaning(unknown), unknown);
      QCOMPARE(Vocabulary::kindName(unknown), unknown);
      QCOMPARE(Vocabulary::statusName(unknown), unknown);
      QCOMPARE(Vocabulary::senderName(unknown), unknown);
      QCOMPARE(Vocabulary::retryName(unknown), unknown);
    }
    // Each SIP class has its colour; a digit outside 1 to 6 gets that of 1xx.
    QStringList colours;
    for (int digit = 0; digit <= 7; ++digit)
      colours << Vocabulary::classColor({Registry::Sip, digit * 100}, digit);
    QCOMPARE(colours, (QStringList{"#7a8691", "#7a8691", "#2e9d4f", "#1f8fb3", "#d9822b", "#d64545",
                                   "#a23bb0", "#7a8691"}));
    QCOMPARE(Vocabulary::classColor({Registry::Warning, 399}, 3), QStringLiteral("#8e6c00"));
    QCOMPARE(Vocabulary::classColor({Registry::Q850, 17}, 0), QStringLiteral("#5b6bbf"));
    useJapanese(true);
    QCOMPARE(Vocabulary::registryName(Registry::Q850), QStringLiteral("Q.850 理由表示"));
    QCOMPARE(Vocabulary::codeLabel({Registry::Q850, 17}), QStringLiteral("理由表示 17"));
    QCOMPARE(Vocabulary::codeLabel({Registry::Sip, 486}), QStringLiteral("486"));
    QCOMPARE(Vocabulary::className(QStringLiteral("4xx")), QStringLiteral("クライアントエラー"));
    QCOMPARE(Vocabulary::classMeaning(QStringLiteral("2xx")), QStringLiteral("リクエストは成功した"));
    QCOMPARE(Vocabulary::classMeaning(QStringLiteral("normal")), QStringLiteral("正常クラス"));
    QCOMPARE(Vocabulary::kindName(QStringLiteral("final")),
             QStringLiteral("最終応答（トランザクションを終了）"));
    QCOMPARE(Vocabulary::statusName(QStringLiteral("deprecated")), QStringLiteral("非推奨"));
    QCOMPARE(Vocabulary::retryName(QStringLiteral("stop")),
             QStringLiteral("このリクエストを再試行すべきではない"));
  }

  void entrySectionsInOrder() {
    const Report r = ReportBuilder(m_store).entry(entry(Registry::Sip, 486), Language::English);
    QCOMPARE(r.kind, Report::Kind::Entry);
    QCOMPARE(r.subjects.size(), 1);
    QCOMPARE(r.subjects.first().title, QStringLiteral("Busy Here"));
    QCOMPARE(ids(r), (QStringList{"summary", "meaning", "when", "todo", "retry", "facts", "mapping",
                                  "confused", "related"}));
    QCOMPARE(r.section("meaning")->heading, QStringLiteral("What it means"));
    QCOMPARE(r.section("when")->style, ReportSection::Style::Bullets);
    QVERIFY(r.facts.contains(QStringLiteral("Client failure")));
    QVERIFY(!r.deprecated);
  }

  void entryLinks() {
    const Report r = ReportBuilder(m_store).entry(entry(Registry::Sip, 486), Language::English);
    // The mapping links to cause 17, and to the whole mapping page as "see also".
    const QStringList mapping = targets(r.section("mapping"));
    QVERIFY2(mapping.contains(Page::entry({Registry::Q850, 17}).link()), qPrintable(mapping.join(' ')));
    QVERIFY(mapping.contains(Page::mapping().link()));
    // Look-alikes open the comparison; related codes open entries; refs open the RFC.
    QVERIFY(targets(r.section("confused"))
                .contains(Page::comparison({Registry::Sip, 486}, {Registry::Sip, 600}).link()));
    for (const QString &t : targets(r.section("related")))
      QCOMPARE(Page::fromLink(QUrl(t))->kind, Page::Kind::Entry);
    const QStringList refs = targets(r.section("facts"));
    QVERIFY(!refs.isEmpty());
    for (const QString &t : refs)
      QVERIFY2(PageRenderer::isTrustedExternalLink(QUrl(t)), qPrintable(t));
  }

  void sipIDeparturesAreOnTheEntry() {
    // Every SIP code with a SIP-I departure shows it in its mapping section.
    const QList<SipIDeparture> departures = ReportBuilder::departures(m_store, Language::English);
    QVERIFY(!departures.isEmpty());
    const SipIDeparture &d = departures.first();
    const Report r = ReportBuilder(m_store).entry(entry(Registry::Sip, d.sip), Language::English);
    const ReportSection *mapping = r.section("mapping");
    QVERIFY(mapping);
    bool found = false;
    for (const ReportItem &i : mapping->items)
      found = found || (i.label == u"SIP-I (3GPP TS 29.163)" && i.note.contains(d.source));
    QVERIFY2(found, qPrintable(d.source));
    QVERIFY(text::report(r).contains(QStringLiteral("SIP-I (3GPP TS 29.163)")));
  }

  void q850EntryHasTheReasonHeader() {
    const Report r = ReportBuilder(m_store).entry(entry(Registry::Q850, 17), Language::English);
    const ReportSection *reason = r.section("reason");
    QVERIFY(reason);
    QCOMPARE(reason->style, ReportSection::Style::Code);
    QCOMPARE(reason->items.first().text(), QStringLiteral("Reason: Q.850;cause=17"));
    QVERIFY(ids(r).indexOf("mapping") < ids(r).indexOf("reason"));
  }

  void entryWithoutTextSaysSo() {
    Entry e = entry(Registry::Sip, 486);
    e.hasText = false;
    const Report r = ReportBuilder(m_store).entry(e, Language::English);
    QCOMPARE(ids(r).first(), QStringLiteral("notice"));
    QVERIFY(!r.section("meaning"));
    QVERIFY(r.section("facts"));
  }

  void japaneseEntry() {
    useJapanese(true);
    const Entry e = entry(Registry::Sip, 486);
    const Report r = ReportBuilder(m_store).entry(e, Language::Japanese);
    QCOMPARE(ids(r), (QStringList{"summary", "meaning", "when", "todo", "retry", "facts", "mapping",
                                  "confused", "related"}));
    QCOMPARE(r.section("summary")->items.first().text(), e.ja.summary);
    for (const ReportSection &s : r.sections)
      if (!s.heading.isEmpty())
        QVERIFY2(test::hasJapanese(s.heading), qPrintable(s.heading));
  }

  void comparisonDifferencesFirst() {
    const Report r = comparison(486, 600, Language::English);
    QCOMPARE(r.kind, Report::Kind::Comparison);
    QCOMPARE(r.subjects.size(), 2);
    QCOMPARE(r.subjects.at(1).ref, (EntryRef{Registry::Sip, 600}));
    QCOMPARE(ids(r), (QStringList{"differences", "use_when", "side_by_side"}));
    QCOMPARE(r.section("differences")->style, ReportSection::Style::Numbered);
    QVERIFY(r.section("differences")->items.size() >= 2);
    const ReportSection *sides = r.section("side_by_side");
    QVERIFY(!sides->pairs.isEmpty());
    // The aligned rows carry the same headings as the entry page.
    const Report page = ReportBuilder(m_store).entry(entry(Registry::Sip, 486), Language::English);
    bool meaning = false;
    for (const ReportPair &p : sides->pairs)
      meaning = meaning || p.label == page.section("meaning")->heading;
    QVERIFY(meaning);
  }

  void comparisonWithoutCuratedNote() {
    const Report r = comparison(486, 100, Language::English);
    QVERIFY(!m_store.curatedPair({Registry::Sip, 486}, {Registry::Sip, 100}));
    QCOMPARE(r.section("use_when")->style, ReportSection::Style::Notice);
    QCOMPARE(ids(r).first(), QStringLiteral("differences"));
  }

  void japaneseComparison() {
    useJapanese(true);
    const Report r = comparison(486, 600, Language::Japanese);
    QVERIFY(test::hasJapanese(r.section("differences")->heading));
    QVERIFY(test::hasJapanese(r.section("differences")->items.first().text()));
    QVERIFY(test::hasJapanese(r.section("side_by_side")->pairs.first().label));
  }

  // The window's HTML, the command line's text and JSON show the same sections.
  void renderingsAgree() {
    const Report r = ReportBuilder(m_store).entry(entry(Registry::Sip, 486), Language::English);
    QTextDocument doc;
    doc.setHtml(PageRenderer(m_store).html(r));
    const QString shown = doc.toPlainText();
    const QString printed = text::report(r);
    const QJsonArray json = r.toJson().value(u"sections").toArray();
    QCOMPARE(json.size(), r.sections.size());
    for (int i = 0; i < r.sections.size(); ++i) {
      const ReportSection &s = r.sections.at(i);
      QCOMPARE(json.at(i).toObject().value(u"id").toString(), s.id);
      if (!s.heading.isEmpty()) {
        QVERIFY2(shown.contains(s.heading), qPrintable(s.heading));
        QVERIFY2(printed.contains(s.heading), qPrintable(s.heading));
      }
    }
    QCOMPARE(json.at(ids(r).indexOf("when")).toObject().value(u"style").toString(),
             QStringLiteral("bullets"));
    QCOMPARE(json.at(ids(r).indexOf("mapping")).toObject().value(u"style").toString(),
             QStringLiteral("table"));
    // The CLI names the command that prints a look-alike's comparison.
    QVERIFY(printed.contains(QStringLiteral("(sipref --compare 486 600)")));
  }

  void textEscapedInHtml() {
    Entry e = entry(Registry::Sip, 486);
    e.en.meaning = QStringLiteral("<script>alert(1)</script>");
    const QString html = PageRenderer(m_store).entryPage(e, Language::English);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
  }

  // The trace summary the window and --explain show: counts, codes with how
  // often they occur (linked when registered), outcomes, remarks.
  void traceSummary() {
    TraceSummary summary;
    QVERIFY(TraceReader::readFile(test::dataPath("raw.sip"), summary).ok());
    const TraceExplainer explainer(m_store, Language::English);
    const Report r = ReportBuilder::traceSummary(summary, explainer);
    QCOMPARE(r.kind, Report::Kind::Trace);
    QCOMPARE(ids(r), (QStringList{"counts", "final_responses", "q850_causes", "warning_codes", "outcomes",
                                  "remarks"}));
    const ReportSection *finals = r.section("final_responses");
    QCOMPARE(finals->style, ReportSection::Style::Counts);
    bool busy = false, unregistered = false;
    for (const ReportItem &i : finals->items) {
      if (i.text() == u"486 Busy Here") {
        busy = i.note == u"1" && i.spans.first().target == Page::entry({Registry::Sip, 486}).link();
      }
      if (i.text().startsWith(u"499"))
        unregistered = i.text().contains(ReportBuilder::notRegistered()) && i.spans.first().target.isEmpty();
    }
    QVERIFY(busy);
    QVERIFY(unregistered);
    QVERIFY(r.section("remarks")->items.first().text().startsWith(u"499 is not a registered"));
    QTextDocument doc;
    doc.setHtml(PageRenderer(m_store).html(r));
    QVERIFY2(doc.toPlainText().contains(QStringLiteral("Final responses: 200 OK ×3")),
             qPrintable(doc.toPlainText()));
    QVERIFY(text::report(r).startsWith(
        QStringLiteral("SIP messages: 16 (requests: 7, responses: 9); calls: 5\n")));
  }

  // The class ranges coded once in Registry agree with every class in the content.
  void classKeyMatchesTheContent() {
    int checked = 0;
    for (const EntryRef &ref : m_store.allRefs()) {
      const Entry e = entry(ref.registry, ref.code);
      QCOMPARE(classKey(ref), e.cls);
      checked += !e.cls.isEmpty();
    }
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    QCOMPARE(classKey({Registry::Q850, 31}), QStringLiteral("normal"));
    QCOMPARE(classKey({Registry::Q850, 32}), QStringLiteral("resource-unavailable"));
    QCOMPARE(classKey({Registry::Q850, 127}), QStringLiteral("interworking"));
    QVERIFY(classKey({Registry::Q850, 128}).isEmpty());
    QVERIFY(classKey({Registry::Sip, 99}).isEmpty());
  }

  void textFitsTheTerminal() {
    useJapanese(true);
    for (const int code : {486, 503, 600}) {
      const QString printed =
          text::report(ReportBuilder(m_store).entry(entry(Registry::Sip, code), Language::Japanese));
      for (const QString &line : printed.split(u'\n'))
        QVERIFY2(text::columns(line) <= 80, qPrintable(line));
    }
    QCOMPARE(text::columns(QStringLiteral("話中 486")), 8);
  }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
