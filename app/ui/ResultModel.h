#pragma once

#include "core/ContentStore.h"

#include <QAbstractListModel>
#include <QSet>

namespace sipref {

/// A list of codes as a model: the search results, the bookmarks and the
/// history all use it (with ResultDelegate), so a code looks the same in
/// every list. One row per SearchHit.
class ResultModel final : public QAbstractListModel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ResultModel)

public:
  enum Roles {
    RefRole = Qt::UserRole + 1,
    CodeLabelRole,
    TitleRole,
    SummaryRole,
    ColorRole,
    HasTextRole,
    ClassRole,
    HasNoteRole,
    StarredRole
  };

  explicit ResultModel(QObject *parent = nullptr);

  void setHits(QList<SearchHit> hits);
  /// Rows for `refs` in their order, titled in `language`. A code no longer
  /// in the content (an old bookmark) still gets a row, with its code only.
  void setEntries(const ContentStore &store, const QList<EntryRef> &refs, Language language);
  QList<EntryRef> refs() const;
  /// Codes with a personal note and starred codes, marked in the list.
  void setMarkers(QSet<EntryRef> noted, QSet<EntryRef> starred);
  const QList<SearchHit> &hits() const { return m_hits; }
  EntryRef refAt(int row) const;
  int rowOf(const EntryRef &ref) const;

  int rowCount(const QModelIndex &parent = {}) const override;
  QVariant data(const QModelIndex &index, int role) const override;

private:
  QList<SearchHit> m_hits;
  QSet<EntryRef> m_noted;
  QSet<EntryRef> m_starred;
};

} // namespace sipref
