#include "NavigationHistory.h"

namespace sipref {

bool NavigationHistory::visit(const Page &page, bool preview) {
  if (!page.isValid())
    return false;
  if (!isEmpty() && m_steps.at(m_index).page == page) {
    if (!preview)
      m_steps[m_index].preview = false;
    return true;
  }
  if (!isEmpty() && preview && m_steps.at(m_index).preview) {
    m_steps[m_index] = Step{page, true, 0};
    return true;
  }
  m_steps.erase(m_steps.begin() + (m_index + 1), m_steps.end());
  m_steps.append(Step{page, preview, 0});
  while (m_steps.size() > m_capacity)
    m_steps.removeFirst();
  m_index = int(m_steps.size()) - 1;
  return true;
}

void NavigationHistory::confirmPreview() {
  if (!isEmpty())
    m_steps[m_index].preview = false;
}

void NavigationHistory::setScrollPosition(int position) {
  if (!isEmpty())
    m_steps[m_index].scroll = qMax(0, position);
}

bool NavigationHistory::back() {
  if (!canGoBack())
    return false;
  m_steps[m_index].preview = false;
  --m_index;
  return true;
}

bool NavigationHistory::forward() {
  if (!canGoForward())
    return false;
  ++m_index;
  return true;
}

} // namespace sipref
