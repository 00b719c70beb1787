#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sipref {

class ContentStore;
class UserStore;

/// File > Export / Import bookmarks and notes: the file dialogs around
/// UserDataExchange, and what the user is told afterwards.
class UserDataDialogs final {
  Q_DECLARE_TR_FUNCTIONS(UserDataDialogs)

public:
  /// Asks where to write and writes. Returns a line for the status bar when
  /// it was written; a failure is shown in a message box.
  static QString exportWithDialog(QWidget *parent, const UserStore &user);
  /// Asks for a file and imports it; says what was imported and what was
  /// skipped, or why nothing was.
  static void importWithDialog(QWidget *parent, UserStore &user, const ContentStore &content);
};

} // namespace sipref
