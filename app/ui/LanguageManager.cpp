#include "LanguageManager.h"

#include "core/Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sipref {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

Language LanguageManager::initialLanguage() {
  if (const auto saved = Settings::language())
    return *saved;
  return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

void LanguageManager::saveLanguage(Language language) {
  Settings::setLanguage(language);
}

void LanguageManager::setLanguage(Language language) {
  if (m_installed && language == m_language)
    return;
  QCoreApplication::removeTranslator(&m_app);
  QCoreApplication::removeTranslator(&m_qt);
  m_language = language;
  m_installed = true;
  if (language == Language::Japanese) {
    if (m_app.load(QStringLiteral(":/i18n/sipref_ja.qm")))
      QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
  } else {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }
  emit languageChanged(language);
}

} // namespace sipref
