#include "PrintSupport.h"

#include "core/CheatSheet.h"
#include "core/Comparison.h"
#include "core/ContentStore.h"
#include "core/PageRenderer.h"
#include "core/Settings.h"
#include "core/Vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <limits>

namespace sipref {

namespace {

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
  const QString saved = Settings::paper();
  if (saved == u"letter")
    return Paper::Letter;
  if (saved == u"a4")
    return Paper::A4;
  return usesLetter(QLocale::system().territory()) ? Paper::Letter : Paper::A4;
}

void PrintSupport::setDefaultPaper(Paper paper) {
  Settings::setPaper(paper == Paper::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
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

namespace {

// The rows of `table` as document y ranges (top, bottom).
QList<QPair<qreal, qreal>> rowExtents(const QTextDocument &document, QTextTable *table) {
  QList<QPair<qreal, qreal>> rows;
  QAbstractTextDocumentLayout *layout = document.documentLayout();
  for (int r = 0; r < table->rows(); ++r) {
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
      const QTextTableCell cell = table->cellAt(r, c);
      if (!cell.isValid() || cell.row() != r)
        continue;
      for (QTextBlock b = cell.firstCursorPosition().block();
           b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        top = std::min(top, rect.top());
        bottom = std::max(bottom, rect.bottom());
      }
    }
    rows.append({top, bottom});
  }
  return rows;
}

QList<QTextTable *> tablesIn(QTextFrame *frame) {
  QList<QTextTable *> out;
  for (QTextFrame *child : frame->childFrames()) {
    if (auto *table = qobject_cast<QTextTable *>(child))
      out << table;
    out += tablesIn(child);
  }
  return out;
}

} // namespace

void PrintSupport::keepRowsTogether(QTextDocument &document) {
  const qreal page = document.pageSize().height();
  if (page <= 0)
    return;
  for (QTextTable *table : tablesIn(document.rootFrame())) {
    for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
      const auto rows = rowExtents(document, table);
      const qreal top = rows.at(r).first;
      qreal bottom = rows.at(r).second;
      // A row that is one cell across the table labels the row below it.
      if (table->cellAt(r, 0).columnSpan() == table->columns() && r + 1 < rows.size())
        bottom = std::max(bottom, rows.at(r + 1).second);
      if (top > bottom)
        continue;
      const int first = int(top / page);
      const int last = int((bottom - 1) / page);
      // A row taller than a page has to be split; any other starts a new page.
      if (first == last || bottom - top >= page * 0.9)
        continue;
      // An empty row, as tall as the rest of the page, pushes it down. Its
      // padding is scaled by the layout (points to device pixels), so it is
      // measured and corrected until the row starts on the next page.
      table->insertRows(r, 1);
      ++r; // the row itself, now below the spacer
      const qreal boundary = (first + 1) * page;
      auto startWithPadding = [&](qreal padding) {
        QTextTableCellFormat spacer;
        spacer.setTopPadding(padding);
        spacer.setBottomPadding(0);
        spacer.setFontPointSize(1); // the row's one empty line adds next to nothing
        for (int c = 0; c < table->columns(); ++c)
          table->cellAt(r - 1, c).setFormat(spacer);
        document.markContentsDirty(0, document.characterCount());
        document.pageCount(); // lays the document out again
        return rowExtents(document, table).at(r).first;
      };
      const qreal base = startWithPadding(0);
      const qreal perUnit = startWithPadding(100) - base;
      if (perUnit > 0 && base < boundary)
        startWithPadding((boundary - base) / perUnit * 100 + 1);
    }
  }
}

QRectF PrintSupport::layOut(QTextDocument &document, const QString &html, QPrinter &printer) {
  document.documentLayout()->setPaintDevice(&printer);
  document.setHtml(html);
  const QRectF paper = printer.pageLayout().fullRectPixels(printer.resolution());
  const qreal margin = kMarginCm / 2.54 * printer.resolution();
  const QRectF body = paper.adjusted(margin, margin, -margin, -margin);
  document.setPageSize(body.size());
  keepRowsTogether(document);
  return body;
}

bool PrintSupport::render(const QString &html, QPrinter &printer, QString *error) {
  const bool toFile = printer.outputFormat() == QPrinter::PdfFormat;
  const QString file = printer.outputFileName();
  if (toFile) {
    // QPainter says nothing when it cannot open the file: find out first.
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
  // A page's text is clipped to the body, so nothing prints in the margins
  // but the page number.
  QTextDocument document;
  const QRectF body = layOut(document, html, printer);
  const qreal margin = body.top();

  QPainter painter;
  if (!painter.begin(&printer)) {
    if (error)
      *error = toFile ? tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(file))
                      : tr("The printer reported an error.");
    return false;
  }
  // Printers draw from their printable area's corner, not the paper's.
  const QPointF origin = printer.pageLayout().paintRectPixels(printer.resolution()).topLeft();
  const int pages = document.pageCount();
  QFont numberFont = document.defaultFont();
  for (int i = 0; i < pages; ++i) {
    if (i > 0)
      printer.newPage();
    painter.save();
    painter.translate(body.topLeft() - origin);
    painter.setClipRect(QRectF(QPointF(0, 0), body.size()));
    painter.translate(0, -i * body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, i * body.height(), body.width(), body.height());
    document.documentLayout()->draw(&painter, context);
    painter.restore();
    painter.setFont(QFont(numberFont, &printer));
    const QRectF footer(body.left() - origin.x(), body.bottom() - origin.y() + margin * 0.25, body.width(),
                        margin * 0.5);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
  }
  painter.end();
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
  // render() keeps its own 2 cm margins (and the page number in the bottom one).
  printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
  printer.setDocName(title);
  printer.setCreator(QStringLiteral("SipRef"));
  return render(html, printer, error);
}

bool PrintSupport::printWithDialog(QWidget *parent, const QString &html, const QString &title) {
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageSize(QPageSize(pageSizeId(defaultPaper())));
  // The printer's own minimum margins still apply; render() keeps 2 cm.
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
  QString folder = Settings::pdfFolder();
  if (folder.isEmpty() || !QFileInfo(folder).isDir())
    folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  QString path =
      QFileDialog::getSaveFileName(parent, tr("Export %1 as PDF").arg(title),
                                   QDir(folder).filePath(suggestedFileName), tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return {};
  if (QFileInfo(path).suffix().isEmpty())
    path += QStringLiteral(".pdf");
  Settings::setPdfFolder(QFileInfo(path).absolutePath());
  QString error;
  if (!writePdf(html, path, defaultPaper(), title, &error)) {
    QMessageBox::warning(parent, tr("PDF export failed"), error);
    return {};
  }
  return path;
}

QString PrintSupport::printPage(QWidget *parent, const ContentStore &store, const std::optional<Page> &page,
                                Language language, bool pdf) {
  QString html, title, file;
  if (!page) {
    html = cheatSheetHtml(store, language);
    title = tr("SIP response codes — cheat sheet");
    file = QStringLiteral("sip-cheat-sheet-%1.pdf").arg(languageKey(language));
  } else if (page->kind == Page::Kind::Entry) {
    html = entryHtml(store, page->first, language);
    const auto e = store.entry(page->first);
    title = e ? Vocabulary::entryLabel(e->ref, e->title(language)) : Vocabulary::codeLabel(page->first);
    file = QStringLiteral("sipref-%1-%2.pdf").arg(registryKey(page->first.registry)).arg(page->first.code);
  } else if (page->kind == Page::Kind::Comparison) {
    html = comparisonHtml(store, page->first, page->second, language);
    title = tr("%1 vs %2").arg(Vocabulary::codeLabel(page->first), Vocabulary::codeLabel(page->second));
    file = QStringLiteral("sipref-%1-vs-%2.pdf").arg(page->first.code).arg(page->second.code);
  } else {
    return {};
  }
  if (pdf)
    return exportPdfWithDialog(parent, html, title, file);
  printWithDialog(parent, html, title);
  return {};
}

} // namespace sipref
