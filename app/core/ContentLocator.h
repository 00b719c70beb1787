#pragma once

#include <QString>
#include <QStringList>

namespace sipref {

/// Where SipRef looks for content.sqlite, in order:
///   1. $SIPREF_CONTENT_DB, when set;
///   2. next to the executable (the build tree);
///   3. <prefix>/share/sipref/ relative to the executable (any install prefix);
///   4. the install prefix the program was configured for.
QStringList contentDatabaseCandidates();
/// The first candidate that exists, or the first candidate when none does
/// (so an error message can name where it looked).
QString locateContentDatabase();

} // namespace sipref
