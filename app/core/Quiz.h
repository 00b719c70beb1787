#pragma once

#include "Entry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sipref {

class ContentStore;

/// One question of a quiz round.
struct QuizQuestion {
  enum class Kind {
    Situation, ///< a "when you see it" text; pick the code
    Code,      ///< a code; pick its reason phrase (SIP) or name (Warning, Q.850)
  };
  Kind kind = Kind::Code;
  EntryRef answer;
  /// Kind::Situation: which of the answer's "when you see it" texts is shown.
  int situationIndex = -1;
  /// Quiz::kChoices entries, the answer among them at correctChoice.
  QList<EntryRef> choices;
  int correctChoice = -1;
};

/// What a round asks about.
struct QuizSettings {
  QList<Registry> registries; ///< empty: all
  QList<int> sipClasses;      ///< 1-6; empty: all; SIP responses only
  int questionCount = 10;
  /// Ask only about the codes an engineer meets often (Quiz::isCommon).
  bool commonOnly = false;
  QList<QuizQuestion::Kind> kinds; ///< empty: both kinds
  /// The same seed gives the same round (for tests); none gives a new one each time.
  std::optional<quint32> seed;
};

/// A training quiz over the shipped content.
///
/// Each question shows a situation (one of the "when you see it" texts, with
/// the answer's code and names blanked out) or a code, and offers four
/// choices: codes, or reason phrases and names. The three wrong choices come
/// from the answer's registry, from its class where it has enough codes, so
/// that 486 is told from 480 and 404 rather than from 200. Within a round no
/// code is asked twice. Texts are produced per language on demand, so a
/// round can switch between English and Japanese half-way.
class Quiz final {
  Q_DECLARE_TR_FUNCTIONS(Quiz)

public:
  static constexpr int kChoices = 4;

  Quiz(const ContentStore &store, const QuizSettings &settings);

  /// False when no question could be made; errorString() says why.
  bool isValid() const { return !m_questions.isEmpty(); }
  QString errorString() const { return m_error; }
  quint32 seed() const { return m_seed; }

  const QList<QuizQuestion> &questions() const { return m_questions; }
  int questionCount() const { return int(m_questions.size()); }
  /// The question being asked; questionCount() once the round is over.
  int currentIndex() const { return m_current; }
  const QuizQuestion &current() const;
  bool isFinished() const { return m_current >= m_questions.size(); }

  /// Answers the current question with choice `choice` (0-3) and says
  /// whether it was right. Only the first answer to a question counts.
  bool answer(int choice);
  bool isAnswered() const;
  /// The choice given to question `index`; -1 when not answered.
  int chosen(int index) const { return m_chosen.value(index, -1); }
  /// Moves on to the next question.
  void next();
  /// Right answers so far.
  int score() const;
  int answeredCount() const;

  /// The question as a sentence ("Which code is this?", "What is 486?").
  QString instruction(const QuizQuestion &question, Language language) const;
  /// The situation text, or the code, to show large.
  QString prompt(const QuizQuestion &question, Language language) const;
  QString choiceText(const QuizQuestion &question, int choice, Language language) const;
  /// The right answer in one line, with its summary: shown as feedback.
  QString answerText(const QuizQuestion &question, Language language) const;
  /// What choice `choice` stands for, in one line with its summary: after a
  /// wrong answer, what the code picked really means.
  QString choiceMeaning(const QuizQuestion &question, int choice, Language language) const;

  /// A code met often enough to be in the "common codes" set (commonness 2 or more).
  static bool isCommon(const Entry &entry) { return entry.commonness >= 2; }
  /// The codes a round with these settings asks about, from `entries`. With
  /// commonOnly, the common ones among them; when fewer than kChoices of
  /// those remain (content without commonness values), all of them.
  static QList<EntryRef> pool(const QList<Entry> &entries, const QuizSettings &settings);
  /// How many codes a round with these settings can ask about.
  static int availableQuestions(const ContentStore &store, const QuizSettings &settings);
  /// `text` with every mention of the entry's code and names replaced by "___".
  static QString blankOut(const Entry &entry, const QString &text);

private:
  static QList<EntryRef> pool(const ContentStore &store, const QuizSettings &settings);
  const Entry *entry(const EntryRef &ref) const;

  QHash<EntryRef, Entry> m_entries;
  QList<QuizQuestion> m_questions;
  QList<int> m_chosen;
  int m_current = 0;
  quint32 m_seed = 0;
  QString m_error;
};

} // namespace sipref
