#pragma once

#include "core/Entry.h"
#include "core/Page.h"

#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QSize;
class QWidget;

namespace sipref {

class ContentStore;

/// Printing, PDF and SVG live in a library of their own (sipref_output, with
/// PrintSupport), loaded the first time one of them is used: Qt PrintSupport
/// and Qt Svg then do not load at every start (measured: some 3 million
/// instructions of loading and relocating, about 1 ms before the first paint).
struct OutputFunctions {
  /// PrintSupport::printPage: a code, a comparison or the cheat sheet, printed or as PDF.
  QString (*printPage)(QWidget *parent, const ContentStore &store, const std::optional<Page> &page,
                       Language language, bool pdf);
  /// PrintSupport::exportPdfWithDialog.
  QString (*exportPdfWithDialog)(QWidget *parent, const QString &html, const QString &title,
                                 const QString &suggestedFileName);
  /// An SVG drawing of `size` CSS pixels drawn by `draw`; false with `error` set when it cannot be written.
  bool (*writeSvg)(const QString &path, const QSize &size, const QString &title, const QString &description,
                   const std::function<void(QPainter &)> &draw, QString *error);
};

namespace output {

/// The library's functions, loaded on the first call; null when it cannot be
/// loaded, with `error` saying why (the program works on without printing).
const OutputFunctions *functions(QString *error = nullptr);

} // namespace output

} // namespace sipref
