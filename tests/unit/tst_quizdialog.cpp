// The quiz dialog, on the offscreen platform: set up a round, answer with
// the buttons and keys 1-4, immediate feedback with links to the pages, the
// score at the end, remembered settings, and English/Japanese switching.

#include "core/ContentStore.h"
#include "ui/LanguageManager.h"
#include "ui/QuizDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "common/TestData.h"

using namespace sipref;
using test::hasJapanese;

namespace {

QStringList links(const QString &html) {
  QStringList out;
  auto it = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).globalMatch(html);
  while (it.hasNext())
    out << it.next().captured(1);
  return out;
}

} // namespace

class TestQuizDialog : public QObject {
  Q_OBJECT

  ContentStore m_store;
  LanguageManager m_languages;

  void setUp(QuizDialog &dialog, QList<Registry> registries, int count) {
    QuizSettings s;
    s.registries = registries;
    s.questionCount = count;
    dialog.setSettings(s);
    dialog.setSeed(2024);
  }

private slots:
  void initTestCase() {
    QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString()));
    QCoreApplication::setOrganizationName(QStringLiteral("SipRefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quizdialog"));
  }

  void init() {
    QSettings().clear();
    m_languages.setLanguage(Language::English);
  }

  void cleanupTestCase() { QSettings().clear(); }

  void setupSaysWhatARoundWillAsk() {
    QuizDialog dialog(m_store, Language::English);
    dialog.show();
    QCOMPARE(dialog.page(), QuizDialog::Page::Setup);
    QVERIFY(dialog.startButton()->isEnabled());
    for (Registry r : allRegistries())
      dialog.registryBox(r)->setChecked(false);
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(!dialog.startRound());
    QVERIFY(!dialog.setupMessageLabel()->text().isEmpty());
    dialog.registryBox(Registry::Sip)->setChecked(true);
    for (int digit = 1; digit <= 6; ++digit)
      dialog.classBox(digit)->setChecked(false);
    QVERIFY(!dialog.startButton()->isEnabled());
    QVERIFY(dialog.setupMessageLabel()->text().contains(QStringLiteral("SIP class")));
    dialog.classBox(6)->setChecked(true);
    QVERIFY(dialog.startButton()->isEnabled());
    dialog.countBox()->setValue(20);
    // Common codes only (the default): 600, 603, 604 and 606 have commonness 2
    // or more in search_hints.json; 607 and 608 are occasional.
    QVERIFY(dialog.commonOnlyBox()->isChecked());
    QVERIFY2(dialog.setupMessageLabel()->text().contains(QStringLiteral("4 codes match")),
             qPrintable(dialog.setupMessageLabel()->text()));
    dialog.commonOnlyBox()->setChecked(false);
    // Six 6xx codes: the round is shorter than asked and says so.
    QVERIFY2(dialog.setupMessageLabel()->text().contains(QStringLiteral("6 codes match")),
             qPrintable(dialog.setupMessageLabel()->text()));
    QCOMPARE(dialog.settings().sipClasses, QList<int>{6});
    QCOMPARE(dialog.settings().registries, QList<Registry>{Registry::Sip});
    QVERIFY(dialog.startRound());
    QCOMPARE(dialog.quiz()->questionCount(), 6);
    for (const QuizQuestion &q : dialog.quiz()->questions())
      QCOMPARE(q.answer.code / 100, 6);
  }

  void aWholeRoundWithFeedbackAndScore() {
    QuizDialog dialog(m_store, Language::English);
    setUp(dialog, {Registry::Warning}, 3);
    dialog.show();
    QSignalSpy requested(&dialog, &QuizDialog::entryRequested);
    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QCOMPARE(dialog.page(), QuizDialog::Page::Question);
    const Quiz *quiz = dialog.quiz();
    QVERIFY(quiz);
    QCOMPARE(quiz->questionCount(), 3);

    // 1: right, with the mouse.
    QuizQuestion q = quiz->current();
    QVERIFY(!dialog.nextButton()->isEnabled());
    QVERIFY(dialog.feedbackLabel()->text().isEmpty());
    QVERIFY(!dialog.promptLabel()->text().isEmpty());
    for (int i = 0; i < 4; ++i)
      QVERIFY(dialog.choiceButton(i)->text().startsWith(QStringLiteral("%1. ").arg(i + 1)));
    QTest::mouseClick(dialog.choiceButton(q.correctChoice), Qt::LeftButton);
    QVERIFY(dialog.feedbackLabel()->text().contains(QStringLiteral("Right.")));
    QVERIFY(dialog.choiceButton(q.correctChoice)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(!dialog.choiceButton((q.correctChoice + 1) % 4)->isEnabled());
    QVERIFY(dialog.choiceButton(q.correctChoice)->font().bold());
    QTest::mouseClick(dialog.choiceButton(q.correctChoice), Qt::LeftButton); // one answer only
    QCOMPARE(dialog.quiz()->chosen(0), q.correctChoice);
    QVERIFY(dialog.nextButton()->isEnabled());
    // The link opens the code's page.
    const QStringList rightLinks = links(dialog.feedbackLabel()->text());
    QCOMPARE(rightLinks.size(), 1);
    emit dialog.feedbackLabel()->linkActivated(rightLinks.first());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().value<EntryRef>(), q.answer);
    QTest::mouseClick(dialog.nextButton(), Qt::LeftButton);

    // 2: wrong, with a key; feedback names the right answer and links both.
    q = quiz->current();
    QCOMPARE(quiz->currentIndex(), 1);
    const int wrong = (q.correctChoice + 1) % 4;
    QTest::keyClick(&dialog, Qt::Key(Qt::Key_1 + wrong));
    QVERIFY(dialog.feedbackLabel()->text().contains(QStringLiteral("Not quite")));
    QVERIFY(dialog.feedbackLabel()->text().contains(QString::number(q.answer.code)));
    QVERIFY(dialog.choiceButton(wrong)->text().startsWith(QStringLiteral("✗")));
    QTest::mouseClick(dialog.choiceButton(q.correctChoice), Qt::LeftButton); // too late to change
    QCOMPARE(quiz->chosen(1), wrong);
    const QStringList wrongLinks = links(dialog.feedbackLabel()->text());
    QCOMPARE(wrongLinks.size(), 2);
    emit dialog.feedbackLabel()->linkActivated(wrongLinks.at(1));
    QCOMPARE(requested.last().first().value<EntryRef>(), q.choices.at(wrong));
    dialog.nextButton()->click();

    // 3: right, then the score.
    q = quiz->current();
    QTest::keyClick(&dialog, Qt::Key(Qt::Key_1 + q.correctChoice));
    QCOMPARE(dialog.nextButton()->text(), QStringLiteral("See the score"));
    dialog.nextButton()->click();
    QCOMPARE(dialog.page(), QuizDialog::Page::Score);
    QCOMPARE(dialog.scoreLabel()->text(), QStringLiteral("2 of 3 right"));

    // A new round goes back to the setup, which kept the choice.
    QuizDialog again(m_store, Language::English);
    QCOMPARE(again.settings().registries, QList<Registry>{Registry::Warning});
    QCOMPARE(again.countBox()->value(), 3);
  }

  void aWrongAnswerSaysWhatThePickedCodeMeans() {
    QuizDialog dialog(m_store, Language::English);
    setUp(dialog, {Registry::Sip}, 2);
    dialog.show();
    QVERIFY(dialog.startRound());
    const QuizQuestion q = dialog.quiz()->current();
    const int wrong = (q.correctChoice + 1) % 4;
    QTest::keyClick(&dialog, Qt::Key(Qt::Key_1 + wrong));
    const auto picked = m_store.entry(q.choices.at(wrong));
    QVERIFY(picked && !picked->en.summary.isEmpty());
    const QString feedback = dialog.feedbackLabel()->text();
    QVERIFY2(feedback.contains(QStringLiteral("You chose:")), qPrintable(feedback));
    QVERIFY2(feedback.contains(picked->en.summary.toHtmlEscaped()), qPrintable(feedback));
  }

  void enterMovesOnAfterALinkWasClicked() {
    QuizDialog dialog(m_store, Language::English);
    setUp(dialog, {Registry::Warning}, 3);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(dialog.startRound());
    const QuizQuestion q = dialog.quiz()->current();
    QTest::keyClick(&dialog, Qt::Key(Qt::Key_1 + q.correctChoice));
    // A click on the link puts the focus in the label, where Enter would open
    // the link again; after the link the focus is back on "Next question".
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.feedbackLabel()->setFocus(Qt::MouseFocusReason);
    emit dialog.feedbackLabel()->linkActivated(links(dialog.feedbackLabel()->text()).first());
    QCOMPARE(QApplication::focusWidget(), dialog.nextButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.quiz()->currentIndex(), 1);
    // Enter pressed on the dialog itself goes on as well, once answered.
    QTest::keyClick(&dialog, Qt::Key(Qt::Key_1 + dialog.quiz()->current().correctChoice));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.quiz()->currentIndex(), 2);
  }

  void commonCodesAreTheDefault() {
    QuizDialog dialog(m_store, Language::English);
    QVERIFY(dialog.commonOnlyBox()->isChecked());
    QVERIFY(dialog.settings().commonOnly);
    dialog.commonOnlyBox()->setChecked(false);
    QVERIFY(!dialog.settings().commonOnly);
    QVERIFY(dialog.startRound());
    QuizDialog again(m_store, Language::English);
    QVERIFY(!again.commonOnlyBox()->isChecked());
  }

  void switchingLanguageMidRound() {
    QuizDialog dialog(m_store, Language::English);
    QuizSettings s;
    s.registries = {Registry::Q850};
    s.kinds = {QuizQuestion::Kind::Situation};
    s.questionCount = 2;
    dialog.setSettings(s);
    dialog.setSeed(7);
    dialog.show();
    QVERIFY(dialog.startRound());
    QCOMPARE(dialog.quiz()->current().kind, QuizQuestion::Kind::Situation);
    const QString englishInstruction = dialog.instructionLabel()->text();
    m_languages.setLanguage(Language::Japanese);
    dialog.setLanguage(Language::Japanese);
    QVERIFY2(hasJapanese(dialog.instructionLabel()->text()), qPrintable(dialog.instructionLabel()->text()));
    QVERIFY(dialog.instructionLabel()->text() != englishInstruction);
    QVERIFY2(hasJapanese(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
    QVERIFY2(hasJapanese(dialog.promptLabel()->text()), qPrintable(dialog.promptLabel()->text()));
    QVERIFY(hasJapanese(dialog.choiceButton(0)->text()));
    m_languages.setLanguage(Language::English);
    dialog.setLanguage(Language::English);
    QCOMPARE(dialog.instructionLabel()->text(), englishInstruction);
  }
};

QTEST_MAIN(TestQuizDialog)
#include "tst_quizdialog.moc"
