#pragma once

#include "core/PageRenderer.h"

#include <QPalette>

class QApplication;
class QWidget;

namespace sipref {

/// Colours for generated pages from a widget's palette, so pages follow
/// light and dark themes.
PageColors pageColorsFor(const QWidget *widget);

/// `palette` with placeholder text ("Code, class (4xx)…", the note box's
/// hint) that can be read on its base colour: some dark themes give a
/// placeholder colour barely different from the background. A readable
/// placeholder is left as it is.
QPalette withReadablePlaceholders(QPalette palette);

/// Applies withReadablePlaceholders() to the application palette now and
/// whenever the palette changes (a theme switched while SipRef runs).
void keepPlaceholdersReadable(QApplication &app);

/// Contrast ratio of two colours as WCAG defines it (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace sipref
