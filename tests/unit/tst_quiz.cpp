// The training quiz over the shipped content: four choices with one right,
// no code asked twice in a round, registries and classes respected, both
// languages, the same round for the same seed, and the score.

#include "core/ContentStore.h"
#include "core/Quiz.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include "common/TestData.h"

using namespace sipref;
using test::hasJapanese;

class TestQuiz : public QObject {
  Q_OBJECT

  ContentStore m_store;

private slots:
  void initTestCase() { QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString())); }

  void everyQuestionHasFourDistinctChoicesAndOneRightAnswer() {
    QuizSettings settings;
    settings.questionCount = 1000; // more than there are codes: capped
    settings.seed = 7;
    const Quiz quiz(m_store, settings);
    QVERIFY(quiz.isValid());
    QCOMPARE(quiz.questionCount(), Quiz::availableQuestions(m_store, settings));
    QCOMPARE(quiz.questionCount(), m_store.entryCount());
    int situations = 0;
    int codes = 0;
    for (const QuizQuestion &q : quiz.questions()) {
      QCOMPARE(q.choices.size(), Quiz::kChoices);
      QVERIFY(q.correctChoice >= 0 && q.correctChoice < Quiz::kChoices);
      QCOMPARE(q.choices.at(q.correctChoice), q.answer);
      QCOMPARE(QSet<EntryRef>(q.choices.cbegin(), q.choices.cend()).size(), Quiz::kChoices);
      for (const EntryRef &c : q.choices)
        QCOMPARE(c.registry, q.answer.registry); // no 200 among the Q.850 causes
      for (Language language : {Language::English, Language::Japanese}) {
        QStringList texts;
        for (int i = 0; i < Quiz::kChoices; ++i)
          texts << quiz.choiceText(q, i, language);
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), Quiz::kChoices);
        QVERIFY(!quiz.prompt(q, language).isEmpty());
        QVERIFY(!quiz.instruction(q, language).isEmpty());
        QVERIFY(quiz.answerText(q, language).contains(QString::number(q.answer.code)));
      }
      (q.kind == QuizQuestion::Kind::Situation ? situations : codes)++;
    }
    QVERIFY(situations > 20);
    QVERIFY(codes > 20);
  }

  void noCodeIsAskedTwiceInARound() {
    for (quint32 seed : {1u, 2u, 3u, 99u}) {
      QuizSettings settings;
      settings.registries = {Registry::Warning};
      settings.questionCount = 15;
      settings.seed = seed;
      const Quiz quiz(m_store, settings);
      QSet<EntryRef> asked;
      for (const QuizQuestion &q : quiz.questions()) {
        QVERIFY2(!asked.contains(q.answer), qPrintable(q.answer.toString()));
        asked.insert(q.answer);
      }
      // All 15 Warning codes, each once.
      QCOMPARE(asked.size(), 15);
    }
  }

  void registriesAndClassesAreRespected() {
    QuizSettings settings;
    settings.registries = {Registry::Sip};
    settings.sipClasses = {4, 6};
    settings.questionCount = 30;
    settings.seed = 11;
    const Quiz quiz(m_store, settings);
    QCOMPARE(quiz.questionCount(), 30);
    for (const QuizQuestion &q : quiz.questions()) {
      QCOMPARE(q.answer.registry, Registry::Sip);
      QVERIFY2(q.answer.code / 100 == 4 || q.answer.code / 100 == 6, qPrintable(q.answer.toString()));
    }

    settings.registries = {Registry::Q850, Registry::Warning};
    settings.questionCount = 40;
    const Quiz other(m_store, settings);
    QSet<Registry> seen;
    for (const QuizQuestion &q : other.questions()) {
      QVERIFY(q.answer.registry != Registry::Sip);
      seen.insert(q.answer.registry);
    }
    QCOMPARE(seen.size(), 2);
  }

  void wrongChoicesComeFromTheSameClassWhenThereAreEnough() {
    QuizSettings settings;
    settings.registries = {Registry::Sip};
    settings.sipClasses = {4};
    settings.questionCount = 10;
    settings.seed = 5;
    const Quiz quiz(m_store, settings);
    for (const QuizQuestion &q : quiz.questions())
      for (const EntryRef &c : q.choices)
        QCOMPARE(c.code / 100, 4);
  }

  void theSameSeedGivesTheSameRound() {
    QuizSettings settings;
    settings.questionCount = 12;
    settings.seed = 12345;
    const Quiz a(m_store, settings);
    const Quiz b(m_store, settings);
    QCOMPARE(a.seed(), 12345u);
    QCOMPARE(a.questionCount(), b.questionCount());
    for (int i = 0; i < a.questionCount(); ++i) {
      QCOMPARE(a.questions().at(i).answer, b.questions().at(i).answer);
      QCOMPARE(a.questions().at(i).choices, b.questions().at(i).choices);
      QCOMPARE(a.prompt(a.questions().at(i), Language::English),
               b.prompt(b.questions().at(i), Language::English));
    }
    settings.seed = 54321;
    const Quiz c(m_store, settings);
    QList<EntryRef> first, second;
    for (int i = 0; i < a.questionCount(); ++i) {
      first << a.questions().at(i).answer;
      second << c.questions().at(i).answer;
    }
    QVERIFY(first != second);
  }

  void situationsDoNotGiveTheAnswerAway() {
    QuizSettings settings;
    settings.kinds = {QuizQuestion::Kind::Situation};
    settings.questionCount = 1000;
    settings.seed = 3;
    const Quiz quiz(m_store, settings);
    QVERIFY(quiz.questionCount() > 100);
    for (const QuizQuestion &q : quiz.questions()) {
      QCOMPARE(q.kind, QuizQuestion::Kind::Situation);
      const auto entry = m_store.entry(q.answer);
      QVERIFY(entry);
      const QString en = quiz.prompt(q, Language::English);
      const QString ja = quiz.prompt(q, Language::Japanese);
      QVERIFY(hasJapanese(ja));
      QVERIFY(en != ja);
      for (const QString &text : {en, ja}) {
        QVERIFY2(!text.contains(entry->phrase, Qt::CaseInsensitive), qPrintable(text));
        if (q.answer.code >= 10)
          QVERIFY2(
              !text.contains(QRegularExpression(QStringLiteral("(?<![0-9.])%1(?![0-9])").arg(q.answer.code))),
              qPrintable(q.answer.toString() + u' ' + text));
      }
      // Choices are codes.
      QVERIFY(
          quiz.choiceText(q, q.correctChoice, Language::English)
              .startsWith(q.answer.registry == Registry::Sip ? QString::number(q.answer.code) : QString()));
    }
  }

  void blankOut() {
    const auto e = m_store.entry({Registry::Sip, 486});
    QVERIFY(e);
    QCOMPARE(Quiz::blankOut(*e, QStringLiteral("The phone answers 486 busy here; 4860 and 1486 stay.")),
             QStringLiteral("The phone answers ___; 4860 and 1486 stay."));
    const auto cause = m_store.entry({Registry::Q850, 1});
    QVERIFY(cause);
    QCOMPARE(Quiz::blankOut(*cause, QStringLiteral("Reason: Q.850;cause=1 after 1 second")),
             QStringLiteral("Reason: Q.850;cause=___ after 1 second"));
  }

  void codeQuestionsAskForPhrasesOrNames() {
    QuizSettings settings;
    settings.kinds = {QuizQuestion::Kind::Code};
    settings.registries = {Registry::Q850};
    settings.questionCount = 5;
    settings.seed = 8;
    const Quiz quiz(m_store, settings);
    QCOMPARE(quiz.questionCount(), 5);
    for (const QuizQuestion &q : quiz.questions()) {
      QCOMPARE(q.kind, QuizQuestion::Kind::Code);
      QVERIFY(quiz.prompt(q, Language::English).contains(QString::number(q.answer.code)));
      const auto e = m_store.entry(q.answer);
      QCOMPARE(quiz.choiceText(q, q.correctChoice, Language::English), e->title(Language::English));
      QCOMPARE(quiz.choiceText(q, q.correctChoice, Language::Japanese), e->title(Language::Japanese));
      QVERIFY(hasJapanese(quiz.choiceText(q, q.correctChoice, Language::Japanese)));
    }
  }

  void scoring() {
    QuizSettings settings;
    settings.questionCount = 4;
    settings.seed = 42;
    Quiz quiz(m_store, settings);
    QCOMPARE(quiz.questionCount(), 4);
    QCOMPARE(quiz.currentIndex(), 0);
    QVERIFY(!quiz.isAnswered());
    // Right, then a change of mind that does not count.
    const int right = quiz.current().correctChoice;
    QVERIFY(quiz.answer(right));
    QVERIFY(quiz.isAnswered());
    QVERIFY(quiz.answer((right + 1) % 4));
    QCOMPARE(quiz.score(), 1);
    quiz.next();
    // Wrong.
    QVERIFY(!quiz.answer((quiz.current().correctChoice + 1) % 4));
    QCOMPARE(quiz.score(), 1);
    quiz.next();
    QVERIFY(quiz.answer(quiz.current().correctChoice));
    quiz.next();
    QVERIFY(!quiz.answer(7)); // out of range: not an answer
    QVERIFY(!quiz.isAnswered());
    quiz.next();
    QVERIFY(quiz.isFinished());
    QCOMPARE(quiz.score(), 2);
    QCOMPARE(quiz.answeredCount(), 3);
    QCOMPARE(quiz.chosen(1), (quiz.questions().at(1).correctChoice + 1) % 4);
    QVERIFY(!quiz.answer(0));
    quiz.next(); // past the end: stays finished
    QCOMPARE(quiz.currentIndex(), 4);
  }

  void nothingToAskIsSaidClearly() {
    QuizSettings settings;
    settings.registries = {Registry::Sip};
    settings.sipClasses = {9};
    const Quiz quiz(m_store, settings);
    QVERIFY(!quiz.isValid());
    QVERIFY(!quiz.errorString().isEmpty());
    QVERIFY(quiz.isFinished());
    QCOMPARE(quiz.score(), 0);

    ContentStore closed;
    const Quiz none(closed, {});
    QVERIFY(!none.isValid());
  }

  void commonCodesSet() {
    // Entries built here: commonness is a content value the tests set.
    QList<Entry> entries;
    for (int code : {400, 401, 403, 404, 425, 486, 487, 488, 491}) {
      Entry e;
      e.ref = {Registry::Sip, code};
      e.commonness = QList<int>{401, 404, 486, 487, 403}.contains(code) ? 3 : code == 488 ? 2 : 0;
      entries << e;
    }
    Entry cause;
    cause.ref = {Registry::Q850, 91};
    cause.commonness = 0;
    entries << cause;
    QuizSettings s;
    s.commonOnly = true;
    const QList<EntryRef> common = Quiz::pool(entries, s);
    QCOMPARE(common.size(), 6);
    for (const EntryRef &ref : common)
      QVERIFY(ref.code != 425 && ref.code != 91 && ref.code != 400 && ref.code != 491);
    s.commonOnly = false;
    QCOMPARE(Quiz::pool(entries, s).size(), entries.size());
    // Filters still apply inside the common set.
    s.commonOnly = true;
    s.registries = {Registry::Q850};
    // Too few common codes for four choices: every code of the choice.
    QCOMPARE(Quiz::pool(entries, s), QList<EntryRef>{cause.ref});
  }
};

QTEST_GUILESS_MAIN(TestQuiz)
#include "tst_quiz.moc"
