#include "UserDataExchange.h"

#include <QScopeGuard>

#include "ContentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace sipref {

namespace {

const char *kFormatName = "sipref-userdata";

QString stamp(const QDateTime &t) {
  return t.toUTC().toString(Qt::ISODateWithMs);
}

// Line and column (1-based, in characters) of a byte offset in UTF-8 text.
QPair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset) {
  offset = std::clamp<qsizetype>(offset, 0, text.size());
  const QByteArray before = text.left(offset);
  const int line = int(before.count('\n')) + 1;
  const qsizetype lineStart = before.lastIndexOf('\n') + 1;
  const int column = int(QString::fromUtf8(before.mid(lineStart)).toUcs4().size()) + 1;
  return {line, column};
}

// The parser reports an unterminated string where the text ends; the user
// wants the quote that opened it.
qsizetype unterminatedStringStart(const QByteArray &text, qsizetype fallback) {
  qsizetype open = -1;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const char c = text.at(i);
    if (open < 0) {
      if (c == '"')
        open = i;
    } else if (c == '\\') {
      ++i;
    } else if (c == '"') {
      open = -1;
    }
  }
  return open >= 0 ? open : fallback;
}

// The line each value of a (syntactically valid) JSON text starts on, by
// path: "notes", "notes[3]", "notes[3].code". QJsonDocument keeps no
// positions, and a trainer fixing a hand-written file wants the line.
QHash<QString, int> valueLines(const QByteArray &text) {
  struct Level {
    bool isArray = false;
    QString path;
    int index = 0;
    bool expectKey = true; // objects: the next string is a key
    QString key;
  };
  QHash<QString, int> lines;
  QList<Level> stack;
  int line = 1;
  auto valuePath = [&]() -> QString {
    if (stack.isEmpty())
      return QString();
    const Level &top = stack.last();
    if (top.isArray)
      return top.path + QStringLiteral("[%1]").arg(top.index);
    return top.path.isEmpty() ? top.key : top.path + u'.' + top.key;
  };
  auto startValue = [&]() -> QString {
    const QString path = valuePath();
    if (!lines.contains(path))
      lines.insert(path, line);
    return path;
  };
  bool inValue = false; // inside a number or literal
  for (qsizetype i = 0; i < text.size(); ++i) {
    const char c = text.at(i);
    if (c == '\n') {
      ++line;
      inValue = false;
      continue;
    }
    if (c == '"') {
      // Read the string (escapes included) to its closing quote.
      const qsizetype start = i + 1;
      ++i;
      while (i < text.size() && text.at(i) != '"') {
        if (text.at(i) == '\\')
          ++i;
        ++i;
      }
      const QByteArray raw = text.mid(start, i - start);
      if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey) {
        // Keys with escapes are rare in this format; decode them anyway.
        const QJsonDocument keyDoc = QJsonDocument::fromJson("[\"" + raw + "\"]");
        stack.last().key = keyDoc.array().at(0).toString();
        stack.last().expectKey = false;
      } else {
        startValue();
      }
      continue;
    }
    switch (c) {
    case '{':
    case '[': {
      Level level;
      level.isArray = c == '[';
      level.path = startValue();
      stack << level;
      inValue = false;
      break;
    }
    case '}':
    case ']':
      if (!stack.isEmpty())
        stack.removeLast();
      inValue = false;
      break;
    case ',':
      if (!stack.isEmpty()) {
        if (stack.last().isArray)
          ++stack.last().index;
        else
          stack.last().expectKey = true;
      }
      inValue = false;
      break;
    case ':':
    case ' ':
    case '\t':
    case '\r':
      inValue = false;
      break;
    default:
      if (!inValue) {
        startValue();
        inValue = true;
      }
    }
  }
  return lines;
}

class Validator {
public:
  Validator(const QByteArray &json, const ContentStore *content)
      : m_lines(valueLines(json)), m_content(content) {}

  void problem(const QString &path, const QString &what) {
    const int line = m_lines.value(path, 0);
    QString where = path;
    if (line > 0)
      where = UserDataExchange::tr("%1 (line %2)").arg(path).arg(line);
    m_problems << where + QStringLiteral(": ") + what;
  }

