#include "QuizDialog.h"

#include "core/ContentStore.h"
#include "core/Page.h"
#include "core/PageRenderer.h"
#include "core/Settings.h"
#include "core/Vocabulary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sipref {

namespace {

QString esc(const QString &s) {
  return s.toHtmlEscaped();
}

QFont scaled(QFont font, qreal factor, bool bold = false) {
  font.setPointSizeF(font.pointSizeF() * factor);
  font.setBold(bold);
  return font;
}

/// A row of `count` buttons at the right end of `layout`; the first is the default one.
QList<QPushButton *> addButtonRow(QWidget *page, QVBoxLayout *layout, int count) {
  auto *row = new QHBoxLayout;
  row->addStretch(1);
  QList<QPushButton *> buttons;
  for (int i = 0; i < count; ++i) {
    buttons << new QPushButton(page);
    row->addWidget(buttons.last());
  }
  buttons.first()->setDefault(true);
  layout->addLayout(row);
  return buttons;
}

} // namespace

QuizDialog::QuizDialog(const ContentStore &store, Language language, QWidget *parent)
    : QDialog(parent), m_store(store), m_language(language), m_pages(new QStackedWidget(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_pages);
  m_pages->addWidget(createSetupPage());
  m_pages->addWidget(createQuestionPage());
  m_pages->addWidget(createScorePage());
  loadSettings();
  retranslateUi();
  resize(640, 480);
}

QuizDialog::~QuizDialog() = default;

QWidget *QuizDialog::createSetupPage() {
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout(page);
  m_setupTitle = new QLabel(page);
  m_setupTitle->setFont(scaled(m_setupTitle->font(), 1.4, true));
  layout->addWidget(m_setupTitle);

  m_registriesLabel = new QLabel(page);
  layout->addWidget(m_registriesLabel);
  auto *registries = new QHBoxLayout;
  for (Registry registry : allRegistries()) {
    Q_UNUSED(registry);
    auto *box = new QCheckBox(page);
    box->setChecked(true);
    connect(box, &QCheckBox::toggled, this, &QuizDialog::updateSetup);
    m_registryBoxes << box;
    registries->addWidget(box);
  }
  registries->addStretch(1);
  layout->addLayout(registries);

  m_classesLabel = new QLabel(page);
  layout->addWidget(m_classesLabel);
  auto *classes = new QGridLayout;
  for (int digit = 1; digit <= 6; ++digit) {
    auto *box = new QCheckBox(page);
    box->setChecked(true);
    connect(box, &QCheckBox::toggled, this, &QuizDialog::updateSetup);
    m_classBoxes << box;
    classes->addWidget(box, (digit - 1) / 3, (digit - 1) % 3);
  }
  layout->addLayout(classes);

  m_commonOnly = new QCheckBox(page);
  m_commonOnly->setObjectName(QStringLiteral("commonOnly"));
  connect(m_commonOnly, &QCheckBox::toggled, this, &QuizDialog::updateSetup);
  layout->addWidget(m_commonOnly);

  auto *count = new QHBoxLayout;
  m_countLabel = new QLabel(page);
  m_count = new QSpinBox(page);
  m_count->setRange(1, 100);
  m_count->setValue(10);
  m_countLabel->setBuddy(m_count);
  connect(m_count, &QSpinBox::valueChanged, this, &QuizDialog::updateSetup);
  count->addWidget(m_countLabel);
  count->addWidget(m_count);
  count->addStretch(1);
  layout->addLayout(count);

  m_setupMessage = new QLabel(page);
  m_setupMessage->setWordWrap(true);
  layout->addWidget(m_setupMessage);
  layout->addStretch(1);

  m_start = addButtonRow(page, layout, 1).first();
  connect(m_start, &QPushButton::clicked, this, &QuizDialog::startRound);
  return page;
}

