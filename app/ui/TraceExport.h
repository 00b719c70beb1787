#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sipref {

class LadderView;

/// Writing what the trace view shows to files other tools open: a call's
/// ladder as PNG or SVG, the call list as CSV for spreadsheets, the whole
/// explanation as PDF (through PrintSupport, in the output library: Output.h).
namespace TraceExport {

enum class Kind { LadderPng, LadderSvg, CallsCsv, ExplanationPdf };

/// The ladder shown in `ladder`; PNG or SVG by the file's suffix. `callId`
/// titles the SVG. False with `error` set when there is no call or the file
/// cannot be written.
bool writeLadder(const LadderView &ladder, const QString &callId, const QString &path, QString *error);

/// `csv` as UTF-8 with a byte order mark, so that spreadsheets read the
/// Japanese as UTF-8. False with `error` set when the file cannot be written.
bool writeCsv(const QString &csv, const QString &path, QString *error);

/// Asks where to save `kind` (PNG, SVG or CSV), adds the suffix when the
/// name has none, and writes it with `write`. A failure is shown in a
/// message box; the result is the line to show in the status ("Written to
/// …"), empty when the user cancelled or writing failed.
QString saveWithDialog(QWidget *parent, Kind kind, const QString &title,
                       const std::function<bool(const QString &path, QString *error)> &write);

} // namespace TraceExport

} // namespace sipref
