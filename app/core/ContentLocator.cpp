#include "ContentLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef SIPREF_DATA_SUBDIR
#define SIPREF_DATA_SUBDIR "share/sipref"
#endif
#ifndef SIPREF_INSTALL_PREFIX
#define SIPREF_INSTALL_PREFIX "/usr/local"
#endif

namespace sipref {

QStringList contentDatabaseCandidates() {
  QStringList out;
  const QString env = qEnvironmentVariable("SIPREF_CONTENT_DB");
  if (!env.isEmpty())
    out << env;
  const QString appDir = QCoreApplication::applicationDirPath();
  if (!appDir.isEmpty()) {
    out << QDir(appDir).filePath(QStringLiteral("content.sqlite"));
    out << QDir::cleanPath(appDir + QStringLiteral("/../") + QStringLiteral(SIPREF_DATA_SUBDIR) +
                           QStringLiteral("/content.sqlite"));
  }
  out << QDir::cleanPath(QStringLiteral(SIPREF_INSTALL_PREFIX "/" SIPREF_DATA_SUBDIR "/content.sqlite"));
  out.removeDuplicates();
  return out;
}

QString locateContentDatabase() {
  const QStringList candidates = contentDatabaseCandidates();
  // An explicit environment setting wins even when it is wrong, so the user
  // sees the error about the file they named.
  if (!qEnvironmentVariable("SIPREF_CONTENT_DB").isEmpty())
    return candidates.first();
  for (const QString &c : candidates)
    if (QFileInfo::exists(c))
      return c;
  return candidates.isEmpty() ? QString() : candidates.first();
}

} // namespace sipref
