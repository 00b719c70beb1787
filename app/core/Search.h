#pragma once

#include "ContentStore.h"
#include "Query.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace sipref {

class UserStore;

/// What a search found, in the order to show it.
struct SearchResult {
  QList<SearchHit> hits;
  /// Set when nothing matched every word as typed and a corrected spelling
  /// did: the entry to offer as "Did you mean 403 Forbidden?".
  std::optional<EntryRef> suggestion;
  /// The suggestion as a label in the search's language ("403 Forbidden").
  QString suggestionLabel;
};

/// The one place search results are made: content hits, the user's notes,
/// filters and ranking. The window, the command line and the benchmark all
/// ask this class; ContentStore only finds candidates in its indexes.
///
/// Ranking rules, in order (the first that differs decides):
///
///  1. Codes. "486" → 486 Busy Here first (exact code), then the codes it is
///     a prefix of ("48" → 480-489), then entries whose texts mention it.
///     Registry words name the registry: "cause 17" → Q.850 cause 17 only.
///  2. For words, every word matched before some words matched:
///     "busy here" → 486 Busy Here (both) before 600 Busy Everywhere (one).
///     A word matches at the start of a word of the text ("busy" in "user
///     busy", not "ring" in "during"); Japanese matches anywhere.
///  3. The whole query equal to a name before anything else: "decline" →
///     603 Decline, "USER_BUSY" → cause 17, "DIALSTATUS=BUSY" → cause 17 and
///     486, "呼出中" → 180 Ringing (its search alias).
///  4. Words as typed before corrected words: "forbiden" finds 403 only
///     through the correction "forbidden", so it comes after any entry that
///     contains what was typed (and the result offers "Did you mean").
///  5. Where the words stand, the whole query together first: names (reason
///     phrase, cause name, alternative phrases, search aliases, vendor names
///     that stand for the entry) before other vendor names (USER_BUSY on
///     486) before the summary before the meaning before "when you see it /
///     what to do". "one way audio" → 200 OK and 183 Session Progress,
///     whose texts hold the phrase, before entries that hold the three words
///     apart. Both languages count alike.
///  6. Ties go to the more useful entry: higher commonness (search_hints.json:
///     486 and cause 17 before 600), current before deprecated or historic,
///     then display order (SIP, Warning, Q.850; by code).
///  7. The user's notes: an entry whose note holds every word is listed after
///     the content matches, unless it is already there.
///
/// Spelling: text is compared in folded form (searchtext::fold: width, case,
/// ー, "_" and "-"), so "ユーザー" = "ユーザ" and "NORMAL_CLEARING" = "normal
/// clearing". British and American spellings match each other ("unauthorised"
/// → "unauthorized", "dialed" → "dialled"), and simple endings are dropped
/// ("fails" → "fail"); neither counts as a correction.
/// A Latin word of three letters or more that no word of the content starts
/// with is corrected to content words within one edit (two for words of eight
/// letters or more; a swap of two letters is one edit): "timout" → "timeout",
/// "decilne" → "decline", "Busy Hre" → "busy here". A word of the texts that
/// starts no name ("sever", from "several") is also tried as the names' words
/// within those edits; it ranks above exact matches only where the corrected
/// query is a whole name (rule 3: "sever internal error" → 500 Server
/// Internal Error).
/// When nothing matched every word as typed and a correction did, the result
/// carries the best corrected entry as the suggestion.
class Search final {
  Q_DECLARE_TR_FUNCTIONS(Search)
  Q_DISABLE_COPY_MOVE(Search)

public:
  /// `user` may be null: then notes are not searched.
  explicit Search(const ContentStore &store, const UserStore *user = nullptr);
  ~Search();

  SearchResult run(const Query &query, Language language, const SearchFilter &filter = {},
                   int limit = 200) const;
  SearchResult run(const QString &text, Language language, const SearchFilter &filter = {},
                   int limit = 200) const {
    return run(Query::fromString(text), language, filter, limit);
  }

  /// "Did you mean 403 Forbidden?" for a result, or an empty string.
  static QString didYouMean(const SearchResult &result);

  /// Content words within the allowed edits of `word` (folded), closest
  /// first and words of names before others, at most `max`; with
  /// `namesOnly`, words of names, aliases and vendor names only.
  QStringList corrections(const QString &word, int max = 6, bool namesOnly = false) const;

private:
  struct WordList;
  SearchResult runText(const Query &query, Language language, const SearchFilter &filter, int limit) const;
  void addNotes(const Query &query, Language language, const SearchFilter &filter,
                QList<SearchHit> &hits) const;
  const WordList &vocabulary() const;

  const ContentStore &m_store;
  const UserStore *m_user;
  mutable std::unique_ptr<WordList> m_vocabulary; // loaded on first need
};

} // namespace sipref
