#pragma once

#include "core/Entry.h"
#include "core/Page.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

class QPrinter;
class QTextDocument;
class QWidget;

// In the sipref_output library (see Output.h): exported from it for the tests.
#if defined(SIPREF_OUTPUT_LIBRARY)
#define SIPREF_OUTPUT_EXPORT Q_DECL_EXPORT
#else
#define SIPREF_OUTPUT_EXPORT Q_DECL_IMPORT
#endif

namespace sipref {

class ContentStore;

/// Printing and PDF export of a code page, a comparison and the cheat
/// sheet, on A4 or Letter.
///
/// The pages are the same HTML the window shows (PageRenderer, CheatSheet)
/// in light colours, because paper is white whatever the screen theme. They
/// are laid out by QTextDocument on the printer's page, with page numbers,
/// so the same text fits A4 and Letter. Japanese renders through the
/// system's CJK fonts (fonts-noto-cjk on Debian).
///
///     const QString html = PrintSupport::cheatSheetHtml(store, language);
///     PrintSupport::printWithDialog(this, html, tr("SIP cheat sheet"));
///     PrintSupport::exportPdfWithDialog(this, html, tr("SIP cheat sheet"), "sip-cheat-sheet.pdf");
class SIPREF_OUTPUT_EXPORT PrintSupport final {
  Q_DECLARE_TR_FUNCTIONS(PrintSupport)

public:
  enum class Paper { A4, Letter };

  /// The paper chosen last (remembered), else the locale's: Letter in the
  /// Americas' Letter countries, A4 elsewhere.
  static Paper defaultPaper();
  static void setDefaultPaper(Paper paper);
  static QPageSize::PageSizeId pageSizeId(Paper paper);

  static QString entryHtml(const ContentStore &store, const EntryRef &ref, Language language);
  static QString comparisonHtml(const ContentStore &store, const EntryRef &left, const EntryRef &right,
                                Language language);
  static QString cheatSheetHtml(const ContentStore &store, Language language);

  /// Lays `html` out on the printer's pages and prints it (to paper or, for a
  /// PDF printer, to its output file): 2 cm margins that stay empty but for
  /// the page number, and no table row split across two pages unless it is
  /// taller than a page. False with `error` set when it failed.
  static bool render(const QString &html, QPrinter &printer, QString *error = nullptr);
  /// The margin on every side of a printed page.
  static constexpr double kMarginCm = 2.0;
  /// Lays `html` out in `document` as render() prints it on `printer`'s
  /// paper: in printer pixels, pages the size of the body (the paper less
  /// the margins), rows kept together. Returns the body on the paper.
  static QRectF layOut(QTextDocument &document, const QString &html, QPrinter &printer);
  /// For a document with a page size: moves every table row that would
  /// straddle a page break to the next page (rows taller than a page stay).
  static void keepRowsTogether(QTextDocument &document);
  /// Writes `html` as a PDF of the given paper size to `path`.
  static bool writePdf(const QString &html, const QString &path, Paper paper, const QString &title,
                       QString *error = nullptr);

  /// Shows Qt's print dialog and prints. False when cancelled or failed (a
  /// failure is shown to the user).
  static bool printWithDialog(QWidget *parent, const QString &html, const QString &title);
  /// Asks for a file name (and keeps the folder for next time), writes the
  /// PDF on the default paper, and tells the user when it failed. Returns the
  /// path written, or an empty string.
  static QString exportPdfWithDialog(QWidget *parent, const QString &html, const QString &title,
                                     const QString &suggestedFileName);
  /// Prints `page` (a code or a comparison; other pages print nothing), or
  /// the cheat sheet without a page, through the dialogs above. Returns the
  /// PDF written, or an empty string.
  static QString printPage(QWidget *parent, const ContentStore &store, const std::optional<Page> &page,
                           Language language, bool pdf);
};

} // namespace sipref
