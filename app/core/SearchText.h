#pragma once

#include <QString>
#include <QStringList>

namespace sipref {

/// Text preparation shared by the content compiler (indexing) and the store
/// (querying), so that both sides cut text the same way.
///
/// SipRef keeps two full-text indexes:
///   - a trigram index, which finds any substring of three characters or
///     more, in any script;
///   - a word index for shorter input, where Latin text is cut into words
///     and runs of Japanese characters into overlapping two-character
///     pieces (plus the run's last character), so that 認証 or 転送 is one
///     indexed token and a single character is an indexed prefix.
/// Every keystroke is then answered from an index, never by scanning texts.
namespace searchtext {

/// True for hiragana, katakana (with the prolonged sound mark), CJK
/// ideographs and half-width katakana.
bool isCjk(char32_t c);

/// The text as the word index stores it: Latin words unchanged, Japanese
/// runs replaced by their two-character pieces.
QString segmentForWordIndex(const QString &text);

/// Number of characters (code points) in a term.
qsizetype length(const QString &term);

/// An FTS5 expression matching `term` as a prefix in the word index.
/// Returns an empty string when the term has nothing indexable.
QString wordPrefixQuery(const QString &term);

/// An FTS5 string literal (quoted, quotes doubled) for the trigram index.
QString quoted(const QString &term);

/// The form in which text is indexed and compared, so that spellings a user
/// cannot see as different match each other:
///   - NFKC: full-width "ＢＵＳＹ４８６" and half-width "ﾋﾞｼﾞｰ" become "busy486", "ビジー";
///   - case folded: "Busy" = "busy";
///   - the katakana prolonged sound mark dropped: ユーザー = ユーザ, サーバー = サーバ,
///     タイマー = タイマ (Japanese technical writing drops it, users often type it);
///   - "_" and "-" become spaces: USER_BUSY = "user busy", Time-out = "time out",
///     one-way = "one way".
/// Both the content compiler (every index and ranking text) and the search
/// (every query) go through this one function.
QString fold(const QString &text);

/// The words of a folded text, split at white space.
QStringList words(const QString &folded);

/// True when `term` occurs in `text` where a user would call it a match: at
/// the start of a word for Latin terms ("busy" in "user busy", not "ring" in
/// "during"); anywhere for Japanese, which has no spaces between words.
bool containsAtWordStart(const QString &text, const QString &term);

} // namespace searchtext
} // namespace sipref
