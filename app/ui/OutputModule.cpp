// The entry of the sipref_output library (see Output.h): printing and PDF
// through PrintSupport, SVG through Qt Svg.
#include "Output.h"
#include "PrintSupport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRect>
#include <QSvgGenerator>

namespace sipref {

namespace {

bool writeSvg(const QString &path, const QSize &size, const QString &title, const QString &description,
              const std::function<void(QPainter &)> &draw, QString *error) {
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(size);
  svg.setResolution(96); // CSS pixels: viewers show it at the size it was drawn
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setTitle(title);
  svg.setDescription(description);
  QPainter p;
  if (!p.begin(&svg)) {
    if (error)
      *error = QCoreApplication::translate("sipref::LadderView", "Cannot write %1.").arg(path);
    return false;
  }
  draw(p);
  p.end();
  return true;
}

const OutputFunctions kFunctions{&PrintSupport::printPage, &PrintSupport::exportPdfWithDialog, &writeSvg};

} // namespace

} // namespace sipref

extern "C" Q_DECL_EXPORT const sipref::OutputFunctions *sipref_output_functions() {
  return &sipref::kFunctions;
}
