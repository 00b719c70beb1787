#include "ResultModel.h"

#include "core/Vocabulary.h"

#include <QColor>

namespace sipref {

ResultModel::ResultModel(QObject *parent) : QAbstractListModel(parent) {}

void ResultModel::setHits(QList<SearchHit> hits) {
  beginResetModel();
  m_hits = std::move(hits);
  endResetModel();
}

void ResultModel::setMarkers(QSet<EntryRef> noted, QSet<EntryRef> starred) {
  m_noted = std::move(noted);
  m_starred = std::move(starred);
  if (!m_hits.isEmpty())
    emit dataChanged(index(0), index(int(m_hits.size()) - 1), {HasNoteRole, StarredRole});
}

void ResultModel::setEntries(const ContentStore &store, const QList<EntryRef> &refs, Language language) {
  QList<SearchHit> hits;
  hits.reserve(refs.size());
  for (const EntryRef &ref : refs) {
    SearchHit h;
    h.ref = ref;
    h.classDigit = ref.registry == Registry::Sip ? ref.code / 100 : 0;
    if (const auto e = store.entry(ref)) {
      h.phrase = e->phrase;
      h.title = e->title(language);
      h.summary = e->text(language).summary;
      h.cls = e->cls;
      h.hasText = e->hasText;
    }
    hits << h;
  }
  setHits(std::move(hits));
}

QList<EntryRef> ResultModel::refs() const {
  QList<EntryRef> out;
  out.reserve(m_hits.size());
  for (const SearchHit &h : m_hits)
    out << h.ref;
  return out;
}

EntryRef ResultModel::refAt(int row) const {
  return row >= 0 && row < m_hits.size() ? m_hits.at(row).ref : EntryRef{};
}

int ResultModel::rowOf(const EntryRef &ref) const {
  for (int i = 0; i < m_hits.size(); ++i)
    if (m_hits.at(i).ref == ref)
      return i;
  return -1;
}

int ResultModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

QVariant ResultModel::data(const QModelIndex &index, int role) const {
  if (!index.isValid() || index.row() >= m_hits.size())
    return {};
  const SearchHit &h = m_hits.at(index.row());
  switch (role) {
  case Qt::DisplayRole:
    return Vocabulary::entryLabel(h.ref, h.title).trimmed();
  case Qt::ToolTipRole:
    return h.summary.isEmpty() ? Vocabulary::entryLabel(h.ref, h.title) : h.summary;
  case Qt::AccessibleTextRole:
    return Vocabulary::entryLabel(h.ref, h.title) + QStringLiteral(". ") + h.summary;
  case RefRole:
    return QVariant::fromValue(h.ref);
  case CodeLabelRole:
    return Vocabulary::codeLabel(h.ref);
  case TitleRole:
    return h.title;
  case SummaryRole:
    return h.summary;
  case ColorRole:
    return QColor(Vocabulary::classColor(h.ref, h.classDigit));
  case HasTextRole:
    return h.hasText;
  case HasNoteRole:
    return m_noted.contains(h.ref);
  case StarredRole:
    return m_starred.contains(h.ref);
  case ClassRole:
    return h.ref.registry == Registry::Sip ? h.cls : Vocabulary::registryName(h.ref.registry);
  default:
    return {};
  }
}

} // namespace sipref
