#include "Vocabulary.h"

namespace sipref {

namespace {

/// The facts of an entry that have words of their own, keyed as the content
/// and the links write them.
enum class Fact { Registry, CodeLabel, Class, ClassMeaning, Kind, Status, Sender, Retry };

/// A key as the content writes it for one fact ("4xx", "b2bua") and the
/// English words for it.
struct Word {
  Fact fact;
  const char *key;
  const char *text;
};

// A table, one word a line.
// clang-format off
constexpr Word kWords[] = {
    {Fact::Registry, "sip", QT_TRANSLATE_NOOP("Vocabulary", "SIP response")},
    {Fact::Registry, "warning", QT_TRANSLATE_NOOP("Vocabulary", "SIP Warning code")},
    {Fact::Registry, "q850", QT_TRANSLATE_NOOP("Vocabulary", "Q.850 cause")},
    {Fact::CodeLabel, "warning", QT_TRANSLATE_NOOP("Vocabulary", "Warning %1")},
    {Fact::CodeLabel, "q850", QT_TRANSLATE_NOOP("Vocabulary", "Cause %1")},
    {Fact::Class, "1xx", QT_TRANSLATE_NOOP("Vocabulary", "Provisional")},
    {Fact::Class, "2xx", QT_TRANSLATE_NOOP("Vocabulary", "Success")},
    {Fact::Class, "3xx", QT_TRANSLATE_NOOP("Vocabulary", "Redirection")},
    {Fact::Class, "4xx", QT_TRANSLATE_NOOP("Vocabulary", "Client failure")},
    {Fact::Class, "5xx", QT_TRANSLATE_NOOP("Vocabulary", "Server failure")},
    {Fact::Class, "6xx", QT_TRANSLATE_NOOP("Vocabulary", "Global failure")},
    {Fact::Class, "normal", QT_TRANSLATE_NOOP("Vocabulary", "Normal event")},
    {Fact::Class, "resource-unavailable", QT_TRANSLATE_NOOP("Vocabulary", "Resource unavailable")},
    {Fact::Class, "service-unavailable", QT_TRANSLATE_NOOP("Vocabulary", "Service or option not available")},
    {Fact::Class, "service-not-implemented", QT_TRANSLATE_NOOP("Vocabulary", "Service or option not implemented")},
    {Fact::Class, "invalid-message", QT_TRANSLATE_NOOP("Vocabulary", "Invalid message")},
    {Fact::Class, "protocol-error", QT_TRANSLATE_NOOP("Vocabulary", "Protocol error")},
    {Fact::Class, "interworking", QT_TRANSLATE_NOOP("Vocabulary", "Interworking")},
    {Fact::ClassMeaning, "1xx", QT_TRANSLATE_NOOP("Vocabulary", "the request was received and is being processed; a final response follows")},
    {Fact::ClassMeaning, "2xx", QT_TRANSLATE_NOOP("Vocabulary", "the request succeeded")},
    {Fact::ClassMeaning, "3xx", QT_TRANSLATE_NOOP("Vocabulary", "the target is elsewhere; the client should try the addresses it was given")},
    {Fact::ClassMeaning, "4xx", QT_TRANSLATE_NOOP("Vocabulary", "the request failed at this server; a changed request or another location may succeed")},
    {Fact::ClassMeaning, "5xx", QT_TRANSLATE_NOOP("Vocabulary", "the server failed to process a valid request; another server may succeed")},
    {Fact::ClassMeaning, "6xx", QT_TRANSLATE_NOOP("Vocabulary", "the request fails everywhere; no other location should be tried")},
    {Fact::Kind, "provisional", QT_TRANSLATE_NOOP("Vocabulary", "Provisional (the transaction continues)")},
    {Fact::Kind, "final", QT_TRANSLATE_NOOP("Vocabulary", "Final (ends the transaction)")},
    {Fact::Status, "current", QT_TRANSLATE_NOOP("Vocabulary", "Current")},
    {Fact::Status, "deprecated", QT_TRANSLATE_NOOP("Vocabulary", "Deprecated")},
    {Fact::Status, "historic", QT_TRANSLATE_NOOP("Vocabulary", "Historic (RFC 2543 era; still sent by old equipment)")},
    {Fact::Sender, "uas", QT_TRANSLATE_NOOP("Vocabulary", "UAS (the called endpoint)")},
    {Fact::Sender, "proxy", QT_TRANSLATE_NOOP("Vocabulary", "Proxy")},
    {Fact::Sender, "registrar", QT_TRANSLATE_NOOP("Vocabulary", "Registrar")},
    {Fact::Sender, "redirect", QT_TRANSLATE_NOOP("Vocabulary", "Redirect server")},
    {Fact::Sender, "b2bua", QT_TRANSLATE_NOOP("Vocabulary", "B2BUA / SBC")},
    {Fact::Sender, "gateway", QT_TRANSLATE_NOOP("Vocabulary", "PSTN gateway")},
    {Fact::Retry, "none", QT_TRANSLATE_NOOP("Vocabulary", "not a failure: nothing to retry")},
    {Fact::Retry, "redirect", QT_TRANSLATE_NOOP("Vocabulary", "retries at the Contact addresses it was given")},
    {Fact::Retry, "credentials", QT_TRANSLATE_NOOP("Vocabulary", "resends the same request with credentials for the challenge")},
    {Fact::Retry, "modify", QT_TRANSLATE_NOOP("Vocabulary", "may resend after changing the request as the response asks")},
    {Fact::Retry, "later", QT_TRANSLATE_NOOP("Vocabulary", "may try the same destination again later (after Retry-After, if given)")},
    {Fact::Retry, "alternate", QT_TRANSLATE_NOOP("Vocabulary", "may try another server or route (next DNS SRV target, another trunk)")},
    {Fact::Retry, "stop", QT_TRANSLATE_NOOP("Vocabulary", "should not retry this request")},
};
// clang-format on

/// The translated words for `key`, or `fallback` for a key the table lacks.
QString wordFor(Fact fact, const QString &key, const QString &fallback) {
  for (const Word &w : kWords)
    if (w.fact == fact && key == QLatin1String(w.key))
      return Vocabulary::tr(w.text);
  return fallback;
}

} // namespace

QString Vocabulary::registryName(Registry registry) {
  return wordFor(Fact::Registry, registryKey(registry), QString());
}

QString Vocabulary::className(const QString &cls) {
  return wordFor(Fact::Class, cls, cls);
}

QString Vocabulary::classMeaning(const QString &cls) {
  return wordFor(Fact::ClassMeaning, cls, className(cls));
}

QString Vocabulary::kindName(const QString &kind) {
  return wordFor(Fact::Kind, kind, kind);
}

QString Vocabulary::statusName(const QString &status) {
  return wordFor(Fact::Status, status, status);
}

QString Vocabulary::senderName(const QString &sender) {
  return wordFor(Fact::Sender, sender, sender);
}

QString Vocabulary::retryName(const QString &retry) {
  return wordFor(Fact::Retry, retry, retry);
}

QString Vocabulary::codeLabel(const EntryRef &ref) {
  // A SIP response goes by its number alone.
  return wordFor(Fact::CodeLabel, registryKey(ref.registry), QStringLiteral("%1")).arg(ref.code);
}

QString Vocabulary::entryLabel(const EntryRef &ref, const QString &title) {
  return codeLabel(ref) + u' ' + title;
}

QString Vocabulary::classColor(const EntryRef &ref, int classDigit) {
  if (ref.registry == Registry::Warning)
    return QStringLiteral("#8e6c00");
  if (ref.registry == Registry::Q850)
    return QStringLiteral("#5b6bbf");
  // 1xx to 6xx; a digit outside them gets the colour of 1xx.
  static const char *const kSipClasses[] = {"#7a8691", "#2e9d4f", "#1f8fb3", "#d9822b", "#d64545", "#a23bb0"};
  return QLatin1String(kSipClasses[classDigit >= 1 && classDigit <= 6 ? classDigit - 1 : 0]);
}

} // namespace sipref
