#pragma once

#include "Page.h"

#include <QList>

namespace sipref {

/// Back and forward over the pages a user has seen, of every kind.
///
/// A page shown while the user types is a *preview*: the next preview
/// replaces it instead of piling up steps, so typing "486" leaves one step,
/// not three. A preview becomes a step of its own once the user stays on it
/// (confirmPreview(): the window calls it after a moment, or when the page is
/// read or scrolled) or opens it for good (visit() without preview).
///
/// Each step keeps the scroll position it was left at, so Back returns to
/// the same place on the page. At most `capacity` steps are kept; the oldest
/// go first.
class NavigationHistory final {
public:
  explicit NavigationHistory(int capacity = 200) : m_capacity(qMax(2, capacity)) {}

  /// Shows `page`: adds a step after the current one (dropping any forward
  /// steps), or replaces the current step when both are previews. Visiting
  /// the page already current adds nothing (and, without preview, makes it
  /// a step of its own). Invalid pages are ignored; returns whether taken.
  bool visit(const Page &page, bool preview = false);
  /// The current preview, if any, is kept as a step of its own.
  void confirmPreview();

  bool isEmpty() const { return m_steps.isEmpty(); }
  int size() const { return int(m_steps.size()); }
  /// The page shown; an invalid Entry page when the history is empty.
  Page current() const { return isEmpty() ? Page{} : m_steps.at(m_index).page; }
  bool isPreview() const { return !isEmpty() && m_steps.at(m_index).preview; }
  /// Where the current page was scrolled to when it was left (0 = top).
  int scrollPosition() const { return isEmpty() ? 0 : m_steps.at(m_index).scroll; }
  void setScrollPosition(int position);

  bool canGoBack() const { return m_index > 0; }
  bool canGoForward() const { return m_index >= 0 && m_index + 1 < m_steps.size(); }
  /// Moves one step; false when there is none. A preview left by Back stays
  /// as a step.
  bool back();
  bool forward();

private:
  struct Step {
    Page page;
    bool preview = false;
    int scroll = 0;
  };
  QList<Step> m_steps;
  int m_index = -1;
  int m_capacity;
};

} // namespace sipref