  QStringList problems() const { return m_problems; }
  /// Where the problems of the next item will start.
  qsizetype mark() const { return m_problems.size(); }
  /// The problems found since `mark`, taken out of the list.
  QStringList takeSince(qsizetype mark) {
    const QStringList out = m_problems.mid(mark);
    m_problems.resize(mark);
    return out;
  }

  std::optional<EntryRef> code(const QJsonValue &value, const QString &path) {
    std::optional<EntryRef> ref;
    QString shown;
    if (value.isUndefined()) {
      problem(path, UserDataExchange::tr("missing (write the code as sip:486, q850:17 or warning:399)"));
      return std::nullopt;
    }
    if (value.isDouble()) {
      const double d = value.toDouble();
      shown = QString::number(d);
      if (d >= 0 && d <= 999 && std::floor(d) == d)
        ref = EntryRef{Registry::Sip, int(d)};
    } else if (value.isString()) {
      shown = value.toString();
      ref = EntryRef::fromString(shown.trimmed());
    } else {
      problem(path,
              UserDataExchange::tr("expected a code such as \"sip:486\", found %1").arg(typeName(value)));
      return std::nullopt;
    }
    if (!ref) {
      problem(path, UserDataExchange::tr("\"%1\" is not a code (write it as sip:486, q850:17 or warning:399)")
                        .arg(shown.left(60)));
      return std::nullopt;
    }
    if (m_content && !m_content->contains(*ref)) {
      problem(path, UserDataExchange::tr("%1 is not a known code").arg(shown));
      return std::nullopt;
    }
    return ref;
  }

  QDateTime time(const QJsonValue &value, const QString &path) {
    if (value.isUndefined() || value.isNull())
      return {};
    QDateTime t;
    if (value.isString()) {
      t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
      if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    if (!t.isValid())
      problem(path, UserDataExchange::tr("\"%1\" is not a date and time (write it as 2024-05-01T09:30:00Z)")
                        .arg(value.isString() ? value.toString().left(40) : typeName(value)));
    return t.toUTC();
  }

  static QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
      return UserDataExchange::tr("null");
    case QJsonValue::Bool:
      return UserDataExchange::tr("true or false");
    case QJsonValue::Double:
      return UserDataExchange::tr("a number");
    case QJsonValue::String:
      return UserDataExchange::tr("a string");
    case QJsonValue::Array:
      return UserDataExchange::tr("a list");
    case QJsonValue::Object:
      return UserDataExchange::tr("an object");
    case QJsonValue::Undefined:
      break;
    }
    return UserDataExchange::tr("nothing");
  }

private:
  QHash<QString, int> m_lines;
  const ContentStore *m_content;
  QStringList m_problems;
};

/// At most kMaxProblems lines, then how many more there are.
QStringList capped(const QStringList &lines) {
  QStringList out = lines.mid(0, UserDataExchange::kMaxProblems);
  if (lines.size() > out.size())
    out << UserDataExchange::tr("… and %1 more problems").arg(lines.size() - out.size());
  return out;
}

} // namespace

QByteArray UserDataExchange::toJson(const QList<Bookmark> &bookmarks, const QList<Note> &notes) {
  QJsonArray b;
  for (const Bookmark &bookmark : bookmarks) {
    QJsonObject o{{QStringLiteral("code"), bookmark.ref.toString()}};
    if (bookmark.starred.isValid())
      o.insert(QStringLiteral("starred"), stamp(bookmark.starred));
    b.append(o);
  }
  QJsonArray n;
  for (const Note &note : notes) {
    QJsonObject o{{QStringLiteral("code"), note.ref.toString()}, {QStringLiteral("text"), note.text}};
    if (note.updated.isValid())
      o.insert(QStringLiteral("updated"), stamp(note.updated));
    n.append(o);
  }
  const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormatName)},
                         {QStringLiteral("version"), kFormatVersion},
                         {QStringLiteral("exported"), stamp(QDateTime::currentDateTimeUtc())},
                         {QStringLiteral("bookmarks"), b},
                         {QStringLiteral("notes"), n}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool UserDataExchange::exportToFile(const UserStore &store, const QString &path, QString *error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error)
      *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
  }
  file.write(toJson(store.bookmarks(), store.notes()));
  if (!file.commit()) {
    if (error)
      *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
  }
  return true;
}

