#pragma once

#include "core/Quiz.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sipref {

class ContentStore;

/// The training quiz: set up a round (registries, SIP classes, number of
/// questions), answer each question by one of four buttons (or keys 1-4)
/// with immediate feedback and a link to the code's page, and see the score
/// with the codes missed at the end.
///
/// Best shown modeless next to the main window: entryRequested asks the
/// window to open a code while the round goes on. The round's settings are
/// remembered. UI strings retranslate on LanguageChange; the content
/// language follows setLanguage().
class QuizDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(QuizDialog)

public:
  enum class Page { Setup, Question, Score };

  QuizDialog(const ContentStore &store, Language language, QWidget *parent = nullptr);
  ~QuizDialog() override;

  void setLanguage(Language language);
  Language language() const { return m_language; }
  /// The same seed gives the same rounds (tests); none gives a new round each time.
  void setSeed(std::optional<quint32> seed) { m_seed = seed; }

  /// The round as set up on the first page.
  QuizSettings settings() const;
  void setSettings(const QuizSettings &settings);
  /// Starts a round with settings(); false (and a message on the setup
  /// page) when nothing can be asked.
  bool startRound();
  /// Back to the setup page.
  void newRound();

  Page page() const;
  const Quiz *quiz() const { return m_quiz.get(); }

  // For tests.
  QPushButton *startButton() const { return m_start; }
  QPushButton *choiceButton(int index) const { return m_choices.value(index); }
  QPushButton *nextButton() const { return m_next; }
  QLabel *promptLabel() const { return m_prompt; }
  QLabel *instructionLabel() const { return m_instruction; }
  QLabel *feedbackLabel() const { return m_feedback; }
  QLabel *scoreLabel() const { return m_score; }
  QLabel *setupMessageLabel() const { return m_setupMessage; }
  QCheckBox *registryBox(Registry registry) const { return m_registryBoxes.value(int(registry)); }
  QCheckBox *classBox(int digit) const { return m_classBoxes.value(digit - 1); }
  QSpinBox *countBox() const { return m_count; }
  QCheckBox *commonOnlyBox() const { return m_commonOnly; }

signals:
  void entryRequested(const sipref::EntryRef &ref);

protected:
  void changeEvent(QEvent *event) override;
  void keyPressEvent(QKeyEvent *event) override;

private:
  QWidget *createSetupPage();
  QWidget *createQuestionPage();
  QWidget *createScorePage();
  /// A label of rich text whose code links open the code (linkActivated()).
  QLabel *createLinkLabel(QWidget *page);
  void choose(int choice);
  void nextQuestion();
  void showQuestion();
  void showScore();
  void linkActivated(const QString &link);
  void updateSetup();
  void loadSettings();
  void saveSettings() const;
  void retranslateUi();

  const ContentStore &m_store;
  Language m_language;
  std::optional<quint32> m_seed;
  QList<QuizQuestion::Kind> m_kinds; // not on the setup page: all unless set
  std::unique_ptr<Quiz> m_quiz;

  QStackedWidget *m_pages = nullptr;
  // Setup.
  QLabel *m_setupTitle = nullptr;
  QLabel *m_registriesLabel = nullptr;
  QLabel *m_classesLabel = nullptr;
  QLabel *m_countLabel = nullptr;
  QList<QCheckBox *> m_registryBoxes;
  QList<QCheckBox *> m_classBoxes;
  QSpinBox *m_count = nullptr;
  QCheckBox *m_commonOnly = nullptr;
  QLabel *m_setupMessage = nullptr;
  QPushButton *m_start = nullptr;
  // Question.
  QLabel *m_progress = nullptr;
  QLabel *m_instruction = nullptr;
  QLabel *m_prompt = nullptr;
  QList<QPushButton *> m_choices;
  QLabel *m_feedback = nullptr;
  QPushButton *m_next = nullptr;
  // Score.
  QLabel *m_score = nullptr;
  QLabel *m_missed = nullptr;
  QPushButton *m_again = nullptr;
  QPushButton *m_close = nullptr;
};

} // namespace sipref
