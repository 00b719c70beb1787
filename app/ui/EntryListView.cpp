#include "EntryListView.h"

#include "ResultDelegate.h"
#include "ResultModel.h"

#include <algorithm>

namespace sipref {

EntryListView::EntryListView(QWidget *parent) : QListView(parent), m_model(new ResultModel(this)) {
  setModel(m_model);
  setItemDelegate(new ResultDelegate(this));
  setUniformItemSizes(true);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setContextMenuPolicy(Qt::CustomContextMenu);
  connect(this, &QListView::activated, this, &EntryListView::request);
  connect(this, &QListView::clicked, this, [this](const QModelIndex &index) {
    if (m_openOnClick)
      request(index);
  });
}

void EntryListView::request(const QModelIndex &index) {
  const EntryRef ref = m_model->refAt(index.row());
  if (ref.isValid())
    emit entryRequested(ref);
}

EntryRef EntryListView::currentEntry() const {
  return m_model->refAt(currentIndex().row());
}

void EntryListView::setEntries(const ContentStore &store, const QList<EntryRef> &refs, Language language) {
  const EntryRef selected = currentEntry();
  const int oldRow = currentIndex().row();
  m_model->setEntries(store, refs, language);
  int row = m_model->rowOf(selected);
  if (row < 0 && oldRow >= 0)
    row = std::min(oldRow, m_model->rowCount() - 1);
  if (row >= 0)
    setCurrentIndex(m_model->index(row));
}

} // namespace sipref