UserDataExchange::Parsed UserDataExchange::parse(const QByteArray &input, const ContentStore *content) {
  Parsed out;
  QByteArray json = input;
  if (json.startsWith("\xEF\xBB\xBF")) // a BOM, as some Windows editors write
    json.remove(0, 3);
  if (json.trimmed().isEmpty()) {
    out.problems << tr("the file is empty");
    return out;
  }
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError) {
    qsizetype offset = error.offset;
    if (error.error == QJsonParseError::UnterminatedString)
      offset = unterminatedStringStart(json, offset);
    const auto [line, column] = lineAndColumn(json, offset);
    out.problems << tr("line %1, column %2: %3 (this is not valid JSON)")
                        .arg(line)
                        .arg(column)
                        .arg(error.errorString());
    return out;
  }
  Validator v(json, content);
  if (!doc.isObject()) {
    out.problems << tr("the file is JSON but not a SipRef export: expected an object with \"format\": \"%1\"")
                        .arg(QString::fromLatin1(kFormatName));
    return out;
  }
  const QJsonObject root = doc.object();
  const QJsonValue format = root.value(QStringLiteral("format"));
  if (format.toString() != QLatin1String(kFormatName)) {
    v.problem(QStringLiteral("format"),
              format.isUndefined() ? tr("missing: this is not a SipRef export of bookmarks and notes")
                                   : tr("expected \"%1\", found %2")
                                         .arg(QString::fromLatin1(kFormatName),
                                              format.isString() ? u'"' + format.toString().left(40) + u'"'
                                                                : Validator::typeName(format)));
    out.problems = v.problems();
    return out; // not our file: the rest would only be noise
  }
  const QJsonValue version = root.value(QStringLiteral("version"));
  if (version.isUndefined())
    v.problem(QStringLiteral("version"), tr("missing (this format is version %1)").arg(kFormatVersion));
  else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
           version.toDouble() < 1)
    v.problem(QStringLiteral("version"), tr("expected a whole number such as %1").arg(kFormatVersion));
  else if (version.toInt() > kFormatVersion)
    v.problem(QStringLiteral("version"),
              tr("%1 is newer than this version of SipRef reads (%2); update SipRef")
                  .arg(version.toInt())
                  .arg(kFormatVersion));

  const QJsonValue bookmarks = root.value(QStringLiteral("bookmarks"));
  const QJsonValue notes = root.value(QStringLiteral("notes"));
  if (bookmarks.isUndefined() && notes.isUndefined())
    v.problem(QStringLiteral("(file)"), tr("has neither \"bookmarks\" nor \"notes\""));

  if (!bookmarks.isUndefined()) {
    if (!bookmarks.isArray()) {
      v.problem(QStringLiteral("bookmarks"),
                tr("expected a list, found %1").arg(Validator::typeName(bookmarks)));
    } else {
      const QJsonArray list = bookmarks.toArray();
      for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("bookmarks[%1]").arg(i);
        const QJsonValue item = list.at(i);
        const qsizetype mark = v.mark();
        std::optional<Bookmark> bookmark;
        if (item.isString() || item.isDouble()) {
          if (const auto ref = v.code(item, path))
            bookmark = Bookmark{*ref, {}};
        } else if (item.isObject()) {
          const QJsonObject o = item.toObject();
          const auto ref = v.code(o.value(QStringLiteral("code")), path + QStringLiteral(".code"));
          const QDateTime starred =
              v.time(o.value(QStringLiteral("starred")), path + QStringLiteral(".starred"));
          if (ref)
            bookmark = Bookmark{*ref, starred};
        } else {
          v.problem(path, tr("expected a code such as \"sip:486\" or an object with \"code\", found %1")
                              .arg(Validator::typeName(item)));
        }
        // One bad item is skipped; the others are still imported.
        const QStringList itemProblems = v.takeSince(mark);
        if (itemProblems.isEmpty() && bookmark)
          out.bookmarks << *bookmark;
        out.skipped += itemProblems;
      }
    }
  }

  if (!notes.isUndefined()) {
    if (!notes.isArray()) {
      v.problem(QStringLiteral("notes"), tr("expected a list, found %1").arg(Validator::typeName(notes)));
    } else {
      const QJsonArray list = notes.toArray();
      QHash<EntryRef, qsizetype> seen;
      for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("notes[%1]").arg(i);
        const QJsonValue item = list.at(i);
        const qsizetype mark = v.mark();
        // One bad item is skipped; the others are still imported.
        const auto skipIfBad = qScopeGuard([&] { out.skipped += v.takeSince(mark); });
        if (!item.isObject()) {
          v.problem(
              path,
              tr("expected an object with \"code\" and \"text\", found %1").arg(Validator::typeName(item)));
          continue;
        }
        const QJsonObject o = item.toObject();
        const auto ref = v.code(o.value(QStringLiteral("code")), path + QStringLiteral(".code"));
        const QJsonValue textValue = o.value(QStringLiteral("text"));
        const QString textPath = path + QStringLiteral(".text");
        bool textOk = false;
        if (textValue.isUndefined())
          v.problem(textPath, tr("missing"));
        else if (!textValue.isString())
          v.problem(textPath, tr("expected a string, found %1").arg(Validator::typeName(textValue)));
        else if (textValue.toString().trimmed().isEmpty())
          v.problem(textPath, tr("the note is empty"));
        else if (textValue.toString().size() > kMaxNoteLength)
          v.problem(textPath, tr("the note is %1 characters long; at most %2 are accepted")
                                  .arg(textValue.toString().size())
                                  .arg(kMaxNoteLength));
        else
          textOk = true;
        const QDateTime updated =
            v.time(o.value(QStringLiteral("updated")), path + QStringLiteral(".updated"));
        if (ref && seen.contains(*ref)) {
          v.problem(path + QStringLiteral(".code"),
                    tr("%1 already has a note at notes[%2]; put both texts in one note")
                        .arg(ref->toString())
                        .arg(seen.value(*ref)));
          continue;
        }
        if (ref && textOk && v.mark() == mark) {
          seen.insert(*ref, i);
          out.notes << Note{*ref, textValue.toString(), updated};
        }
      }
    }
  }
  out.problems = capped(v.problems());
  if (!out.problems.isEmpty()) {
    out.bookmarks.clear();
    out.notes.clear();
    out.skipped.clear();
  }
  return out;
}

