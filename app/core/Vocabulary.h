#pragma once

#include "Entry.h"

#include <QCoreApplication>
#include <QString>

namespace sipref {

/// The words SipRef uses for the facts of an entry (class, kind, status,
/// senders, retry behaviour), translated through Qt Linguist so they follow
/// the UI language. Unknown keys come back as they are.
class Vocabulary final {
  Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
  static QString registryName(Registry registry);
  /// "Client failure" for "4xx", "Normal event" for "normal".
  static QString className(const QString &cls);
  /// One sentence on what a class means to the caller.
  static QString classMeaning(const QString &cls);
  static QString kindName(const QString &kind);
  static QString statusName(const QString &status);
  static QString senderName(const QString &sender);
  /// What the client does after this response, as a clause.
  static QString retryName(const QString &retry);
  /// A short label for an entry: "486 Busy Here", "Q.850 cause 17 User busy".
  static QString entryLabel(const EntryRef &ref, const QString &title);
  static QString codeLabel(const EntryRef &ref);
  /// The colour of a class, as #rrggbb, readable on light and dark backgrounds.
  static QString classColor(const EntryRef &ref, int classDigit);
};

} // namespace sipref
