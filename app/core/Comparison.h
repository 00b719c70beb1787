#pragma once

#include "Entry.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sipref {

/// Two entries side by side: rows aligned field by field and the key
/// differences that follow from their facts (class, provisional or final,
/// whether and where the client retries, status, headers), plus the curated
/// note for the pair when the content has one.
class Comparison final {
  Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
  struct Row {
    QString label;
    QStringList left;
    QStringList right;
    bool differs = false;
  };

  Comparison(const Entry &left, const Entry &right, Language language,
             std::optional<CuratedPair> curated = std::nullopt);

  const Entry &left() const { return m_left; }
  const Entry &right() const { return m_right; }
  const QList<Row> &rows() const { return m_rows; }
  /// Differences derived from the data, one sentence each.
  const QStringList &derivedDifferences() const { return m_derived; }
  /// The curated note, oriented so that it reads left/right as shown.
  const std::optional<CuratedPair> &curated() const { return m_curated; }
  Language language() const { return m_language; }

  /// What the client does after `code` (written as shown, e.g. "486"), as
  /// one sentence in the current UI language; `retry` is Entry::clientRetry.
  static QString retrySentence(const QString &code, const QString &retry);

private:
  void buildRows();
  void deriveDifferences();

  Entry m_left;
  Entry m_right;
  Language m_language;
  std::optional<CuratedPair> m_curated;
  QList<Row> m_rows;
  QStringList m_derived;
};

} // namespace sipref
