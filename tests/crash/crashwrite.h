#pragma once

// What write number `id` of sipref-crash-writer stores. Shared by the writer
// and tst_crashsafety, so the checker can tell from an id alone what must be
// in the database once the writer has reported that id as committed.

#include "core/Registry.h"

#include <QString>

namespace crashwrite {

enum class Kind { Note = 0, Bookmark = 1, Visit = 2 };

/// Small, so the writer trims history (a DELETE) in most visits.
constexpr int kHistoryLimit = 20;
/// Codes per kind: ids wrap around them, so later writes overwrite earlier ones.
constexpr int kCodes = 37;

struct Write {
  Kind kind = Kind::Note;
  sipref::EntryRef ref;
  bool starred = false; ///< Kind::Bookmark: star or unstar
};

inline Write writeFor(qint64 id) {
  Write w;
  w.kind = Kind(id % 3);
  const qint64 round = id / 3;
  w.ref = sipref::EntryRef{sipref::Registry::Sip, int(100 + round % kCodes)};
  // Each pass over the codes flips them, so bookmarks are both added and removed.
  w.starred = (round / kCodes) % 2 == 0;
  return w;
}

/// A note of a few hundred bytes to several pages, so that one transaction
/// spans several database pages and a torn write would show.
inline QString noteText(qint64 id) {
  return QStringLiteral("w%1:").arg(id) + QString(int(300 * (id % 17 + 1)), QChar(u'a' + int(id % 26)));
}

/// The id a note text was written by; -1 when it is not one of ours.
inline qint64 noteId(const QString &text) {
  if (!text.startsWith(u'w'))
    return -1;
  bool ok = false;
  const qint64 id = text.mid(1, text.indexOf(u':') - 1).toLongLong(&ok);
  return ok ? id : -1;
}

} // namespace crashwrite
