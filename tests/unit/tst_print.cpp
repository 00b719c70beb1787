// Printing and PDF: the cheat sheet, a code page and a comparison are
// rendered to PDF on A4 and Letter, and the PDFs' text is read back with
// pdftotext (poppler-utils): the cheat sheet lists every SIP response code,
// and a Japanese PDF carries the Japanese text (fonts-noto-cjk).
// SIPREF_KEEP_PDF=1 keeps the PDFs.

#include "core/CheatSheet.h"
#include "core/ContentStore.h"
#include "ui/LanguageManager.h"
#include "ui/PrintSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sipref;

namespace {

// Runs a poppler tool on a PDF and returns what it printed.
QString poppler(const QString &tool, const QStringList &args) {
  QProcess p;
  p.start(tool, args);
  if (!p.waitForFinished(60000) || p.exitCode() != 0)
    return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromLocal8Bit(p.readAllStandardError()));
  return QString::fromUtf8(p.readAllStandardOutput());
}

// One line, and ligatures ("ﬁ") as the letters they stand for.
QString collapse(QString text) {
  return text.normalized(QString::NormalizationForm_KC)
      .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestPrint : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  ContentStore m_store;
  LanguageManager m_languages;
  QString m_pdftotext;
  QString m_pdfinfo;

  QString pdf(const QString &name) { return m_dir.filePath(name); }

  QString textOf(const QString &path) {
    return poppler(m_pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // SIPREF_KEEP_PDF=1 keeps the PDFs to look at.
    if (qEnvironmentVariableIsSet("SIPREF_KEEP_PDF")) {
      m_dir.setAutoRemove(false);
      qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString()));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(),
             "pdftotext and pdfinfo are needed: install poppler-utils");
    QCoreApplication::setOrganizationName(QStringLiteral("SipRefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_print"));
    QSettings().clear();
  }

  void init() { m_languages.setLanguage(Language::English); }
  void cleanupTestCase() {
    QSettings().clear();
    m_languages.setLanguage(Language::English);
  }

  void cheatSheetHtmlListsEverySipCode() {
    const CheatSheet sheet(m_store);
    const QList<EntryRef> codes = sheet.codes();
    QCOMPARE(codes, m_store.allRefs(Registry::Sip));
    QVERIFY(codes.size() > 70);
    const QString html = sheet.html(Language::English);
    for (const EntryRef &ref : codes) {
      const auto e = m_store.entry(ref);
      QVERIFY(html.contains(QStringLiteral(">%1</td>").arg(ref.code)));
      QVERIFY2(html.contains(e->phrase.toHtmlEscaped()), qPrintable(e->phrase));
      QVERIFY(html.contains(e->en.summary.toHtmlEscaped()));
    }
    // Grouped by class, in order.
    qsizetype last = -1;
    for (const char *cls : {"1xx", "2xx", "3xx", "4xx", "5xx", "6xx"}) {
      const qsizetype at = html.indexOf(QString::fromLatin1(cls) + QStringLiteral("</span>"));
      QVERIFY2(at > last, qPrintable(cls));
      last = at;
    }
  }

  void cheatSheetPdfListsEveryCodeOnA4AndLetter_data() {
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("sizeName");
    QTest::newRow("A4") << int(PrintSupport::Paper::A4) << QStringLiteral("(A4)");
    QTest::newRow("Letter") << int(PrintSupport::Paper::Letter) << QStringLiteral("(letter)");
  }

  void cheatSheetPdfListsEveryCodeOnA4AndLetter() {
    QFETCH(int, paper);
    QFETCH(QString, sizeName);
    const QString path = pdf(QStringLiteral("cheatsheet-en-%1.pdf").arg(paper));
    QString error;
    QVERIFY2(PrintSupport::writePdf(PrintSupport::cheatSheetHtml(m_store, Language::English), path,
                                    PrintSupport::Paper(paper), QStringLiteral("SIP cheat sheet"), &error),
             qPrintable(error));
    const QString info = poppler(m_pdfinfo, {path});
    QVERIFY2(info.contains(sizeName), qPrintable(info));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY2(pages >= 2 && pages <= 8, qPrintable(info));

    const QString text = textOf(path);
    const QString flat = collapse(text);
    QVERIFY(flat.contains(QStringLiteral("SIP response codes")));
    for (const EntryRef &ref : m_store.allRefs(Registry::Sip)) {
      QVERIFY2(text.contains(QRegularExpression(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(ref.code))),
               qPrintable(QStringLiteral("%1 is missing from the PDF").arg(ref.code)));
      const auto e = m_store.entry(ref);
      // A phrase may wrap inside its cell; its words are all there.
      for (const QString &word : e->phrase.split(u' ', Qt::SkipEmptyParts))
        QVERIFY2(flat.contains(word),
                 qPrintable(QStringLiteral("%1: '%2' is missing").arg(ref.code).arg(word)));
    }
  }

  void japaneseCheatSheetHasJapaneseText() {
    m_languages.setLanguage(Language::Japanese);
    const QString path = pdf(QStringLiteral("cheatsheet-ja.pdf"));
    QString error;
    QVERIFY2(PrintSupport::writePdf(PrintSupport::cheatSheetHtml(m_store, Language::Japanese), path,
                                    PrintSupport::Paper::A4, QStringLiteral("SIP"), &error),
             qPrintable(error));
    const QString flat = collapse(textOf(path)).remove(u' ');
    // The summary of 486 in Japanese, from the content...
    const auto busy = m_store.entry({Registry::Sip, 486});
    QVERIFY(busy);
    const QString summary = QString(busy->ja.summary).remove(u' ');
    QVERIFY2(flat.contains(summary.left(12)), qPrintable(summary.left(12) + u'\n' + flat.left(600)));
    // ...and the headings, from the Japanese translation.
    QVERIFY2(flat.contains(QString(CheatSheet::tr("SIP response codes")).remove(u' ')),
             qPrintable(flat.left(300)));
    QVERIFY(CheatSheet::tr("SIP response codes") != QStringLiteral("SIP response codes"));
    // Every code is still there.
    for (const EntryRef &ref : m_store.allRefs(Registry::Sip))
      QVERIFY2(flat.contains(QString::number(ref.code)), qPrintable(QString::number(ref.code)));
    // And a CJK font was embedded to draw it.
    const QString fonts = poppler(QStandardPaths::findExecutable(QStringLiteral("pdffonts")), {path});
    QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
  }

  void entryPagePdf() {
    for (Language language : {Language::English, Language::Japanese}) {
      m_languages.setLanguage(language);
      const QString path = pdf(QStringLiteral("486-%1.pdf").arg(languageKey(language)));
      QString error;
      QVERIFY2(PrintSupport::writePdf(PrintSupport::entryHtml(m_store, {Registry::Sip, 486}, language), path,
                                      PrintSupport::Paper::Letter, QStringLiteral("486"), &error),
               qPrintable(error));
      const QString flat = collapse(textOf(path)).remove(u' ');
      QVERIFY(flat.contains(QStringLiteral("486BusyHere")));
      const auto e = m_store.entry({Registry::Sip, 486});
      const QString meaning = QString(e->text(language).meaning).remove(u' ');
      QVERIFY2(flat.contains(meaning.left(15)), qPrintable(meaning.left(15)));
    }
  }

  void comparisonPdf() {
    m_languages.setLanguage(Language::Japanese);
    const QString path = pdf(QStringLiteral("compare.pdf"));
    QString error;
    QVERIFY2(PrintSupport::writePdf(PrintSupport::comparisonHtml(m_store, {Registry::Sip, 486},
                                                                 {Registry::Sip, 600}, Language::Japanese),
                                    path, PrintSupport::Paper::A4, QStringLiteral("486 / 600"), &error),
             qPrintable(error));
    const QString flat = collapse(textOf(path)).remove(u' ');
    QVERIFY(flat.contains(QStringLiteral("BusyHere")));
    QVERIFY(flat.contains(QStringLiteral("BusyEverywhere")));
    QVERIFY2(
        flat.contains(QString(QCoreApplication::translate("PageRenderer", "Key differences")).remove(u' ')),
        qPrintable(flat.left(400)));
  }

  void unknownCodesGiveAnErrorPageNotACrash() {
    const QString html = PrintSupport::entryHtml(m_store, {Registry::Sip, 999}, Language::English);
    QVERIFY(html.contains(QStringLiteral("sip:999")));
    QVERIFY(
        PrintSupport::comparisonHtml(m_store, {Registry::Sip, 486}, {Registry::Q850, 999}, Language::English)
            .contains(QStringLiteral("q850:999")));
  }

  void anUnwritablePathIsReported() {
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    QVERIFY(!PrintSupport::writePdf(QStringLiteral("<p>x</p>"), path, PrintSupport::Paper::A4,
                                    QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
  }

  void paperFollowsTheLastChoice() {
    PrintSupport::setDefaultPaper(PrintSupport::Paper::Letter);
    QCOMPARE(PrintSupport::defaultPaper(), PrintSupport::Paper::Letter);
    PrintSupport::setDefaultPaper(PrintSupport::Paper::A4);
    QCOMPARE(PrintSupport::defaultPaper(), PrintSupport::Paper::A4);
    QCOMPARE(PrintSupport::pageSizeId(PrintSupport::Paper::Letter), QPageSize::Letter);
  }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
