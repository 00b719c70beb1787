#pragma once

#include "EntryListPanel.h"

namespace sipref {

/// The codes the user opened or stayed on, newest first, for the sidebar,
/// following the UserStore's history. Activating a row (Enter, click) emits
/// entryRequested; "Clear history" is in the context menu.
class HistoryPanel final : public EntryListPanel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
  HistoryPanel(UserStore &userStore, const ContentStore &content, QWidget *parent = nullptr);
  ~HistoryPanel() override;

  /// What the panel is called, on its tab and to assistive tools.
  static QString title();

protected:
  QList<EntryRef> listedEntries() const override;
  void retranslateUi() override;
};

} // namespace sipref
