// Printing and PDF: the cheat sheet, a code page and a comparison are
// rendered to PDF on A4 and Letter, and the PDFs' text is read back with
// pdftotext (poppler-utils): the cheat sheet lists every SIP response code,
// and a Japanese PDF carries the Japanese text (fonts-noto-cjk).
// SIPREF_KEEP_PDF=1 keeps the PDFs.

#include "core/CheatSheet.h"
#include "core/ContentStore.h"
#include "ui/LanguageManager.h"
#include "ui/PrintSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
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

  void rowsAreNotSplitAcrossPages_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("paper");
    for (const char *what : {"cheatsheet", "comparison"})
      for (Language language : {Language::English, Language::Japanese})
        for (PrintSupport::Paper paper : {PrintSupport::Paper::A4, PrintSupport::Paper::Letter})
          QTest::addRow("%s-%s-%s", what, qPrintable(languageKey(language)),
                        paper == PrintSupport::Paper::A4 ? "a4" : "letter")
              << QString::fromLatin1(what) << int(language) << int(paper);
  }
  void rowsAreNotSplitAcrossPages() {
    QFETCH(QString, what);
    QFETCH(int, language);
    QFETCH(int, paper);
    m_languages.setLanguage(Language(language));
    const QString html = what == u"cheatsheet"
                             ? PrintSupport::cheatSheetHtml(m_store, Language(language))
                             : PrintSupport::comparisonHtml(m_store, {Registry::Sip, 486},
                                                            {Registry::Sip, 600}, Language(language));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(PrintSupport::pageSizeId(PrintSupport::Paper(paper))));
    QTextDocument document;
    PrintSupport::layOut(document, html, printer);
    const qreal page = document.pageSize().height();
    QVERIFY(document.pageCount() >= 2);
    int rowsSeen = 0;
    QList<QTextFrame *> frames{document.rootFrame()};
    while (!frames.isEmpty()) {
      QTextFrame *frame = frames.takeFirst();
      frames += frame->childFrames();
      auto *table = qobject_cast<QTextTable *>(frame);
      if (!table)
        continue;
      for (int r = 0; r < table->rows(); ++r) {
        qreal top = 1e12, bottom = -1;
        QString text;
        for (int c = 0; c < table->columns(); ++c) {
          const QTextTableCell cell = table->cellAt(r, c);
          for (QTextBlock b = cell.firstCursorPosition().block();
               b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
            const QRectF rect = document.documentLayout()->blockBoundingRect(b);
            if (b.text().isEmpty())
              continue;
            top = std::min(top, rect.top());
            bottom = std::max(bottom, rect.bottom());
            text += b.text() + u' ';
          }
        }
        if (bottom < 0 || bottom - top >= page * 0.9)
          continue;
        ++rowsSeen;
        QVERIFY2(int(top / page) == int((bottom - 1) / page),
                 qPrintable(QStringLiteral("split over pages %1-%2: %3")
                                .arg(int(top / page) + 1)
                                .arg(int((bottom - 1) / page) + 1)
                                .arg(text.left(80))));
      }
    }
    QVERIFY(rowsSeen > 8);
  }

  void nothingPrintsInTheMargins_data() {
    QTest::addColumn<QString>("what");
    QTest::newRow("comparison") << QStringLiteral("comparison");
    QTest::newRow("cheatsheet") << QStringLiteral("cheatsheet");
  }
  void nothingPrintsInTheMargins() {
    QFETCH(QString, what);
    const QString path = pdf(QStringLiteral("margins-%1.pdf").arg(what));
    const QString html = what == u"cheatsheet"
                             ? PrintSupport::cheatSheetHtml(m_store, Language::English)
                             : PrintSupport::comparisonHtml(m_store, {Registry::Sip, 486},
                                                            {Registry::Sip, 600}, Language::English);
    QVERIFY(PrintSupport::writePdf(html, path, PrintSupport::Paper::A4, what));
    const QString prefix = m_dir.filePath(QStringLiteral("margins-%1").arg(what));
    constexpr int dpi = 50;
    poppler(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
             path, prefix});
    const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("margins-%1-*.png").arg(what)});
    QVERIFY(pages.size() >= 2);
    // The body starts 2 cm in; allow a pixel for rounding.
    const int margin = int(PrintSupport::kMarginCm / 2.54 * dpi) - 1;
    for (const QString &name : pages) {
      const QImage image(m_dir.filePath(name));
      QVERIFY(!image.isNull());
      // The page number sits in the bottom margin's top half, at the right.
      const QRect number(image.width() / 2, image.height() - margin, image.width() / 2 - margin / 2,
                         margin / 2 + 1);
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
          const bool inMargin =
              x < margin || y < margin || x >= image.width() - margin || y >= image.height() - margin;
          if (!inMargin || number.contains(x, y))
            continue;
          QVERIFY2(qGray(image.pixel(x, y)) > 245,
                   qPrintable(QStringLiteral("%1: ink at %2,%3 in the margin").arg(name).arg(x).arg(y)));
        }
    }
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