QWidget *QuizDialog::createQuestionPage() {
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout(page);
  m_progress = new QLabel(page);
  m_progress->setForegroundRole(QPalette::PlaceholderText);
  m_instruction = new QLabel(page);
  m_instruction->setFont(scaled(m_instruction->font(), 1.0, true));
  m_instruction->setWordWrap(true);
  m_prompt = new QLabel(page);
  m_prompt->setTextFormat(Qt::PlainText); // content text, never markup
  m_prompt->setWordWrap(true);
  m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_prompt->setMinimumHeight(80);
  m_prompt->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  layout->addWidget(m_progress);
  layout->addWidget(m_instruction);
  layout->addWidget(m_prompt, 1);
  for (int i = 0; i < Quiz::kChoices; ++i) {
    auto *button = new QPushButton(page);
    button->setAutoDefault(false);
    button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
    connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
    m_choices << button;
    layout->addWidget(button);
  }
  m_feedback = createLinkLabel(page);
  m_feedback->setMinimumHeight(60);
  layout->addWidget(m_feedback);
  m_next = addButtonRow(page, layout, 1).first();
  connect(m_next, &QPushButton::clicked, this, &QuizDialog::nextQuestion);
  return page;
}

QLabel *QuizDialog::createLinkLabel(QWidget *page) {
  auto *label = new QLabel(page);
  label->setTextFormat(Qt::RichText);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextBrowserInteraction);
  label->setOpenExternalLinks(false);
  label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
  connect(label, &QLabel::linkActivated, this, &QuizDialog::linkActivated);
  return label;
}

QWidget *QuizDialog::createScorePage() {
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout(page);
  m_score = new QLabel(page);
  m_score->setFont(scaled(m_score->font(), 1.8, true));
  m_missed = createLinkLabel(page);
  layout->addWidget(m_score);
  layout->addWidget(m_missed, 1);
  const QList<QPushButton *> buttons = addButtonRow(page, layout, 2);
  m_again = buttons.at(0);
  m_close = buttons.at(1);
  connect(m_again, &QPushButton::clicked, this, &QuizDialog::newRound);
  connect(m_close, &QPushButton::clicked, this, &QDialog::close);
  return page;
}

void QuizDialog::setLanguage(Language language) {
  m_language = language;
  retranslateUi();
}

QuizSettings QuizDialog::settings() const {
  QuizSettings s;
  for (Registry registry : allRegistries())
    if (m_registryBoxes.at(int(registry))->isChecked())
      s.registries << registry;
  for (int digit = 1; digit <= 6; ++digit)
    if (m_classBoxes.at(digit - 1)->isChecked())
      s.sipClasses << digit;
  // No class ticked means no SIP response, not "every class".
  if (s.sipClasses.isEmpty())
    s.registries.removeAll(Registry::Sip);
  if (s.sipClasses.size() == 6)
    s.sipClasses.clear();
  s.questionCount = m_count->value();
  s.commonOnly = m_commonOnly->isChecked();
  s.kinds = m_kinds;
  s.seed = m_seed;
  return s;
}

void QuizDialog::setSettings(const QuizSettings &settings) {
  const QList<Registry> registries = settings.registries.isEmpty() ? allRegistries() : settings.registries;
  for (Registry registry : allRegistries())
    m_registryBoxes.at(int(registry))->setChecked(registries.contains(registry));
  for (int digit = 1; digit <= 6; ++digit)
    m_classBoxes.at(digit - 1)->setChecked(settings.sipClasses.isEmpty() ||
                                           settings.sipClasses.contains(digit));
  m_count->setValue(settings.questionCount);
  m_commonOnly->setChecked(settings.commonOnly);
  m_kinds = settings.kinds;
  updateSetup();
}

void QuizDialog::updateSetup() {
  const bool sip = m_registryBoxes.at(int(Registry::Sip))->isChecked();
  for (QCheckBox *box : std::as_const(m_classBoxes))
    box->setEnabled(sip);
  const QuizSettings s = settings();
  QString message;
  int available = 0;
  if (s.registries.isEmpty()) {
    message = sip ? tr("Choose at least one SIP class.") : tr("Choose at least one kind of code.");
  } else {
    available = Quiz::availableQuestions(m_store, s);
    if (available == 0)
      message = tr("No codes match this choice.");
    else if (available < s.questionCount)
      message = tr("%1 codes match, so the round has %1 questions; no code is asked twice.").arg(available);
    else
      message =
          tr("%1 codes match; the round asks %2 of them, none twice.").arg(available).arg(s.questionCount);
  }
  m_setupMessage->setText(message);
  m_start->setEnabled(available > 0);
}

