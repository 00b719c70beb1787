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

} // namespace searchtext
} // namespace sipref
