// The note editor under the code page, on the offscreen platform: saved as
// you type (after a short pause), on leaving the editor, on switching code,
// on hiding and on destruction; reloaded when an import changes it.

#include "common/TestCodes.h"
#include "common/TestData.h"
#include "core/UserStore.h"
#include "ui/NotesPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace sipref;
using namespace sipref::test;

class TestNotesPanel : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  UserStore m_store;
  int m_counter = 0;

private slots:
  void init() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("notes%1.sqlite").arg(++m_counter))));
  }

  void savesAfterAShortPauseInTyping() {
    QVERIFY(NotesPanel::kSaveDelayMs <= 300);
    NotesPanel panel(m_store);
    panel.show();
    panel.setEntry(k486, QStringLiteral("486 Busy Here"));
    QVERIFY(panel.editor()->isEnabled());
    QSignalSpy saved(&panel, &NotesPanel::noteSaved);
    panel.editor()->setFocus();
    QTest::keyClicks(panel.editor(), QStringLiteral("Carrier X: trunk full"));
    // Nothing is written on every keystroke...
    QCOMPARE(saved.count(), 0);
    QVERIFY(panel.hasUnsavedChanges());
    QCOMPARE(m_store.note(k486), QString());
    // ...but once typing pauses.
    QTRY_COMPARE(m_store.note(k486), QStringLiteral("Carrier X: trunk full"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().value<EntryRef>(), k486);
    QVERIFY(!panel.hasUnsavedChanges());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Saved"));
  }

  void savesAtOnceOnLeavingTheEditor() {
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *panel = new NotesPanel(m_store, &window);
    auto *other = new QLineEdit(&window);
    layout->addWidget(panel);
    layout->addWidget(other);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    panel->setEntry(k486);
    panel->editor()->setFocus();
    QTest::keyClicks(panel->editor(), QStringLiteral("focus out"));
    QCOMPARE(m_store.note(k486), QString());
    other->setFocus();
    // No waiting: focus-out saved it.
    QCOMPARE(m_store.note(k486), QStringLiteral("focus out"));
  }

  void savesWhenSwitchingCodeHidingAndClosing() {
    {
      NotesPanel panel(m_store);
      panel.show();
      panel.setEntry(k486);
      QTest::keyClicks(panel.editor(), QStringLiteral("on 486"));
      panel.setEntry(k600);
      QCOMPARE(m_store.note(k486), QStringLiteral("on 486"));
      QCOMPARE(panel.editor()->toPlainText(), QString());
      QTest::keyClicks(panel.editor(), QStringLiteral("on 600"));
      panel.hide();
      QCOMPARE(m_store.note(k600), QStringLiteral("on 600"));
      panel.show();
      QTest::keyClicks(panel.editor(), QStringLiteral(", more"));
    } // destroyed with unsaved text
    QCOMPARE(m_store.note(k600), QStringLiteral("on 600, more"));

    NotesPanel again(m_store);
    again.setEntry(k486);
    QCOMPARE(again.editor()->toPlainText(), QStringLiteral("on 486"));
  }

  void clearingTheTextRemovesTheNote() {
    QVERIFY(m_store.setNote(k486, QStringLiteral("old")));
    NotesPanel panel(m_store);
    panel.show();
    panel.setEntry(k486);
    panel.editor()->selectAll();
    QTest::keyClick(panel.editor(), Qt::Key_Delete);
    QVERIFY(panel.saveNow());
    QVERIFY(!m_store.notedRefs().contains(k486));
  }

  void noCodeNoEditing() {
    NotesPanel panel(m_store);
    panel.show();
    QVERIFY(!panel.editor()->isEnabled());
    QVERIFY(!panel.editor()->placeholderText().isEmpty());
    panel.setEntry(k486);
    QVERIFY(panel.editor()->isEnabled());
    panel.setEntry({});
    QVERIFY(!panel.editor()->isEnabled());
    QVERIFY(m_store.notes().isEmpty());
  }

  void anImportIsShownUnlessTheUserIsTyping() {
    NotesPanel panel(m_store);
    panel.show();
    panel.setEntry(k486);
    QVERIFY(m_store.importData({}, {{k486, QStringLiteral("from the class"), {}}}));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("from the class"));
    // While typing, the user's text wins and is saved on top (merged by the store's rules elsewhere).
    QTest::keyClicks(panel.editor(), QStringLiteral(" + mine"));
    QVERIFY(m_store.importData({}, {{k600, QStringLiteral("other code"), {}}}));
    QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("from the class + mine"));
    QVERIFY(panel.saveNow());
    QCOMPARE(m_store.note(k486), QStringLiteral("from the class + mine"));
  }

  void aStoreThatCannotSaveSaysSo() {
    UserStore memoryOnly;
    QVERIFY(memoryOnly.open(
        pathBelowAFile(m_dir.filePath(QStringLiteral("file")), QStringLiteral("x/userdata.sqlite"))));
    NotesPanel panel(memoryOnly);
    panel.show();
    panel.setEntry(k486);
    QTest::keyClicks(panel.editor(), QStringLiteral("session only"));
    QVERIFY(panel.saveNow());
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("cannot be saved to disk")),
             qPrintable(panel.statusLabel()->text()));
  }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