bool QuizDialog::startRound() {
  updateSetup();
  if (!m_start->isEnabled())
    return false;
  auto quiz = std::make_unique<Quiz>(m_store, settings());
  if (!quiz->isValid()) {
    m_setupMessage->setText(quiz->errorString());
    return false;
  }
  m_quiz = std::move(quiz);
  saveSettings();
  m_pages->setCurrentIndex(int(Page::Question));
  showQuestion();
  return true;
}

void QuizDialog::newRound() {
  m_quiz.reset();
  m_pages->setCurrentIndex(int(Page::Setup));
  updateSetup();
  m_start->setFocus();
}

QuizDialog::Page QuizDialog::page() const {
  return Page(m_pages->currentIndex());
}

void QuizDialog::choose(int choice) {
  if (!m_quiz || m_quiz->isFinished() || m_quiz->isAnswered())
    return;
  m_quiz->answer(choice);
  showQuestion();
  m_next->setFocus();
}

void QuizDialog::nextQuestion() {
  if (!m_quiz || !m_quiz->isAnswered())
    return;
  m_quiz->next();
  if (m_quiz->isFinished())
    showScore();
  else
    showQuestion();
}

void QuizDialog::showQuestion() {
  if (!m_quiz || m_quiz->isFinished())
    return;
  const QuizQuestion &q = m_quiz->current();
  const int index = m_quiz->currentIndex();
  m_progress->setText(tr("Question %1 of %2 · %3 right so far")
                          .arg(index + 1)
                          .arg(m_quiz->questionCount())
                          .arg(m_quiz->score()));
  m_instruction->setText(m_quiz->instruction(q, m_language));
  m_prompt->setText(m_quiz->prompt(q, m_language));
  // A code alone is shown large; a situation is a paragraph to read.
  m_prompt->setFont(
      scaled(font(), q.kind == QuizQuestion::Kind::Code ? 2.0 : 1.15, q.kind == QuizQuestion::Kind::Code));

  const int chosen = m_quiz->chosen(index);
  const bool answered = chosen >= 0;
  for (int i = 0; i < Quiz::kChoices; ++i) {
    QString text = m_quiz->choiceText(q, i, m_language);
    text.replace(u'&', QStringLiteral("&&")); // not a mnemonic
    QString mark = QStringLiteral("%1.").arg(i + 1);
    if (answered && i == q.correctChoice)
      mark = QStringLiteral("✓");
    else if (answered && i == chosen)
      mark = QStringLiteral("✗");
    m_choices.at(i)->setText(mark + u' ' + text);
    // After the answer, the right choice and the one picked stay readable
    // (the right one in bold); the other two step back. Clicks are ignored.
    const bool involved = i == q.correctChoice || i == chosen;
    m_choices.at(i)->setEnabled(!answered || involved);
    QFont f = font();
    f.setBold(answered && i == q.correctChoice);
    m_choices.at(i)->setFont(f);
  }
  if (!answered) {
    m_feedback->clear();
  } else {
    const EntryRef right = q.answer;
    const QString answer = esc(m_quiz->answerText(q, m_language));
    const QString open = PageRenderer::openEntryLink(right, Vocabulary::codeLabel(right));
    if (chosen == q.correctChoice) {
      m_feedback->setText(QStringLiteral("<b>%1</b> %2<br>%3").arg(esc(tr("Right.")), answer, open));
    } else {
      const EntryRef wrong = q.choices.value(chosen);
      const QString openWrong = PageRenderer::openEntryLink(wrong, Vocabulary::codeLabel(wrong));
      // Say what the code picked means too: that is what the user confused.
      m_feedback->setText(QStringLiteral("<b>%1</b> %2<br>%3 %4<br>%5 &nbsp;·&nbsp; %6")
                              .arg(esc(tr("Not quite. The answer is:")), answer, esc(tr("You chose:")),
                                   esc(m_quiz->choiceMeaning(q, chosen, m_language)), open, openWrong));
    }
  }
  m_next->setEnabled(answered);
  m_next->setText(index + 1 < m_quiz->questionCount() ? tr("Next question") : tr("See the score"));
}

