#pragma once

#include "Entry.h"
#include "PageRenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sipref {

class ContentStore;

/// The printable cheat sheet: every SIP response code, grouped by class
/// (1xx to 6xx), each with its code, reason phrase and one-line summary in
/// the chosen language, on pages that suit A4 and Letter alike (the table
/// takes the page width; the printer decides the page size).
///
/// HTML for QTextDocument; every content string is escaped. Colours are the
/// light defaults: paper is white whatever the screen theme.
class CheatSheet final {
  Q_DECLARE_TR_FUNCTIONS(CheatSheet)

public:
  explicit CheatSheet(const ContentStore &store, PageColors colors = {});

  QString html(Language language) const;
  /// The codes the sheet lists, in order.
  QList<EntryRef> codes() const;

private:
  const ContentStore &m_store;
  PageColors m_colors;
};

} // namespace sipref
