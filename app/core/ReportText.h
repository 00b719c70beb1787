#pragma once

#include <QString>
#include <QStringView>

namespace sipref {

struct Report;

/// Reports and tables for a terminal: lines of at most 78 columns, where a
/// CJK character takes two columns.
namespace text {

/// Terminal columns `text` takes: CJK (East Asian wide) characters take two.
int columns(QStringView text);
/// `text` padded with spaces to `width` terminal columns.
QString padded(const QString &text, int width);
/// Appends `text` padded to `width` columns, without a string of its own.
void appendPadded(QString &out, const QString &text, int width);
/// Pads what was appended to `out` since `from` to `width` columns.
void padFrom(QString &out, qsizetype from, int width);
/// `text` broken into lines of at most `width` columns: the first line after
/// `first`, the others after `rest`. English breaks between words; Japanese,
/// which has no spaces, between characters, but never before 、。）」.
QString wrap(const QString &text, const QString &first, const QString &rest, int width = 78);

/// The report as the command line prints it: the title line, the facts, then
/// every section with its heading. A link to a comparison is followed by the
/// command that prints it; links to pages only the window has are left out.
QString report(const Report &report);

} // namespace text
} // namespace sipref
