#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sipref {

/// The Japanese house style (resources/content/STYLE-ja.md) as a check.
///
/// STYLE-ja.md decides each term once; its rule table, between the markers
/// `<!-- style-rules:begin -->` and `<!-- style-rules:end -->`, is what this
/// class reads, so the document and the check cannot drift apart. A row is
///
///     | use | `wrong regular expression` | exceptions | applies to |
///
/// where exceptions are backquoted words that may contain a match
/// (`ロボコール` for `コール`), `field:NAME` (a JSON key whose texts the rule
/// skips, e.g. `field:name` for cause names) or `source` (a UI translation
/// may repeat the match when its English source contains it: the search box
/// tooltip lists "ビジー" as something to type), and "applies to" is `all`
/// (content and UI), `content`, or `items: KEY KEY...` (each item of those
/// JSON lists). A literal `|` inside a cell is written `\|`.
///
/// The content compiler's front end (sipref-contentc --style) fails the build
/// on a violation in the content; tst_termlist checks content and the
/// Japanese UI translation.
class JapaneseStyle final {
public:
  struct Rule {
    QString use;
    QRegularExpression wrong;
    QStringList allowedWords;
    QStringList exemptFields;
    bool sourceMayRepeat = false; ///< a UI translation may repeat what its English source says
    bool contentOnly = false;
    QStringList itemsOf; ///< non-empty: the rule checks the items of these JSON lists only
  };
  struct Violation {
    QString where; ///< "sip_responses.json: entry 486: ja.meaning" or "sipref_ja.ts: Vocabulary: Cause %1"
    QString found; ///< the text that matched
    QString use;   ///< what STYLE-ja.md says to write instead
    QString toString() const;
  };

  /// Reads the rule table from the text of STYLE-ja.md. Returns false (and
  /// says why in `error`) on a missing table, a bad row or a bad expression.
  bool parse(const QString &markdown, QString *error);
  bool load(const QString &path, QString *error);

  const QList<Rule> &rules() const { return m_rules; }

  /// Violations in one Japanese text held under JSON key `field` (empty for
  /// UI strings); `listOf` names the list the text is an item of, if any;
  /// `source` is the English source of a UI translation.
  QList<Violation> checkText(const QString &text, const QString &where, const QString &field,
                             const QString &listOf, bool content, const QString &source = {}) const;
  /// Every Japanese text of a content file: the strings (or lists, or
  /// objects of strings and lists) under the key "ja", wherever they are.
  QList<Violation> checkContentFile(const QByteArray &json, const QString &file) const;
  /// Every finished translation of a Qt Linguist .ts file (vanished and
  /// obsolete ones are not shown to anybody and are skipped).
  QList<Violation> checkTranslations(const QByteArray &ts, const QString &file) const;

private:
  QList<Rule> m_rules;
};

} // namespace sipref
