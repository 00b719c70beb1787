// TraceView on the offscreen platform: pasted text and files are scanned on
// the worker thread, the rows are grouped by Call-ID and link to the codes,
// a scan can be cancelled or replaced, and the view follows the language.

#include "core/ContentStore.h"
#include "ui/LanguageManager.h"
#include "ui/TraceView.h"
#include "common/TestData.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
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
    emit view.summaryView()->anchorClicked(QUrl(QStringLiteral("q850:16")));
    QCOMPARE(requested.last().first().value<EntryRef>(), (EntryRef{Registry::Q850, 16}));
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
};

QTEST_MAIN(TestTraceView)
#include "tst_traceview.moc"
