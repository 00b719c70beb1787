#pragma once

#include "Entry.h"
#include "Query.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace sipref {

/// Which entries a search may return. An empty list means "all".
struct SearchFilter {
  QList<Registry> registries;
  QList<int> sipClasses; ///< 1-6; applies to SIP entries only
};

/// One row of a search result, ready to show in a list.
struct SearchHit {
  /// How the entry matched; lower ranks come first.
  enum Rank { ExactCode = 0, CodePrefix = 1, Phrase = 2, Text = 3, Browse = 4 };

  EntryRef ref;
  qint64 rowId = 0; ///< the entry's row in the content database
  QString phrase;  ///< reason phrase / standard name
  QString title;   ///< what to show as the name in the current language
  QString summary; ///< one line in the current language; empty when not written yet
  QString cls;
  int classDigit = 0;
  int rank = Browse;
  bool hasText = false;
  int commonness = 1;  ///< see Entry::commonness
  bool current = true; ///< status "current" (not deprecated or historic)
  /// Set by Search: the result needed a corrected spelling of a word typed.
  bool corrected = false;
  /// Set by Search: the whole query is one of the entry's names ("decline",
  /// "USER_BUSY"), as good as typing its code.
  bool exactName = false;
};

/// The folded texts (searchtext::fold) an entry is ranked by, by where they
/// stand on its page: names (phrase, alternative phrases, names, search
/// aliases and the vendor names that stand for it), other vendor names,
/// summary, meaning, and the rest (when you see it, what to do, retry).
struct RankDoc {
  QString names;
  QString vendor;
  QString summary;
  QString meaning;
  QString rest;
  enum Part { Names, Summary, Texts };
};

/// A folded word of the content, for typo correction.
struct VocabularyWord {
  QString word;
  bool inNames = false; ///< occurs in a name, alias or vendor name
};

/// The shipped content database, opened read-only.
///
/// All lookups and searches are answered from SQLite: by index for codes and
/// classes, by the trigram full-text index for words of three characters or
/// more, and by a LIKE scan for shorter words (2-character Japanese words
/// such as 転送 or 認証 are common). Nothing here throws or crashes on any
/// input; a failing query yields an empty result and errorString() says why.
class ContentStore final {
  Q_DECLARE_TR_FUNCTIONS(ContentStore)
  Q_DISABLE_COPY_MOVE(ContentStore)

public:
  ContentStore();
  ~ContentStore();

  /// Opens the database read-only and checks that it is a SipRef content
  /// database of the schema version this build reads.
  bool open(const QString &path);
  void close();
  bool isOpen() const { return m_open; }
  QString path() const { return m_path; }
  /// A sentence for the user saying what went wrong last.
  QString errorString() const { return m_error; }

  std::optional<Entry> entry(const EntryRef &ref) const;
  bool contains(const EntryRef &ref) const;
  int entryCount() const;
  QList<EntryRef> allRefs(std::optional<Registry> registry = std::nullopt) const;

  QList<SearchHit> search(const Query &query, Language language, const SearchFilter &filter = {},
                          int limit = 200) const;
  QList<SearchHit> search(const QString &text, Language language, const SearchFilter &filter = {},
                          int limit = 200) const {
    return search(Query::fromString(text), language, filter, limit);
  }

  /// Entries matching every group of `groups` (a group matches when any of
  /// its folded spellings does), names first, then texts, each in display
  /// order, at most `limit`. Search ranks them; ContentStore only finds them.
  QList<SearchHit> textCandidates(const QList<QStringList> &groups, Language language,
                                  const SearchFilter &filter = {}, int limit = 200) const;
  /// Reads one part of the ranking texts of the given entries (SearchHit::rowId)
  /// into `docs`: the parts are read in turn, each only for the entries whose
  /// rank the earlier parts leave open, since the later ones are longer.
  void readRankDocs(QHash<qint64, RankDoc> &docs, const QList<qint64> &ids, RankDoc::Part part) const;
  /// Every word of the content, in order.
  QList<VocabularyWord> vocabulary() const;

  /// The curated note for a pair, in either order.
  std::optional<CuratedPair> curatedPair(const EntryRef &a, const EntryRef &b) const;
  /// The codes that have a curated comparison with `ref`.
  QList<EntryRef> curatedPartners(const EntryRef &ref) const;
  /// RFC 3398 rows that involve this SIP response or Q.850 cause.
  QList<MappingRow> mappingsFor(const EntryRef &ref) const;
  /// Every row of RFC 3398's mapping, ISUP→SIP first, by cause.
  QList<MappingRow> allMappings() const;
  /// A text document of the content (e.g. "reason_header"); empty when absent.
  LocalizedText document(const QString &key) const;

private:
  QString m_connection;
  QString m_path;
  mutable QString m_error;
  bool m_open = false;
};

} // namespace sipref
