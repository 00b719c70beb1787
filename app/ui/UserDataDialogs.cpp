#include "UserDataDialogs.h"

#include "core/UserDataExchange.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace sipref {

QString UserDataDialogs::exportWithDialog(QWidget *parent, const UserStore &user) {
  const QString path =
      QFileDialog::getSaveFileName(parent, tr("Export bookmarks and notes"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("sipref-notes.json")),
                                   tr("SipRef notes (*.json)"));
  if (path.isEmpty())
    return {};
  QString error;
  if (UserDataExchange::exportToFile(user, path, &error))
    return tr("Bookmarks and notes exported to %1").arg(QDir::toNativeSeparators(path));
  QMessageBox::warning(parent, tr("Export bookmarks and notes"), error);
  return {};
}

void UserDataDialogs::importWithDialog(QWidget *parent, UserStore &user, const ContentStore &content) {
  const QString path = QFileDialog::getOpenFileName(parent, tr("Import bookmarks and notes"), QString(),
                                                    tr("SipRef notes (*.json);;All files (*)"));
  if (path.isEmpty())
    return;
  const auto result = UserDataExchange::importFile(user, path, &content);
  if (result.ok && result.skipped.isEmpty())
    QMessageBox::information(parent, tr("Import bookmarks and notes"), result.message());
  else
    QMessageBox::warning(parent, tr("Import bookmarks and notes"), result.message());
}

} // namespace sipref
