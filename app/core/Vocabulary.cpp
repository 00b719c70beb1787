#include "Vocabulary.h"

namespace sipref {

QString Vocabulary::registryName(Registry registry) {
  switch (registry) {
  case Registry::Sip:
    return tr("SIP response");
  case Registry::Warning:
    return tr("SIP Warning code");
  case Registry::Q850:
    return tr("Q.850 cause");
  }
  return {};
}

QString Vocabulary::className(const QString &cls) {
  if (cls == u"1xx")
    return tr("Provisional");
  if (cls == u"2xx")
    return tr("Success");
  if (cls == u"3xx")
    return tr("Redirection");
  if (cls == u"4xx")
    return tr("Client failure");
  if (cls == u"5xx")
    return tr("Server failure");
  if (cls == u"6xx")
    return tr("Global failure");
  if (cls == u"normal")
    return tr("Normal event");
  if (cls == u"resource-unavailable")
    return tr("Resource unavailable");
  if (cls == u"service-unavailable")
    return tr("Service or option not available");
  if (cls == u"service-not-implemented")
    return tr("Service or option not implemented");
  if (cls == u"invalid-message")
    return tr("Invalid message");
  if (cls == u"protocol-error")
    return tr("Protocol error");
  if (cls == u"interworking")
    return tr("Interworking");
  return cls;
}

QString Vocabulary::classMeaning(const QString &cls) {
  if (cls == u"1xx")
    return tr("the request was received and is being processed; a final response follows");
  if (cls == u"2xx")
    return tr("the request succeeded");
  if (cls == u"3xx")
    return tr("the target is elsewhere; the client should try the addresses it was given");
  if (cls == u"4xx")
    return tr("the request failed at this server; a changed request or another location may succeed");
  if (cls == u"5xx")
    return tr("the server failed to process a valid request; another server may succeed");
  if (cls == u"6xx")
    return tr("the request fails everywhere; no other location should be tried");
  return className(cls);
}

QString Vocabulary::kindName(const QString &kind) {
  if (kind == u"provisional")
    return tr("Provisional (the transaction continues)");
  if (kind == u"final")
    return tr("Final (ends the transaction)");
  return kind;
}

QString Vocabulary::statusName(const QString &status) {
  if (status == u"current")
    return tr("Current");
  if (status == u"deprecated")
    return tr("Deprecated");
  if (status == u"historic")
    return tr("Historic (RFC 2543 era; still sent by old equipment)");
  return status;
}

QString Vocabulary::senderName(const QString &sender) {
  if (sender == u"uas")
    return tr("UAS (the called endpoint)");
  if (sender == u"proxy")
    return tr("Proxy");
  if (sender == u"registrar")
    return tr("Registrar");
  if (sender == u"redirect")
    return tr("Redirect server");
  if (sender == u"b2bua")
    return tr("B2BUA / SBC");
  if (sender == u"gateway")
    return tr("PSTN gateway");
  return sender;
}

QString Vocabulary::retryName(const QString &retry) {
  if (retry == u"none")
    return tr("not a failure: nothing to retry");
  if (retry == u"redirect")
    return tr("retries at the Contact addresses it was given");
  if (retry == u"credentials")
    return tr("resends the same request with credentials for the challenge");
  if (retry == u"modify")
    return tr("may resend after changing the request as the response asks");
  if (retry == u"later")
    return tr("may try the same destination again later (after Retry-After, if given)");
  if (retry == u"alternate")
    return tr("may try another server or route (next DNS SRV target, another trunk)");
  if (retry == u"stop")
    return tr("should not retry this request");
  return retry;
}

QString Vocabulary::codeLabel(const EntryRef &ref) {
  switch (ref.registry) {
  case Registry::Sip:
    return QString::number(ref.code);
  case Registry::Warning:
    return tr("Warning %1").arg(ref.code);
  case Registry::Q850:
    return tr("Cause %1").arg(ref.code);
  }
  return {};
}

QString Vocabulary::entryLabel(const EntryRef &ref, const QString &title) {
  return codeLabel(ref) + u' ' + title;
}

QString Vocabulary::classColor(const EntryRef &ref, int classDigit) {
  if (ref.registry == Registry::Warning)
    return QStringLiteral("#8e6c00");
  if (ref.registry == Registry::Q850)
    return QStringLiteral("#5b6bbf");
  switch (classDigit) {
  case 1:
    return QStringLiteral("#7a8691");
  case 2:
    return QStringLiteral("#2e9d4f");
  case 3:
    return QStringLiteral("#1f8fb3");
  case 4:
    return QStringLiteral("#d9822b");
  case 5:
    return QStringLiteral("#d64545");
  case 6:
    return QStringLiteral("#a23bb0");
  default:
    return QStringLiteral("#7a8691");
  }
}

} // namespace sipref
