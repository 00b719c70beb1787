#include "TraceExport.h"

#include "LadderView.h"
#include "TraceView.h" // the translation context of the whole trace view

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

namespace sipref::TraceExport {

bool writeLadder(const LadderView &ladder, const QString &callId, const QString &path, QString *error) {
  if (ladder.isEmpty()) {
    if (error)
      *error = TraceView::tr("There is no call to export.");
    return false;
  }
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
    return ladder.exportSvg(path, TraceView::tr("Call flow of %1").arg(callId), error);
  return ladder.exportPng(path, error);
}

bool writeCsv(const QString &csv, const QString &path, QString *error) {
  QSaveFile file(path);
  if (file.open(QIODevice::WriteOnly)) {
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (file.commit())
      return true;
  }
  if (error)
    *error = file.errorString();
  return false;
}

QString saveWithDialog(QWidget *parent, Kind kind, const QString &title,
                       const std::function<bool(const QString &path, QString *error)> &write) {
  const bool csv = kind == Kind::CallsCsv;
  const QString suffix = csv                       ? QStringLiteral("csv")
                         : kind == Kind::LadderSvg ? QStringLiteral("svg")
                                                   : QStringLiteral("png");
  const QString filter = csv                       ? TraceView::tr("CSV file (*.csv)")
                         : kind == Kind::LadderSvg ? TraceView::tr("SVG drawing (*.svg)")
                                                   : TraceView::tr("PNG image (*.png)");
  const QString base = csv ? QStringLiteral("sipref-calls") : QStringLiteral("sipref-call-flow");
  QString path = QFileDialog::getSaveFileName(parent, title, base + u'.' + suffix, filter);
  if (path.isEmpty())
    return {};
  if (QFileInfo(path).suffix().isEmpty())
    path += u'.' + suffix;
  QString error;
  if (!write(path, &error)) {
    QMessageBox::warning(parent, TraceView::tr("Export failed"),
                         TraceView::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    return {};
  }
  return TraceView::tr("Written to %1.").arg(QDir::toNativeSeparators(path));
}

} // namespace sipref::TraceExport