UserDataExchange::ImportResult UserDataExchange::importJson(UserStore &store, const QByteArray &json,
                                                            const ContentStore *content) {
  ImportResult result;
  const Parsed parsed = parse(json, content);
  if (!parsed.isValid()) {
    result.problems = parsed.problems;
    return result;
  }
  if (!store.importData(parsed.bookmarks, parsed.notes, &result.summary)) {
    result.problems << store.errorString();
    return result;
  }
  result.ok = true;
  result.skipped = parsed.skipped;
  return result;
}

UserDataExchange::ImportResult UserDataExchange::importFile(UserStore &store, const QString &path,
                                                            const ContentStore *content) {
  ImportResult result;
  const QFileInfo info(path);
  QFile file(path);
  if (!info.exists()) {
    result.problems << tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
    return result;
  }
  if (info.isDir()) {
    result.problems << tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(path));
    return result;
  }
  if (info.size() > kMaxFileSize) {
    result.problems
        << tr("%1 is %2 MB; an export of bookmarks and notes is far smaller. Is this the right file?")
               .arg(QDir::toNativeSeparators(path))
               .arg(info.size() / (1024 * 1024));
    return result;
  }
  if (!file.open(QIODevice::ReadOnly)) {
    result.problems << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return result;
  }
  return importJson(store, file.read(kMaxFileSize + 1), content);
}

QString UserDataExchange::ImportResult::message() const {
  if (!ok)
    return tr("Nothing was imported:") + QStringLiteral("\n") + problems.join(u'\n');
  const ImportSummary &s = summary;
  QString text =
      tr("Imported. Bookmarks: %1 added, %2 already there. Notes: %3 added, %4 added below your own "
         "note on "
         "the same code, %5 already there.")
          .arg(s.bookmarksAdded)
          .arg(s.bookmarksPresent)
          .arg(s.notesAdded)
          .arg(s.notesMerged)
          .arg(s.notesPresent);
  if (!skipped.isEmpty())
    text += QStringLiteral("\n\n") + tr("Skipped, because they could not be read:") + QStringLiteral("\n") +
            capped(skipped).join(u'\n');
  return text;
}

} // namespace sipref
