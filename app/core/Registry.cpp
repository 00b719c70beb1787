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

QString classKey(const EntryRef &ref) {
  switch (ref.registry) {
  case Registry::Sip:
    return ref.code >= 100 && ref.code <= 699 ? QStringLiteral("%1xx").arg(ref.code / 100) : QString();
  case Registry::Q850: {
    // Q.850 §2.2.5: the class is the cause value's upper three bits.
    static const char *const classes[] = {"normal",
                                          "normal",
                                          "resource-unavailable",
                                          "service-unavailable",
                                          "service-not-implemented",
                                          "invalid-message",
                                          "protocol-error",
                                          "interworking"};
    return ref.code >= 0 && ref.code <= 127 ? QString::fromLatin1(classes[ref.code / 16]) : QString();
  }
  case Registry::Warning:
    return {};
  }
  return {};
}

bool isJapaneseCharacter(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x20000 && c <= 0x2FFFF);
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
