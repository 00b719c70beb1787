#pragma once

#include <QIcon>

class QLineEdit;

namespace sipref::icons {

// The toolbar's icons, drawn with QPainter at whatever size and scale they are
// shown. They follow the palette (dark themes, the disabled state) and cost
// nothing at startup: an icon theme lookup (QIcon::fromTheme) walks the theme
// directories and took longer than building the rest of the window.

/// An arrow pointing left: Back.
QIcon back();
/// An arrow pointing right: Forward.
QIcon forward();
/// Two columns side by side: Compare.
QIcon compare();
/// A cross: clear a text field.
QIcon clear();
/// Two chevrons: the button of a toolbar or menu bar too narrow for its items.
QIcon more();

/// Makes the application's style hand out more() for the toolbar and menu
/// bar extension buttons instead of looking them up in the icon theme.
/// Call once, after the QApplication is made.
void useDrawnStandardIcons();

/// Gives a line edit a clear button shown while it holds text: what
/// QLineEdit::setClearButtonEnabled does, without its icon theme lookup.
void addClearButton(QLineEdit *edit);

} // namespace sipref::icons