void QuizDialog::showScore() {
  if (!m_quiz)
    return;
  m_pages->setCurrentIndex(int(Page::Score));
  m_score->setText(tr("%1 of %2 right").arg(m_quiz->score()).arg(m_quiz->questionCount()));
  QStringList missed;
  for (int i = 0; i < m_quiz->questionCount(); ++i) {
    const QuizQuestion &q = m_quiz->questions().at(i);
    if (m_quiz->chosen(i) != q.correctChoice)
      missed << QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(PageRenderer::entryLink(q.answer), esc(m_quiz->answerText(q, m_language)));
  }
  if (missed.isEmpty())
    m_missed->setText(esc(tr("No mistakes. Well done.")));
  else
    m_missed->setText(QStringLiteral("<p>%1</p><p>%2</p>")
                          .arg(esc(tr("Worth another look:")), missed.join(QStringLiteral("<br>"))));
  m_again->setFocus();
}

void QuizDialog::linkActivated(const QString &link) {
  if (const auto target = sipref::Page::fromLink(QUrl(link));
      target && target->kind == sipref::Page::Kind::Entry)
    emit entryRequested(target->first);
  // The label took the focus with the click; Enter goes on with the round.
  if (page() == Page::Question && m_next->isEnabled())
    m_next->setFocus();
  else if (page() == Page::Score)
    m_again->setFocus();
}

void QuizDialog::loadSettings() {
  setSettings(Settings::quiz());
}

void QuizDialog::saveSettings() const {
  Settings::setQuiz(settings());
}

void QuizDialog::retranslateUi() {
  setWindowTitle(tr("Quiz"));
  m_setupTitle->setText(tr("Test yourself on the codes"));
  m_registriesLabel->setText(tr("Ask about:"));
  m_registryBoxes.at(int(Registry::Sip))->setText(tr("SIP responses"));
  m_registryBoxes.at(int(Registry::Warning))->setText(tr("SIP Warning codes"));
  m_registryBoxes.at(int(Registry::Q850))->setText(tr("Q.850 causes"));
  m_classesLabel->setText(tr("SIP classes:"));
  for (int digit = 1; digit <= 6; ++digit) {
    const QString cls = QStringLiteral("%1xx").arg(digit);
    m_classBoxes.at(digit - 1)->setText(cls + u' ' + Vocabulary::className(cls));
  }
  m_commonOnly->setText(tr("Common codes only (the ones met every day or often)"));
  m_countLabel->setText(tr("&Questions:"));
  m_start->setText(tr("&Start"));
  m_again->setText(tr("&New round"));
  m_close->setText(tr("&Close"));
  updateSetup();
  if (page() == Page::Question)
    showQuestion();
  else if (page() == Page::Score)
    showScore();
}

void QuizDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QDialog::changeEvent(event);
}

void QuizDialog::keyPressEvent(QKeyEvent *event) {
  // Enter goes on however the focus moved (a link in the feedback takes it).
  if (page() == Page::Question && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
      m_quiz && m_quiz->isAnswered()) {
    nextQuestion();
    return;
  }
  // 1-4 answer, as the buttons are numbered.
  if (page() == Page::Question && event->modifiers() == Qt::NoModifier && event->key() >= Qt::Key_1 &&
      event->key() < Qt::Key_1 + Quiz::kChoices) {
    choose(event->key() - Qt::Key_1);
    return;
  }
  QDialog::keyPressEvent(event);
}

} // namespace sipref
