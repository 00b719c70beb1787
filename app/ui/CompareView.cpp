#include "CompareView.h"

#include "Palette.h"

#include "core/Comparison.h"
#include "core/Vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sipref {

CompareView::CompareView(const ContentStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_leftPicker(new QComboBox(this)), m_rightPicker(new QComboBox(this)),
      m_swap(new QToolButton(this)), m_browser(new QTextBrowser(this)) {
  for (QComboBox *picker : {m_leftPicker, m_rightPicker}) {
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->setMaxVisibleItems(20);
    // Long Q.850 names must not widen the window.
    picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker->setMinimumContentsLength(18);
    picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    picker->completer()->setFilterMode(Qt::MatchContains);
    picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    picker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(picker, &QComboBox::activated, this, &CompareView::pickerChosen);
    connect(picker->lineEdit(), &QLineEdit::returnPressed, this, [this, picker] { pickerEntered(picker); });
  }
  m_leftPicker->setObjectName(QStringLiteral("leftPicker"));
  m_rightPicker->setObjectName(QStringLiteral("rightPicker"));
  m_swap->setText(QStringLiteral("⇄"));
  m_swap->setObjectName(QStringLiteral("swapButton"));
  connect(m_swap, &QToolButton::clicked, this, &CompareView::swap);
  m_browser->setOpenLinks(false);
  m_browser->setObjectName(QStringLiteral("comparePage"));
  connect(m_browser, &QTextBrowser::anchorClicked, this, &CompareView::linkActivated);

  auto *top = new QHBoxLayout;
  top->addWidget(m_leftPicker, 1);
  top->addWidget(m_swap);
  top->addWidget(m_rightPicker, 1);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(m_browser, 1);
  retranslateUi();
  // The pickers are filled when the view is first used, not at startup.
}

PageColors CompareView::pageColors() const { return pageColorsFor(m_browser); }

void CompareView::setLanguage(Language language) {
  m_language = language;
  m_pickersFilled = false;
  if (isVisible()) {
    fillPickers();
    refresh();
  }
}

void CompareView::showEvent(QShowEvent *event) {
  if (!m_pickersFilled) {
    fillPickers();
    refresh();
  }
  QWidget::showEvent(event);
}

void CompareView::fillPickers() {
  m_filling = true;
  // One query for every label, in display order.
  const QList<SearchHit> all = m_store.search(Query{}, m_language, {}, 100000);
  for (QComboBox *picker : {m_leftPicker, m_rightPicker}) {
    picker->clear();
    for (const SearchHit &h : all)
      picker->addItem(Vocabulary::entryLabel(h.ref, h.title), QVariant::fromValue(h.ref));
  }
  m_pickersFilled = true;
  selectInPicker(m_leftPicker, m_left);
  selectInPicker(m_rightPicker, m_right);
  m_filling = false;
}

void CompareView::selectInPicker(QComboBox *picker, const EntryRef &ref) {
  for (int i = 0; i < picker->count(); ++i)
    if (picker->itemData(i).value<EntryRef>() == ref) {
      picker->setCurrentIndex(i);
      return;
    }
  picker->setCurrentIndex(-1);
}

void CompareView::setPair(const EntryRef &left, const EntryRef &right) {
  m_left = left;
  m_right = right;
  if (!m_pickersFilled)
    fillPickers();
  m_filling = true;
  selectInPicker(m_leftPicker, left);
  selectInPicker(m_rightPicker, right);
  m_filling = false;
  refresh();
}

void CompareView::swap() {
  // Copies: setPair's arguments must not be the members it assigns.
  const EntryRef left = m_right;
  const EntryRef right = m_left;
  setPair(left, right);
  emit pairChanged(left, right);
}

void CompareView::pickerEntered(QComboBox *picker) {
  // Enter on a typed "600" or "busy": the best match, as in the search box.
  const QString text = picker->lineEdit()->text().trimmed();
  if (m_filling || text.isEmpty())
    return;
  EntryRef ref;
  if (const int exact = picker->findText(text, Qt::MatchFixedString); exact >= 0)
    ref = picker->itemData(exact).value<EntryRef>();
  else if (const QList<SearchHit> hits = m_store.search(text, m_language, {}, 1); !hits.isEmpty())
    ref = hits.first().ref;
  if (!ref.isValid()) {
    selectInPicker(picker, picker == m_leftPicker ? m_left : m_right);
    return;
  }
  const EntryRef left = picker == m_leftPicker ? ref : m_left;
  const EntryRef right = picker == m_rightPicker ? ref : m_right;
  if (left == m_left && right == m_right) {
    selectInPicker(picker, ref); // put the full label back
    return;
  }
  setPair(left, right);
  emit pairChanged(left, right);
}

void CompareView::pickerChosen() {
  if (m_filling)
    return;
  const EntryRef l = m_leftPicker->currentData().value<EntryRef>();
  const EntryRef r = m_rightPicker->currentData().value<EntryRef>();
  if (!l.isValid() || !r.isValid())
    return;
  setPair(l, r);
  emit pairChanged(l, r);
}

void CompareView::refresh() {
  const PageRenderer renderer(m_store, pageColors());
  const auto l = m_store.entry(m_left);
  const auto r = m_store.entry(m_right);
  if (!l || !r) {
    m_browser->setHtml(renderer.errorPage(tr("Choose two codes"),
                                          tr("Pick a code at the top of each column to compare them.")));
    return;
  }
  const Comparison comparison(*l, *r, m_language, m_store.curatedPair(m_left, m_right));
  const int scroll = m_browser->verticalScrollBar()->value();
  m_browser->setHtml(renderer.comparisonPage(comparison));
  m_browser->verticalScrollBar()->setValue(scroll);
}

void CompareView::retranslateUi() {
  m_swap->setToolTip(tr("Swap the two columns"));
  m_leftPicker->setToolTip(tr("Code in the left column"));
  m_rightPicker->setToolTip(tr("Code in the right column"));
  m_leftPicker->lineEdit()->setPlaceholderText(tr("Left code…"));
  m_rightPicker->lineEdit()->setPlaceholderText(tr("Right code…"));
}

void CompareView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  else if (event->type() == QEvent::PaletteChange)
    refresh();
  QWidget::changeEvent(event);
}

} // namespace sipref
