#pragma once

#include "core/Registry.h"

#include <QListView>

namespace sipref {

class ContentStore;
class ResultModel;

/// A list of codes as every list in SipRef shows it (the search results,
/// the bookmarks, the history), so that a code looks and behaves the same
/// in each: ResultModel rows painted by ResultDelegate, no horizontal
/// scrolling, not editable, the context menu left to the owner
/// (customContextMenuRequested).
///
/// Activating a row that holds a code (Enter, a double click, and a single
/// click when setOpenOnClick(true)) emits entryRequested().
class EntryListView final : public QListView {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(EntryListView)

public:
  explicit EntryListView(QWidget *parent = nullptr);

  ResultModel *entries() const { return m_model; }
  /// Rows for `refs`, titled in `language`. The selection stays on the code
  /// it was on, or moves to the row that took its place.
  void setEntries(const ContentStore &store, const QList<EntryRef> &refs, Language language);
  /// The code of the current row; invalid when there is none.
  EntryRef currentEntry() const;
  /// A single click opens too, not only Enter and a double click.
  void setOpenOnClick(bool open) { m_openOnClick = open; }

signals:
  void entryRequested(const sipref::EntryRef &ref);

private:
  void request(const QModelIndex &index);

  ResultModel *m_model;
  bool m_openOnClick = false;
};

} // namespace sipref
