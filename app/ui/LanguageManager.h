#pragma once

#include "core/Registry.h"

#include <QObject>
#include <QTranslator>

namespace sipref {

/// Owns the translators for SipRef's own strings and Qt's, and switches them
/// at run time. Installing a translator makes Qt send QEvent::LanguageChange
/// to every widget, which re-translates the open window in place.
class LanguageManager final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LanguageManager)

public:
  explicit LanguageManager(QObject *parent = nullptr);

  Language language() const { return m_language; }
  void setLanguage(Language language);

  /// The language saved in the settings, or the system locale's on first start.
  static Language initialLanguage();
  static void saveLanguage(Language language);

signals:
  void languageChanged(sipref::Language language);

private:
  Language m_language = Language::English;
  bool m_installed = false;
  QTranslator m_app;
  QTranslator m_qt;
};

} // namespace sipref
