// TraceView on the offscreen platform: pasted text and files are scanned on
// the worker thread, the rows are grouped by Call-ID and link to the codes,
// a scan can be cancelled or replaced, and the view follows the language.

#include "common/TestData.h"
#include "core/ContentStore.h"
#include "core/Page.h"
#include "ui/LanguageManager.h"
#include "ui/TraceView.h"

#include "ui/LadderView.h"
#include "ui/PrintSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QToolTip>
#include <QTreeView>
#include <QtTest>

using namespace sipref;

namespace {

using test::dataPath;
using test::readData;

enum Column { LineColumn, MessageColumn, CSeqColumn, RemarksColumn };

QString text(const QModelIndex &index, int column) {
  return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestTraceView : public QObject {
  Q_OBJECT

  ContentStore m_store;
  LanguageManager m_languages;

  bool waitForScan(TraceView &view) {
    QSignalSpy done(&view, &TraceView::scanFinished);
    return !view.isScanning() || done.wait(30000);
  }

  /// Opens `file` in the view shown at `size`, as a window shows it; true once scanned.
  bool openShown(TraceView &view, const QSize &size, const QString &file) {
    view.resize(size);
    view.show();
    view.openFile(file);
    return waitForScan(view);
  }

private slots:
  void initTestCase() {
    QVERIFY2(m_store.open(SIPREF_CONTENT_DB), qPrintable(m_store.errorString()));
    m_languages.setLanguage(Language::English);
  }

  void explainsPastedText() {
    TraceView view(m_store);
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    QAbstractItemModel *model = view.treeView()->model();
    QCOMPARE(model->rowCount(), 5);

    const QModelIndex call = model->index(0, 0);
    // A call row spans the columns: Call-ID, outcome, Q.850 causes.
    QCOMPARE(text(call, LineColumn),
             QStringLiteral("a84b4c76e66710@pc33.atlanta.example.com — Failed (486 Busy "
                            "Here) — Q.850 cause 17 User busy"));
    QVERIFY(view.treeView()->isFirstColumnSpanned(0, {}));
    QCOMPARE(model->rowCount(call), 5);
    QStringList flow;
    for (int r = 0; r < model->rowCount(call); ++r)
      flow << text(model->index(r, 0, call), MessageColumn);
    QCOMPARE(flow, (QStringList{"INVITE", "100 Trying", "180 Ringing", "486 Busy Here", "ACK"}));
    const QModelIndex busy = model->index(3, 0, call);
    QCOMPARE(text(busy, LineColumn), QStringLiteral("36"));
    QCOMPARE(text(busy, CSeqColumn), QStringLiteral("CSeq 314159 INVITE"));
    QCOMPARE(model->parent(busy), call);
    QCOMPARE(model->rowCount(busy), 1);
    const QModelIndex reason = model->index(0, 0, busy);
    QVERIFY(text(reason, MessageColumn).startsWith(QStringLiteral("Reason: Q.850 cause 17")));
    QCOMPARE(model->parent(reason), busy);

    // The unregistered 499: flagged on its row and in the summary.
    const QModelIndex options = model->index(2, 0);
    const QModelIndex rejected = model->index(1, 0, options);
    QCOMPARE(text(rejected, MessageColumn), QStringLiteral("499 Rate Limited"));
    QCOMPARE(text(rejected, RemarksColumn),
             QStringLiteral("499 is not a registered SIP response code; its class is 4xx, client failure."));
    QCOMPARE(model->rowCount(rejected), 2); // two Warning values
    QVERIFY(view.summaryView()->toPlainText().contains(
        QStringLiteral("499 is not a registered SIP response code")));
    QVERIFY(view.summaryView()->toPlainText().contains(QStringLiteral("486 Busy Here ×1")));
    QCOMPARE(view.statusText(), QStringLiteral("the pasted text: 16 SIP messages, 5 calls."));
    // Small traces open with the calls expanded.
    QVERIFY(view.treeView()->isExpanded(call));
  }

  void rowsAndLinksRequestEntries() {
    TraceView view(m_store);
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    QAbstractItemModel *model = view.treeView()->model();
    QSignalSpy requested(&view, &TraceView::entryRequested);
    const QModelIndex call = model->index(0, 0);
    const QModelIndex busy = model->index(3, 0, call);
    emit view.treeView()->activated(busy.siblingAtColumn(CSeqColumn));
    emit view.treeView()->activated(model->index(0, 0, busy));
    emit view.treeView()->activated(call);
    // The 499 has no page: activating it asks for nothing.
    emit view.treeView()->activated(model->index(1, 0, model->index(2, 0)));
    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested.at(0).first().value<EntryRef>(), (EntryRef{Registry::Sip, 486}));
    QCOMPARE(requested.at(1).first().value<EntryRef>(), (EntryRef{Registry::Q850, 17}));
    QCOMPARE(requested.at(2).first().value<EntryRef>(), (EntryRef{Registry::Sip, 486}));
    // The summary links the codes as every page does, and only such links open them.
    QVERIFY(view.summaryView()->toHtml().contains(Page::entry({Registry::Sip, 486}).link()));
    emit view.summaryView()->anchorClicked(QUrl(Page::entry({Registry::Q850, 16}).link()));
    QCOMPARE(requested.size(), 4);
    QCOMPARE(requested.last().first().value<EntryRef>(), (EntryRef{Registry::Q850, 16}));
    emit view.summaryView()->anchorClicked(QUrl(QStringLiteral("q850:16")));
    QCOMPARE(requested.size(), 4);
  }

  void opensFiles() {
    TraceView view(m_store);
    view.openFile(dataPath("asterisk_full.log"));
    QVERIFY(waitForScan(view));
    QCOMPARE(view.treeView()->model()->rowCount(), 2);
    QCOMPARE(view.summary().messageCount(), 6);
    QVERIFY(view.statusText().startsWith(QStringLiteral("asterisk_full.log: 6 SIP messages")));
  }

  /// Captures come through the same reader: opened and dropped, frames and times where lines were.
  void opensAndDropsCaptures() {
    TraceView view(m_store);
    view.openFile(dataPath("capture/sipp_udp_lo.pcapng"));
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 60);
    QVERIFY(view.statusText().startsWith(QStringLiteral("sipp_udp_lo.pcapng: 60 SIP messages, 11 calls")));
    QVERIFY(view.summaryView()->toPlainText().contains(QStringLiteral("pcapng capture, Ethernet, 60 packets")));
    QAbstractItemModel *model = view.treeView()->model();
    QCOMPARE(model->headerData(LineColumn, Qt::Horizontal).toString(), QStringLiteral("Frame / Time"));
    const QModelIndex invite = model->index(0, 0, model->index(0, 0));
    QVERIFY2(text(invite, LineColumn).startsWith(QStringLiteral("1  00:17:48.")), qPrintable(text(invite, LineColumn)));
    QCOMPARE(text(invite, MessageColumn), QStringLiteral("INVITE"));
    QCOMPARE(text(invite, RemarksColumn), QStringLiteral("127.0.0.1:25070 → 127.0.0.1:25060 UDP"));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataPath("capture/gen/gen_tls.pcap"))});
    // Delivered as the window system delivers it to the widget under the pointer.
    QObject *target = &view;
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    target->event(&enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    target->event(&drop);
    QVERIFY(view.isScanning());
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 2);
    QVERIFY(view.summaryView()->toPlainText().contains(
        QStringLiteral("37 packets on TCP port 5061, probably TLS, could not be read.")));

    // A capture without readable SIP still says why.
    view.openFile(dataPath("capture/gen/gen_unknown_link.pcap"));
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 0);
    QVERIFY(view.summaryView()->toPlainText().contains(QStringLiteral("Link type 147")));

    // Binary input that is not a capture is refused with a message.
    QTemporaryDir dir;
    QFile zip(dir.filePath(QStringLiteral("trace.zip")));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.write(QByteArray("PK\x03\x04", 4) + readData("raw.sip"));
    zip.close();
    view.openFile(zip.fileName());
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 0);
    QVERIFY2(view.statusText().endsWith(QStringLiteral("it looks like a zip archive")), qPrintable(view.statusText()));
  }

  void unreadableFiles() {
    TraceView view(m_store);
    view.openFile(QStringLiteral("/nonexistent/trace.txt"));
    QVERIFY(waitForScan(view));
    QVERIFY(view.statusText().startsWith(QStringLiteral("Cannot read trace.txt")));
    QCOMPARE(view.treeView()->model()->rowCount(), 0);
    view.openFile(QStringLiteral(SIPREF_TEST_DATA));
    QVERIFY(waitForScan(view));
    QVERIFY(view.statusText().contains(QStringLiteral("is a folder")));
    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.log")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("just a log line\n");
    empty.close();
    view.openFile(empty.fileName());
    QVERIFY(waitForScan(view));
    QCOMPARE(view.statusText(), QStringLiteral("No SIP requests or responses found in empty.log."));
  }

  void scansOnTheWorkerThreadAndCancels() {
    // A trace large enough that scanning it takes a while.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.log"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    const QByteArray call = readData("raw.sip") + '\n'; // it ends in the middle of a line
    for (int i = 0; i < 3000; ++i)
      big.write(call);
    big.close();

    TraceView view(m_store);
    QThread *worker = view.findChild<QThread *>(QStringLiteral("TraceScanner"));
    QVERIFY(worker && worker->isRunning());
    QVERIFY(worker != QThread::currentThread());
    // openFile returns before anything is scanned: the work is elsewhere.
    view.openFile(path);
    QVERIFY(view.isScanning());
    QVERIFY(view.summary().isEmpty());
    QVERIFY(view.progressBar()->isVisibleTo(&view));
    QVERIFY(view.cancelButton()->isVisibleTo(&view));
    view.cancelButton()->click();
    QVERIFY(waitForScan(view));
    QVERIFY(view.statusText().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!view.progressBar()->isVisibleTo(&view));

    // Scanned to the end, with progress on the way.
    QSignalSpy progress(view.progressBar(), &QProgressBar::valueChanged);
    view.openFile(path);
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 16 * 3000);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().first().toInt(), 1000);
  }

  void aNewScanReplacesTheRunningOne() {
    TraceView view(m_store);
    view.explainText(QString::fromUtf8(readData("raw.sip") + '\n').repeated(500));
    view.explainText(QString::fromUtf8(readData("sipp_messages.log")));
    QSignalSpy done(&view, &TraceView::scanFinished);
    QVERIFY(done.wait(30000));
    // Only the scan still wanted reports.
    QCOMPARE(view.summary().messageCount(), 4);
    QVERIFY(!done.wait(300));
  }

  void largePasteSkipsTheTextBox() {
    TraceView view(m_store);
    const QString trace = QString::fromUtf8(readData("raw.sip") + '\n').repeated(400); // about 2 MB
    QApplication::clipboard()->setText(trace);
    if (QApplication::clipboard()->text() != trace)
      QSKIP("no clipboard on this platform");
    view.pasteArea()->paste();
    QVERIFY(view.isScanning());
    QVERIFY(view.pasteArea()->toPlainText().size() < 200);
    QVERIFY(waitForScan(view));
    QCOMPARE(view.summary().messageCount(), 16 * 400);
  }

  void smallPasteIsExplainedAfterTyping() {
    TraceView view(m_store);
    QSignalSpy done(&view, &TraceView::scanFinished);
    view.pasteArea()->setPlainText(
        QStringLiteral("SIP/2.0 603 Decline\nCall-ID: typed@x\nCSeq: 1 INVITE\n\n"));
    QVERIFY(done.wait(5000));
    QCOMPARE(view.summary().messageCount(), 1);
    QCOMPARE(text(view.treeView()->model()->index(0, 0), LineColumn),
             QStringLiteral("typed@x — Failed (603 Decline)"));
  }

  void followsTheLanguage() {
    TraceView view(m_store);
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    const QString english = view.openButton()->text();
    const QModelIndex busy = view.treeView()->model()->index(3, 0, view.treeView()->model()->index(0, 0));
    const QString reasonEnglish = text(view.treeView()->model()->index(0, 0, busy), MessageColumn);
    m_languages.setLanguage(Language::Japanese);
    view.setLanguage(Language::Japanese);
    QTRY_VERIFY(view.openButton()->text() != english); // LanguageChange is posted
    QVERIFY(view.treeView()->model()->headerData(0, Qt::Horizontal).toString() != QStringLiteral("Line"));
    const QString reasonJapanese = text(view.treeView()->model()->index(0, 0, busy), MessageColumn);
    QVERIFY2(reasonJapanese != reasonEnglish, qPrintable(reasonJapanese));
    QVERIFY(view.statusText() != QStringLiteral("the pasted text: 16 SIP messages, 5 calls."));
    m_languages.setLanguage(Language::English);
    view.setLanguage(Language::English);
    QTRY_COMPARE(view.openButton()->text(), english);
  }

  // --- the trace view at small sizes and in use ----------------------

  void openingAFileClearsThePaste() {
    TraceView view(m_store);
    view.pasteArea()->setPlainText(QString::fromUtf8(readData("raw.sip")));
    QTRY_VERIFY(view.isScanning() || view.summary().messageCount() > 0);
    QVERIFY(waitForScan(view));
    view.openFile(dataPath("sngrep.txt"));
    QVERIFY(waitForScan(view));
    QCOMPARE(view.pasteArea()->toPlainText(), QString());
    QVERIFY(view.statusText().startsWith(QStringLiteral("sngrep.txt")));
  }

  void statusLineWrapsInJapanese() {
    m_languages.setLanguage(Language::Japanese);
    TraceView view(m_store);
    view.setLanguage(Language::Japanese);
    view.resize(420, 480); // the trace pane of a 900x600 window, and less
    view.show();
    view.openFile(dataPath("raw.sip"));
    QVERIFY(waitForScan(view));
    QLabel *label = view.statusLabel();
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->wordWrap());
    const QString text = label->text();
    QVERIFY(text.contains(QStringLiteral("raw.sip")));
    // The status is longer than its line, and the label is tall enough for all of it.
    QVERIFY(QFontMetrics(label->font()).horizontalAdvance(text) > label->width());
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
    QCOMPARE(label->toolTip(), text);
    m_languages.setLanguage(Language::English);
  }

  void columnsStayInSightAt900x600() {
    TraceView view(m_store);
    view.resize(680, 460); // what a 900x600 window leaves the trace view
    view.show();
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    QTreeView *tree = view.treeView();
    const int width = tree->viewport()->width();
    QVERIFY(width > 300);
    QVERIFY2(tree->header()->sectionViewportPosition(CSeqColumn) + tree->columnWidth(CSeqColumn) <= width,
             qPrintable(QString::number(tree->header()->sectionViewportPosition(CSeqColumn))));
    // The remarks start with room to read them (before: 60 characters of message pushed them out).
    QVERIFY2(tree->header()->sectionViewportPosition(RemarksColumn) + 120 <= width,
             qPrintable(QString::number(tree->header()->sectionViewportPosition(RemarksColumn))));
  }

  void truncatedCellsHaveATooltip() {
    TraceView view(m_store);
    view.resize(900, 500);
    view.show();
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    QTreeView *tree = view.treeView();
    tree->setColumnWidth(MessageColumn, 40); // "486 Busy Here" does not fit
    const QModelIndex busy = tree->model()->index(3, MessageColumn, tree->model()->index(0, 0));
    const QRect rect = tree->visualRect(busy);
    QVERIFY(rect.isValid());
    QHelpEvent help(QEvent::ToolTip, rect.center(), tree->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(tree->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("486 Busy Here")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
  }

  void progressShowsAPercentage() {
    TraceView view(m_store);
    QVERIFY(view.progressBar()->isTextVisible());
    view.progressBar()->setValue(500);
    QCOMPARE(view.progressBar()->text(), QStringLiteral("50%"));
  }

  void zoomAppliesToTheTraceView() {
    TraceView view(m_store);
    const qreal tree = view.treeView()->font().pointSizeF();
    const qreal summary = view.summaryView()->font().pointSizeF();
    view.setZoom(3);
    QCOMPARE(view.treeView()->font().pointSizeF(), tree + 3);
    QCOMPARE(view.ladderView()->font().pointSizeF(), tree + 3);
    QCOMPARE(view.summaryView()->font().pointSizeF(), summary + 6);
    view.setZoom(0);
    QCOMPARE(view.treeView()->font().pointSizeF(), tree);
  }

  // --- call flows ------------------------------------------------------

  void callFlowOfALongCall() {
    TraceView view(m_store);
    QVERIFY(openShown(view, {900, 600}, dataPath("long_call_sngrep.txt")));
    QCOMPARE(view.callPicker()->count(), 1);
    LadderView *ladder = view.ladderView();
    QCOMPARE(ladder->flow().steps().size(), 48);
    QCOMPARE(ladder->flow().participants().size(), 3);
    view.tabs()->setCurrentWidget(view.flowPage());
    QTRY_VERIFY(ladder->isVisible());
    // 48 messages do not fit: the ladder scrolls, and the keyboard moves through it.
    QVERIFY(ladder->drawingSize().height() > ladder->viewport()->height());
    ladder->setFocus();
    ladder->setCurrentStep(0);
    QTest::keyClick(ladder, Qt::Key_End);
    QCOMPARE(ladder->currentStep(), 47);
    QVERIFY(ladder->stepRect(47).bottom() <= ladder->viewport()->height());
    QTest::keyClick(ladder, Qt::Key_Home);
    QCOMPARE(ladder->currentStep(), 0);
    QTest::keyClick(ladder, Qt::Key_Down);
    QCOMPARE(ladder->currentStep(), 1);
    // The selected message's text, from the file, with its Reason decoded.
    QVERIFY(view.messageView()->toPlainText().contains(QStringLiteral("407 Proxy Authentication Required")));
    QVERIFY(view.messageView()->toPlainText().contains(QStringLiteral("Server: Acme SBC 9.1")));
    QTest::keyClick(ladder, Qt::Key_End);
    QTest::keyClick(ladder, Qt::Key_Up);
    QTest::keyClick(ladder, Qt::Key_Up);
    QTest::keyClick(ladder, Qt::Key_Up);
    QCOMPARE(ladder->currentStep(), 44);
    QVERIFY(view.messageView()->toPlainText().contains(
        QStringLiteral("Reason: Q.850 cause 16 \"Normal call clearing\"")));
    // Timing and the diagnosis.
    const QString diagnosis = view.diagnosisView()->toPlainText();
    QVERIFY(diagnosis.contains(QStringLiteral("Answered (200 OK), ended by BYE")));
    QVERIFY(diagnosis.contains(QStringLiteral("post-dial delay 1.45 s")));
    QVERIFY(diagnosis.contains(QStringLiteral("Grandstream GXP2170")));
  }

  /// The trace pane of a 900x600 window is narrow and short: the ladder keeps
  /// most of the Call flow tab, the diagnosis and the message are tabs below it.
  void ladderKeepsTheHeightWhenNarrow() {
    TraceView view(m_store);
    QVERIFY(openShown(view, {430, 505}, dataPath("capture/sipp_udp_lo.pcap")));
    QCOMPARE(view.tabs()->currentWidget(), view.flowPage());
    LadderView *ladder = view.ladderView();
    QTRY_VERIFY(ladder->isVisible());
    auto *details = view.flowPage()->findChild<QTabWidget *>(QStringLiteral("traceDetailTabs"));
    QVERIFY(details && details->isVisible());
    QCOMPARE(details->count(), 2);
    QVERIFY2(ladder->height() >= 2 * details->height(),
             qPrintable(QStringLiteral("%1 %2").arg(ladder->height()).arg(details->height())));
    QVERIFY(ladder->width() > view.width() * 9 / 10);
    // The opened file left the paste box empty: it gives up its room.
    QVERIFY(view.pasteArea()->height() <= view.pasteArea()->fontMetrics().lineSpacing() * 3);
    QVERIFY2(ladder->stepRect(3).bottom() <= ladder->viewport()->height(),
             qPrintable(QString::number(ladder->viewport()->height())));
    // A call picked shows its diagnosis; a message the user selects, the message.
    QCOMPARE(details->currentWidget(), view.diagnosisView());
    ladder->setCurrentStep(1);
    QCOMPARE(details->currentWidget(), view.messageView());
    QVERIFY(view.messageView()->toPlainText().contains(QStringLiteral("180 Ringing")));
    // Wide: both beside the ladder at once.
    view.resize(1000, 600);
    QTRY_VERIFY(!details->isVisible());
    QVERIFY(view.diagnosisView()->isVisible() && view.messageView()->isVisible());
    QVERIFY(view.diagnosisView()->mapTo(&view, QPoint()).x() > ladder->mapTo(&view, QPoint()).x() + 300);
    QVERIFY(view.messageView()->toPlainText().contains(QStringLiteral("180 Ringing")));
  }

  void clickingAResponseOpensItsCode() {
    TraceView view(m_store);
    view.resize(900, 600);
    view.show();
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    view.tabs()->setCurrentWidget(view.flowPage());
    LadderView *ladder = view.ladderView();
    QTRY_VERIFY(ladder->isVisible());
    QCOMPARE(ladder->flow().steps().at(3).m.statusCode, 486);
    QSignalSpy requested(&view, &TraceView::entryRequested);
    ladder->setCurrentStep(0);
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, ladder->labelRect(3).center());
    QCOMPARE(ladder->currentStep(), 3);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).first().value<EntryRef>(), (EntryRef{Registry::Sip, 486}));
    // A click beside the label selects without opening; Enter opens.
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, QPoint(4, ladder->stepRect(1).center().y()));
    QCOMPARE(ladder->currentStep(), 1);
    QCOMPARE(requested.size(), 1);
    ladder->setFocus();
    QTest::keyClick(ladder, Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).first().value<EntryRef>(), (EntryRef{Registry::Sip, 100}));
    // The diagnosis of the failed call, and its link to the code.
    QVERIFY(view.diagnosisView()->toPlainText().contains(QStringLiteral("Failed (486 Busy Here)")));
    QVERIFY(view.diagnosisView()->toHtml().contains(Page::entry({Registry::Sip, 486}).link()));
  }

  void treeSelectionPicksTheCall() {
    TraceView view(m_store);
    view.explainText(QString::fromUtf8(readData("raw.sip")));
    QVERIFY(waitForScan(view));
    QAbstractItemModel *model = view.treeView()->model();
    view.treeView()->setCurrentIndex(model->index(0, 0, model->index(4, 0)));
    QCOMPARE(view.callPicker()->currentData().toInt(), 4);
    QCOMPARE(view.ladderView()->flow().call(), 4);
    QVERIFY(view.diagnosisView()->toPlainText().contains(QStringLiteral("503")));
  }

  void exportsOpenInOtherTools() {
    TraceView view(m_store);
    view.resize(900, 600);
    view.openFile(dataPath("long_call_sngrep.txt"));
    QVERIFY(waitForScan(view));
    QTemporaryDir dir;
    // PNG: the whole ladder, not the visible part.
    const QString png = dir.filePath(QStringLiteral("flow.png"));
    QVERIFY(view.exportLadder(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > 48 * 20);
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    // SVG: Qt reads it back, and librsvg (the renderer of GNOME and many tools) converts it.
    const QString svg = dir.filePath(QStringLiteral("flow.svg"));
    QVERIFY(view.exportLadder(svg));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("407 Proxy Authentication Required"));
    QVERIFY(svgText.contains("Grandstream GXP2170"));
    const QString converted = dir.filePath(QStringLiteral("rsvg.png"));
    QProcess rsvg;
    rsvg.start(QStringLiteral("rsvg-convert"), {svg, QStringLiteral("-o"), converted});
    QVERIFY2(rsvg.waitForFinished(30000), "rsvg-convert (librsvg2-bin) did not run");
    QCOMPARE(rsvg.exitCode(), 0);
    QCOMPARE(QImage(converted).size(), image.size());
    // CSV, read with Python's csv module.
    const QString csv = dir.filePath(QStringLiteral("calls.csv"));
    QVERIFY(view.exportCallsCsv(csv));
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import csv,sys\n"
                        "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8-sig')))\n"
                        "assert rows[0][0]=='Call-ID' and len(rows)==2, rows\n"
                        "r=rows[1]\n"
                        "assert r[0]=='7b1e5c2a-40msg@192.0.2.10' and r[1]=='\"Front desk\" "
                        "<sip:1001@pbx.example.net>', r\n"
                        "assert r[3]=='2026-11-25 09:30:00.000' and r[5]=='200 OK' and r[8]=='90.288', r\n"
                        "assert r[6].startswith('Q.850 cause 16'), r\n"),
         csv});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    // The whole explanation through the print path, as PDF.
    const QString html = view.explanationHtml();
    QVERIFY(html.contains(QStringLiteral("7b1e5c2a-40msg@192.0.2.10")));
    QVERIFY(html.contains(QStringLiteral("post-dial delay 1.45 s")));
    const QString pdf = dir.filePath(QStringLiteral("trace.pdf"));
    QVERIFY(PrintSupport::writePdf(html, pdf, PrintSupport::Paper::A4, QStringLiteral("Trace")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfText.contains(QStringLiteral("Trace explanation")), qPrintable(pdfText.left(400)));
    QVERIFY(pdfText.contains(QStringLiteral("Grandstream GXP2170")));
  }

  void captureMessagesShowTheirHeaders() {
    TraceView view(m_store);
    view.openFile(QStringLiteral(SIPREF_TEST_DATA "/capture/sipp_udp_proxy_lo.pcap"));
    QVERIFY(waitForScan(view));
    QVERIFY(view.callPicker()->count() > 0);
    LadderView *ladder = view.ladderView();
    QCOMPARE(ladder->flow().participants().size(), 3);
    ladder->setCurrentStep(0);
    ladder->setCurrentStep(2);
    const QString text = view.messageView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Frame: 3")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Transport: UDP")));
    QVERIFY(text.contains(QStringLiteral("Call-ID: 1-23539@127.0.0.1")));
    QVERIFY(text.contains(QStringLiteral("Via: 127.0.0.1:25064")));
  }

  void logLinesWithoutMessages() {
    TraceView view(m_store);
    view.openFile(dataPath("kamailio_xlog.log"));
    QVERIFY(waitForScan(view));
    QCOMPARE(view.statusText(),
             QStringLiteral("kamailio_xlog.log: no whole SIP messages; 7 code(s) named in log lines."));
    const QString summary = view.summaryView()->toPlainText();
    QVERIFY(summary.contains(QStringLiteral("Mentioned in log lines")));
    QVERIFY(summary.contains(
        QStringLiteral("1-14828@127.0.0.1: 100 Trying line 9, 180 Ringing line 10, 486 Busy Here line 11")));
    QVERIFY(summary.contains(m_store.entry({Registry::Sip, 486})->en.summary));
    QCOMPARE(view.callPicker()->count(), 0);
  }
};

QTEST_MAIN(TestTraceView)
#include "tst_traceview.moc"
