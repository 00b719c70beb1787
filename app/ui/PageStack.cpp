#include "PageStack.h"

#include "CompareView.h"
#include "NotesPanel.h"
#include "Palette.h"
#include "TraceView.h"
#include "core/PageRenderer.h"
#include "core/Report.h"
#include "core/UserStore.h"
#include "core/Vocabulary.h"

#include <QEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>

namespace sipref {

PageStack::PageStack(const ContentStore &store, UserStore *user, QWidget *parent)
    : QStackedWidget(parent), m_store(store), m_page(new QTextBrowser(this)),
      m_pageSplitter(new QSplitter(Qt::Vertical, this)) {
  m_page->setObjectName(QStringLiteral("entryPage"));
  m_page->setOpenLinks(false);
  connect(m_page, &QTextBrowser::anchorClicked, this, &PageStack::linkActivated);
  // actionTriggered comes from the user only, never from setValue().
  connect(m_page->verticalScrollBar(), &QScrollBar::actionTriggered, this, &PageStack::pageRead);

  m_pageSplitter->setObjectName(QStringLiteral("pageSplitter"));
  m_pageSplitter->addWidget(m_page);
  if (user && user->isOpen()) {
    m_notes = new NotesPanel(*user, m_pageSplitter);
    m_notes->setObjectName(QStringLiteral("notesPanel"));
    m_pageSplitter->addWidget(m_notes);
    m_pageSplitter->setStretchFactor(0, 1);
    m_pageSplitter->setStretchFactor(1, 0);
    m_pageSplitter->setSizes({600, 130});
  }
  addWidget(m_pageSplitter);
}

// The comparison and the trace view are built the first time they are
// needed: most starts show neither, and building them before the first paint
// made the window slower to appear.
CompareView *PageStack::compareView() const {
  if (!m_compare) {
    auto *self = const_cast<PageStack *>(this);
    m_compare = new CompareView(m_store, self);
    m_compare->setObjectName(QStringLiteral("compareView"));
    connect(m_compare, &CompareView::linkActivated, self, &PageStack::linkActivated);
    connect(m_compare, &CompareView::pairChanged, self, &PageStack::comparisonChosen);
    connect(m_compare->browser()->verticalScrollBar(), &QScrollBar::actionTriggered, self, &PageStack::pageRead);
    m_compare->setLanguage(m_language);
    m_compare->browser()->zoomIn(m_zoom * 2);
    self->addWidget(m_compare);
  }
  return m_compare;
}

TraceView *PageStack::traceView() const {
  if (!m_trace) {
    auto *self = const_cast<PageStack *>(this);
    m_trace = new TraceView(m_store, self);
    m_trace->setObjectName(QStringLiteral("traceView"));
    connect(m_trace, &TraceView::entryRequested, self, &PageStack::entryRequested);
    m_trace->setLanguage(m_language);
    m_trace->setZoom(m_zoom);
    self->addWidget(m_trace);
  }
  return m_trace;
}

void PageStack::setLanguage(Language language) {
  // The window sets the language it starts in before it shows its first
  // page: rendering the same page twice was start-up time spent for nothing.
  if (language == m_language)
    return;
  m_language = language;
  if (m_compare)
    m_compare->setLanguage(language);
  if (m_trace)
    m_trace->setLanguage(language);
  const int scroll = scrollPosition();
  render();
  if (!isComparing())
    m_page->verticalScrollBar()->setValue(scroll);
}

void PageStack::showPage(const Page &page, int scroll) {
  m_shown = page;
  m_nothingFound.clear();
  if (page.kind == Page::Kind::Comparison)
    compareView()->setPair(page.first, page.second);
  render();
  (isComparing() ? m_compare->browser() : m_page)->verticalScrollBar()->setValue(scroll);
}

void PageStack::showNothingFound(const QString &text, int hidden) {
  if (hasContentError())
    return; // the page says why nothing can be found
  m_nothingFound = text.trimmed();
  m_hidden = hidden;
  render();
}

void PageStack::setContentError(const QString &message) {
  m_contentError = message;
  render();
}

void PageStack::render() {
  const PageRenderer renderer(m_store, pageColorsFor(m_page));
  const bool entry = m_nothingFound.isEmpty() && m_shown.kind == Page::Kind::Entry;
  if (m_notes) {
    const auto e = entry ? m_store.entry(m_shown.first) : std::nullopt;
    m_notes->setEntry(entry ? m_shown.first : EntryRef{},
                      e ? Vocabulary::entryLabel(e->ref, e->title(m_language)) : QString());
    m_notes->setVisible(entry);
  }
  if (m_nothingFound.isEmpty() && m_shown.kind == Page::Kind::Trace) {
    setCurrentWidget(traceView());
    return;
  }
  if (m_nothingFound.isEmpty() && m_shown.kind == Page::Kind::Comparison && m_contentError.isEmpty()) {
    compareView()->refresh();
    setCurrentWidget(m_compare);
    return;
  }
  setCurrentWidget(m_pageSplitter);
  if (!m_contentError.isEmpty()) {
    m_page->setHtml(
        renderer.errorPage(tr("The content database could not be loaded"),
                           m_contentError + QStringLiteral(" ") +
                               tr("Reinstall SipRef or rebuild it; your own data is not affected.")));
  } else if (!m_nothingFound.isEmpty()) {
    QString detail =
        tr("No code, phrase or text matches “%1”. Check the spelling, try fewer words, or type a "
           "code such as 486 or 4xx.")
            .arg(m_nothingFound);
    if (m_hidden > 0)
      detail += QStringLiteral(" ") + tr("%n match(es) hidden by the filters.", nullptr, m_hidden);
    m_page->setHtml(renderer.errorPage(tr("Nothing matches"), detail));
  } else if (m_shown.kind == Page::Kind::Mapping) {
    m_page->setHtml(renderer.mappingPage(m_language));
  } else if (m_shown.kind == Page::Kind::Entry) {
    const auto e = m_store.entry(m_shown.first);
    m_page->setHtml(e ? renderer.entryPage(*e, m_language)
                      : renderer.errorPage(tr("Not found"), tr("%1 is not in the content database.")
                                                                .arg(Vocabulary::codeLabel(m_shown.first))));
  } else {
    m_page->setHtml(renderer.welcomePage(m_language));
  }
}

QString PageStack::title() const {
  if (!m_nothingFound.isEmpty())
    return tr("Nothing matches “%1”").arg(m_nothingFound);
  switch (m_shown.kind) {
  case Page::Kind::Entry: {
    const auto e = m_store.entry(m_shown.first);
    return Vocabulary::entryLabel(m_shown.first, e ? e->title(m_language) : QString()).trimmed();
  }
  case Page::Kind::Comparison:
    return ReportBuilder::versus(Vocabulary::codeLabel(m_shown.first), Vocabulary::codeLabel(m_shown.second));
  case Page::Kind::Mapping:
    return tr("SIP and Q.850 mapping");
  case Page::Kind::Trace:
    return traceTitle();
  case Page::Kind::Welcome:
    break;
  }
  return tr("SIP and Q.850 code reference");
}

QString PageStack::traceTitle() {
  return tr("Explain a trace");
}

int PageStack::scrollPosition() const {
  return (isComparing() ? m_compare->browser() : m_page)->verticalScrollBar()->value();
}

void PageStack::zoomBy(int steps) {
  // Text sizes grow in points, so pages stay laid out the same, only larger.
  m_zoom += steps;
  m_page->zoomIn(steps * 2);
  if (m_compare)
    m_compare->browser()->zoomIn(steps * 2);
  if (m_trace)
    m_trace->setZoom(m_zoom);
}

bool PageStack::isComparing() const {
  return m_compare && currentWidget() == m_compare;
}

void PageStack::changeEvent(QEvent *event) {
  if (event->type() == QEvent::PaletteChange)
    render(); // the page colours come from the palette
  QStackedWidget::changeEvent(event);
}

} // namespace sipref
