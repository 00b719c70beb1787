#pragma once

#include "EntryListPanel.h"

class QAbstractItemModel;
class QAction;
class QToolButton;

namespace sipref {

/// The starred codes, for the sidebar: a list that follows the UserStore
/// (a star set anywhere shows up here), a star button for the code shown
/// now, and "Remove star" on the list (context menu or Delete).
/// Activating a row (Enter, double-click) emits entryRequested.
class BookmarksPanel final : public EntryListPanel {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(BookmarksPanel)

public:
  BookmarksPanel(UserStore &userStore, const ContentStore &content, QWidget *parent = nullptr);
  ~BookmarksPanel() override;

  /// What the panel is called, on its tab, its heading and to assistive tools.
  static QString title();

  /// The code shown now: what the star action stars or unstars.
  void setCurrentEntry(const EntryRef &ref);
  EntryRef currentEntry() const { return m_current; }

  /// Checkable: checked when the current code is starred. Put it in a toolbar
  /// or menu as well; it is the same action as the panel's star button.
  QAction *starAction() const { return m_starAction; }
  QAbstractItemModel *model() const;

protected:
  QList<EntryRef> listedEntries() const override;
  void retranslateUi() override;
  void refresh() override;
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void toggleStar(bool starred);
  void removeSelected();
  void showContextMenu(const QPoint &pos);
  void updateStarAction();

  QLabel *m_heading;
  QToolButton *m_starButton;
  QAction *m_starAction;
  QAction *m_removeAction;
  EntryRef m_current;
};

} // namespace sipref
