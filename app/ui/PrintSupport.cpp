#include "PrintSupport.h"

#include "core/CheatSheet.h"
#include "core/Comparison.h"
#include "core/ContentStore.h"
#include "core/PageRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace sipref {

namespace {

const char *kPaperKey = "print/paper";
const char *kFolderKey = "print/folder";

// Countries that use Letter rather than A4.
bool usesLetter(QLocale::Territory territory) {
  switch (territory) {
  case QLocale::UnitedStates:
  case QLocale::Canada:
  case QLocale::Mexico:
  case QLocale::Philippines:
  case QLocale::Chile:
  case QLocale::Colombia:
  case QLocale::Venezuela:
  case QLocale::PuertoRico:
    return true;
  default:
    return false;
  }
}

} // namespace

PrintSupport::Paper PrintSupport::defaultPaper() {
  const QString saved = QSettings().value(QLatin1String(kPaperKey)).toString();
  if (saved == u"letter")
    return Paper::Letter;
  if (saved == u"a4")
    return Paper::A4;
  return usesLetter(QLocale::system().territory()) ? Paper::Letter : Paper::A4;
}

void PrintSupport::setDefaultPaper(Paper paper) {
  QSettings().setValue(QLatin1String(kPaperKey),
                       paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
}

QPageSize::PageSizeId PrintSupport::pageSizeId(Paper paper) {
  return paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4;
}

QString PrintSupport::entryHtml(const ContentStore &store, const EntryRef &ref, Language language) {
  const PageRenderer renderer(store); // light colours: this is for paper
  const auto entry = store.entry(ref);
  if (!entry)
    return renderer.errorPage(tr("No such code"), tr("%1 is not in the content.").arg(ref.toString()));
  return renderer.entryPage(*entry, language);
}

QString PrintSupport::comparisonHtml(const ContentStore &store, const EntryRef &left, const EntryRef &right,
                                     Language language) {
  const PageRenderer renderer(store);
  const auto l = store.entry(left);
  const auto r = store.entry(right);
  if (!l || !r)
    return renderer.errorPage(tr("No such code"),
                              tr("%1 is not in the content.").arg((!l ? left : right).toString()));
  return renderer.comparisonPage(Comparison(*l, *r, language, store.curatedPair(left, right)));
}

QString PrintSupport::cheatSheetHtml(const ContentStore &store, Language language) {
  return CheatSheet(store).html(language);
}

bool PrintSupport::render(const QString &html, QPrinter &printer, QString *error) {
  const bool toFile = printer.outputFormat() == QPrinter::PdfFormat;
  const QString file = printer.outputFileName();
  if (toFile) {
    // QTextDocument::print says nothing when it cannot open the file: find out first.
    QFile probe(file);
    const bool existed = probe.exists();
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
      if (error)
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(file), probe.errorString());
      return false;
    }
    probe.close();
    if (!existed)
      probe.remove();
  }
  QTextDocument document;
  document.setHtml(html);
  document.print(&printer);
  if (printer.printerState() == QPrinter::Error || (toFile && QFileInfo(file).size() == 0)) {
    if (error)
      *error = toFile ? tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(file))
                      : tr("The printer reported an error.");
    return false;
  }
  return true;
}

bool PrintSupport::writePdf(const QString &html, const QString &path, Paper paper, const QString &title,
                            QString *error) {
  QPrinter printer(QPrinter::HighResolution);
  printer.setOutputFormat(QPrinter::PdfFormat);
  printer.setOutputFileName(path);
  printer.setPageSize(QPageSize(pageSizeId(paper)));
  // QTextDocument::print adds its own 2 cm margins (and the page number in the bottom one).
  printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
  printer.setDocName(title);
  printer.setCreator(QStringLiteral("SipRef"));
  return render(html, printer, error);
}

bool PrintSupport::printWithDialog(QWidget *parent, const QString &html, const QString &title) {
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageSize(QPageSize(pageSizeId(defaultPaper())));
  // The printer's own minimum margins still apply; QTextDocument::print adds 2 cm.
  printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
  printer.setDocName(title);
  printer.setCreator(QStringLiteral("SipRef"));
  QPrintDialog dialog(&printer, parent);
  dialog.setWindowTitle(tr("Print %1").arg(title));
  if (dialog.exec() != QDialog::Accepted)
    return false;
  // Remember the paper the user picked for the next print or PDF.
  const QPageSize::PageSizeId chosen = printer.pageLayout().pageSize().id();
  if (chosen == QPageSize::Letter)
    setDefaultPaper(Paper::Letter);
  else if (chosen == QPageSize::A4)
    setDefaultPaper(Paper::A4);
  QString error;
  if (!render(html, printer, &error)) {
    QMessageBox::warning(parent, tr("Printing failed"), error);
    return false;
  }
  return true;
}

QString PrintSupport::exportPdfWithDialog(QWidget *parent, const QString &html, const QString &title,
                                          const QString &suggestedFileName) {
  QSettings settings;
  QString folder = settings.value(QLatin1String(kFolderKey)).toString();
  if (folder.isEmpty() || !QFileInfo(folder).isDir())
    folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  QString path =
      QFileDialog::getSaveFileName(parent, tr("Export %1 as PDF").arg(title),
                                   QDir(folder).filePath(suggestedFileName), tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return {};
  if (QFileInfo(path).suffix().isEmpty())
    path += QStringLiteral(".pdf");
  settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
  QString error;
  if (!writePdf(html, path, defaultPaper(), title, &error)) {
    QMessageBox::warning(parent, tr("PDF export failed"), error);
    return {};
  }
  return path;
}

} // namespace sipref
