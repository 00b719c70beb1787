#pragma once

#include "UserStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sipref {

class ContentStore;

/// Bookmarks and notes as a JSON file: to move them to a new machine, or to
/// hand a training set to a class.
///
/// The format (version 1):
///
///     {
///       "format": "sipref-userdata",
///       "version": 1,
///       "exported": "2024-05-01T09:30:00.000Z",
///       "bookmarks": [ { "code": "sip:486", "starred": "2024-04-30T08:00:00.000Z" } ],
///       "notes": [ { "code": "q850:17", "text": "Seen when ...", "updated": "2024-04-30T08:01:00.000Z" } ]
///     }
///
/// "code" is written "sip:486", "warning:399" or "q850:17"; a bare number
/// (486 or "486") means a SIP response. A bookmark may also be just the code
/// string. "starred", "updated" and "exported" are optional on import, and
/// so is either list (but not both). Unknown keys are ignored, so a later
/// version can add some.
///
/// Import validates the whole file before touching anything. A broken file
/// (not JSON, not this format, a newer version, a list that is not a list)
/// changes nothing. In a sound file, an item that cannot be read (an
/// unknown code, an empty note, a second note for the same code) is
/// skipped and listed; everything else is added in one transaction. Import
/// never replaces what the user has (see UserStore::importData), so
/// importing a file twice changes nothing the second time. Every problem is
/// reported as "where: what", e.g. "notes[3].code (line 14): 999 is not a
/// known code", with line and column for JSON syntax errors.
class UserDataExchange final {
  Q_DECLARE_TR_FUNCTIONS(UserDataExchange)

public:
  static constexpr int kFormatVersion = 1;
  /// Longer notes are refused on import (nobody types that much in a note;
  /// a file like that is not what the user meant to import).
  static constexpr int kMaxNoteLength = 100000;
  /// Bigger files are refused before parsing.
  static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;
  /// Only the first problems are listed; the rest are counted.
  static constexpr int kMaxProblems = 20;

  /// The JSON text of a set of bookmarks and notes.
  static QByteArray toJson(const QList<Bookmark> &bookmarks, const QList<Note> &notes);
  /// Writes every bookmark and note of `store` to `path` (atomically: an
  /// existing file is replaced only once the new one is complete).
  static bool exportToFile(const UserStore &store, const QString &path, QString *error);

  struct Parsed {
    QList<Bookmark> bookmarks;
    QList<Note> notes;
    /// What makes the whole file unusable, as "where: what"; empty when it is sound.
    QStringList problems;
    /// The items left out of a sound file, and why, as "where: what".
    QStringList skipped;
    bool isValid() const { return problems.isEmpty(); }
  };
  /// Validates and reads an export. With `content`, codes are checked
  /// against the shipped content; without it, only their form is checked.
  static Parsed parse(const QByteArray &json, const ContentStore *content);

  struct ImportResult {
    bool ok = false;
    QStringList problems;
    /// Items left out of an import that went ahead, and why.
    QStringList skipped;
    ImportSummary summary;
    /// For the user: what was imported and what was skipped, or why nothing was.
    QString message() const;
  };
  static ImportResult importFile(UserStore &store, const QString &path, const ContentStore *content);
  static ImportResult importJson(UserStore &store, const QByteArray &json, const ContentStore *content);
};

} // namespace sipref
