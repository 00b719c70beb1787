// sipref_ja.ts is complete: every message has a finished Japanese
// translation, and nothing in the sources is missing from it.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
  QString context;
  QString source;
  QString translation;
  QString type;
  bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error) {
  QList<Message> out;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = f.errorString();
    return out;
  }
  QXmlStreamReader xml(&f);
  QString context;
  Message current;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      if (xml.name() == u"context") {
        context.clear();
      } else if (xml.name() == u"name") {
        context = xml.readElementText();
      } else if (xml.name() == u"message") {
        current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
      } else if (xml.name() == u"source") {
        current.source = xml.readElementText();
      } else if (xml.name() == u"translation") {
        current.type = xml.attributes().value(QLatin1String("type")).toString();
        if (current.numerus) {
          // <numerusform> children
          QString forms;
          while (xml.readNextStartElement())
            forms += xml.readElementText();
          current.translation = forms;
        } else {
          current.translation = xml.readElementText();
        }
      }
    } else if (xml.isEndElement() && xml.name() == u"message") {
      out << current;
    }
  }
  if (xml.hasError())
    *error = xml.errorString();
  return out;
}

QStringList problems(const QList<Message> &messages) {
  QStringList out;
  for (const Message &m : messages) {
    // Strings gone from the sources stay in the file for reuse; they are not work left.
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
      continue;
    if (!m.type.isEmpty())
      out << QStringLiteral("%1: \"%2\" is %3").arg(m.context, m.source, m.type);
    else if (m.translation.trimmed().isEmpty())
      out << QStringLiteral("%1: \"%2\" has no translation").arg(m.context, m.source);
  }
  return out;
}

} // namespace

class TestTranslations : public QObject {
  Q_OBJECT

private slots:
  void committedFileIsComplete() {
    QString error;
    const auto messages = readTs(QStringLiteral(SIPREF_SOURCE_DIR "/translations/sipref_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    const QStringList p = problems(messages);
    QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));
  }

  void nothingInTheSourcesIsMissing() {
    QTemporaryDir dir;
    const QString copy = dir.filePath("sipref_ja.ts");
    QVERIFY(QFile::copy(QStringLiteral(SIPREF_SOURCE_DIR "/translations/sipref_ja.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SIPREF_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(SIPREF_SOURCE_DIR "/app/core"), QStringLiteral(SIPREF_SOURCE_DIR "/app/ui"),
                   QStringLiteral(SIPREF_SOURCE_DIR "/app/cli"), QStringLiteral(SIPREF_SOURCE_DIR "/app/main.cpp"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const QStringList p = problems(readTs(copy, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(p.isEmpty(), qPrintable(QStringLiteral("run the update_translations target and translate:\n") +
                                     p.join(u'\n')));
  }

  void detectsAnUnfinishedEntry() {
    QTemporaryDir dir;
    QFile f(dir.filePath("x.ts"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"ja_JP\"><context><name>C</name>"
            "<message><source>Back</source><translation type=\"unfinished\"></translation></message>"
            "<message><source>Forward</source><translation>進む</translation></message></context></TS>");
    f.close();
    QString error;
    const QStringList p = problems(readTs(f.fileName(), &error));
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().contains("Back"));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
