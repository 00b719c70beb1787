#include "Registry.h"

namespace sipref {

QList<Registry> allRegistries() { return {Registry::Sip, Registry::Warning, Registry::Q850}; }

QString registryKey(Registry registry) {
  switch (registry) {
  case Registry::Sip:
    return QStringLiteral("sip");
  case Registry::Warning:
    return QStringLiteral("warning");
  case Registry::Q850:
    return QStringLiteral("q850");
  }
  return {};
}

std::optional<Registry> registryFromKey(const QString &key) {
  for (Registry r : allRegistries())
    if (registryKey(r) == key)
      return r;
  return std::nullopt;
}

QString languageKey(Language language) {
  return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString EntryRef::toString() const { return registryKey(registry) + u':' + QString::number(code); }

std::optional<EntryRef> EntryRef::fromString(const QString &text) {
  const qsizetype colon = text.indexOf(u':');
  Registry registry = Registry::Sip;
  QString number = text;
  if (colon >= 0) {
    const auto r = registryFromKey(text.left(colon));
    if (!r)
      return std::nullopt;
    registry = *r;
    number = text.mid(colon + 1);
  }
  bool ok = false;
  const int code = number.toInt(&ok);
  if (!ok || code < 0 || code > 999)
    return std::nullopt;
  return EntryRef{registry, code};
}

} // namespace sipref
