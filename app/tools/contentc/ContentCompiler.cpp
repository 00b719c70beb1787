#include "ContentCompiler.h"

#include "core/ContentSchema.h"
#include "core/SearchText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace sipref {

namespace {

const QStringList kStatuses = {QStringLiteral("current"), QStringLiteral("deprecated"),
                               QStringLiteral("historic")};
const QStringList kSenders = {QStringLiteral("uas"),      QStringLiteral("proxy"),
                              QStringLiteral("registrar"), QStringLiteral("redirect"),
                              QStringLiteral("b2bua"),    QStringLiteral("gateway")};
const QStringList kRetries = {QStringLiteral("none"),   QStringLiteral("redirect"),
                              QStringLiteral("credentials"), QStringLiteral("modify"),
                              QStringLiteral("later"),  QStringLiteral("alternate"),
                              QStringLiteral("stop")};

std::pair<int, int> codeRange(Registry r) {
  switch (r) {
  case Registry::Sip:
    return {100, 699};
  case Registry::Warning:
    return {300, 399};
  case Registry::Q850:
    return {0, 127};
  }
  return {0, 0};
}

QString toJson(const QStringList &list) {
  return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// SQLite columns are NOT NULL; a null QString would bind as NULL.
QString nn(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

int lineOfOffset(const QByteArray &data, int offset) {
  return int(data.left(offset).count('\n')) + 1;
}

} // namespace

bool containsJapanese(const QString &text) {
  const QList<uint> characters = text.toUcs4();
  return std::any_of(characters.begin(), characters.end(), [](uint c) { return isJapaneseCharacter(c); });
}

void ContentCompiler::error(const QString &file, const QString &where, const QString &problem) {
  const QString name = QFileInfo(file).fileName();
  m_errors.append(where.isEmpty() ? QStringLiteral("%1: %2").arg(name, problem)
                                  : QStringLiteral("%1: %2: %3").arg(name, where, problem));
}

bool ContentCompiler::load(const QStringList &files) {
  m_errors.clear();
  m_entries.clear();
  m_entryFile.clear();
  m_pairs.clear();
  m_mapping.clear();
  m_documents.clear();
  m_pendingRefs.clear();
  m_warnings.clear();
  m_hints.clear();
  m_hintsFile.clear();
  m_vendorNames.clear();
  m_vendorDeclared.clear();
  m_vendorForms.clear();
  m_vendorOtherForms.clear();
  if (files.isEmpty())
    m_errors.append(QStringLiteral("no content files given"));
  for (const QString &file : files)
    loadFile(file);
  checkReferences();
  applyHints();
  resolveVendorNames();
  return m_errors.isEmpty();
}

void ContentCompiler::loadFile(const QString &file) {
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) {
    error(file, {}, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    return;
  }
  const QByteArray data = f.readAll();
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    error(file, QStringLiteral("line %1").arg(lineOfOffset(data, parseError.offset)),
          QStringLiteral("bad JSON: %1").arg(parseError.errorString()));
    return;
  }
  if (!doc.isObject()) {
    error(file, {}, QStringLiteral("bad JSON: the top level must be an object"));
    return;
  }
  const QJsonObject root = doc.object();
  if (root.contains(u"registry"))
    loadRegistry(file, root);
  else if (root.contains(u"pairs"))
    loadComparisons(file, root);
  else if (root.contains(u"isup_to_sip") || root.contains(u"sip_to_isup"))
    loadMapping(file, root);
  else if (root.contains(u"search_hints"))
    loadSearchHints(file, root);
  else if (root.contains(u"vendor_names"))
    loadVendorNames(file, root);
  else
    error(file, {},
          QStringLiteral("unknown content file: expected \"registry\", \"pairs\", "
                         "\"isup_to_sip\", \"search_hints\" or \"vendor_names\" at the top level"));
}

std::optional<QJsonArray> ContentCompiler::entriesOf(const QString &file, const QJsonObject &root) {
  const QJsonValue entries = root.value(u"entries");
  if (!entries.isArray()) {
    error(file, {}, QStringLiteral("missing required field \"entries\" (an array)"));
    return std::nullopt;
  }
  return entries.toArray();
}

void ContentCompiler::loadRegistry(const QString &file, const QJsonObject &root) {
  const auto registry = registryFromKey(root.value(u"registry").toString());
  if (!registry) {
    error(file, {}, QStringLiteral("unknown registry \"%1\" (expected sip, warning or q850)")
                        .arg(root.value(u"registry").toString()));
    return;
  }
  const auto array = entriesOf(file, root);
  if (!array)
    return;
  for (int i = 0; i < array->size(); ++i) {
    if (!array->at(i).isObject()) {
      error(file, QStringLiteral("entry #%1").arg(i + 1), QStringLiteral("not an object"));
      continue;
    }
    loadEntry(file, *registry, array->at(i).toObject(), i);
  }
}

namespace {

// Reads a list of strings; reports a problem when it is not one.
bool readStringList(const QJsonObject &obj, const char *field, QStringList &out, QString &problem) {
  const QJsonValue v = obj.value(QLatin1String(field));
  if (v.isUndefined())
    return true;
  if (!v.isArray()) {
    problem = QStringLiteral("field \"%1\" must be a list of strings").arg(QLatin1String(field));
    return false;
  }
  for (const QJsonValue &item : v.toArray()) {
    if (!item.isString() || item.toString().trimmed().isEmpty()) {
      problem = QStringLiteral("field \"%1\" must contain only non-empty strings")
                    .arg(QLatin1String(field));
      return false;
    }
    out.append(item.toString().trimmed());
  }
  return true;
}

} // namespace

void ContentCompiler::loadEntry(const QString &file, Registry registry, const QJsonObject &obj,
                                int index) {
  const QJsonValue codeValue = obj.value(u"code");
  QString where = QStringLiteral("entry #%1").arg(index + 1);
  if (codeValue.isUndefined()) {
    error(file, where, QStringLiteral("missing required field \"code\""));
    return;
  }
  const double codeNumber = codeValue.toDouble(-1);
  if (!codeValue.isDouble() || codeNumber != double(int(codeNumber))) {
    error(file, where, QStringLiteral("field \"code\" must be an integer"));
    return;
  }
  Entry e;
  e.ref = EntryRef{registry, int(codeNumber)};
  where = QStringLiteral("entry %1").arg(e.ref.code);
  const auto [low, high] = codeRange(registry);
  if (e.ref.code < low || e.ref.code > high) {
    error(file, where, QStringLiteral("code %1 is out of range (%2 codes are %3-%4)")
                           .arg(e.ref.code)
                           .arg(registryKey(registry))
                           .arg(low)
                           .arg(high));
    return;
  }
  if (m_entryFile.contains(e.ref)) {
    error(file, where, QStringLiteral("code %1 is repeated").arg(e.ref.code));
    return;
  }
  const int errorsBefore = int(m_errors.size());
  auto requireString = [&](const char *field, QString &out) {
    const QJsonValue v = obj.value(QLatin1String(field));
    if (v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())) {
      error(file, where, QStringLiteral("missing required field \"%1\"").arg(QLatin1String(field)));
      return false;
    }
    if (!v.isString()) {
      error(file, where, QStringLiteral("field \"%1\" must be a string").arg(QLatin1String(field)));
      return false;
    }
    out = v.toString().trimmed();
    return true;
  };

  requireString("phrase", e.phrase);
  QString problem;
  if (!readStringList(obj, "alt_phrases", e.altPhrases, problem))
    error(file, where, problem);
  if (requireString("status", e.status) && !kStatuses.contains(e.status))
    error(file, where, QStringLiteral("status \"%1\" is not one of current, deprecated, historic")
                           .arg(e.status));

  // A list every entry of the registry has, which may be empty.
  auto requireList = [&](const char *field, QStringList &out) {
    if (!obj.contains(QLatin1String(field)))
      error(file, where, QStringLiteral("missing required field \"%1\"").arg(QLatin1String(field)));
    else if (!readStringList(obj, field, out, problem))
      error(file, where, problem);
  };
  // Warning codes have no classes; a SIP response's and a Q.850 cause's
  // class follows from the code.
  if (registry != Registry::Warning) {
    const QString expected = classKey(e.ref);
    if (requireString("class", e.cls) && e.cls != expected)
      error(file, where,
            QStringLiteral("class \"%1\" does not match %2 %3 (expected \"%4\")")
                .arg(e.cls, registry == Registry::Sip ? QStringLiteral("code") : QStringLiteral("cause"))
                .arg(e.ref.code)
                .arg(expected));
  }
  if (registry == Registry::Sip) {
    const QString expectedKind =
        e.ref.code < 200 ? QStringLiteral("provisional") : QStringLiteral("final");
    if (requireString("kind", e.kind) && e.kind != expectedKind)
      error(file, where, QStringLiteral("kind \"%1\" does not match code %2 (expected \"%3\")")
                             .arg(e.kind)
                             .arg(e.ref.code)
                             .arg(expectedKind));
    requireList("senders", e.senders);
    for (const QString &s : std::as_const(e.senders))
      if (!kSenders.contains(s))
        error(file, where, QStringLiteral("sender \"%1\" is not one of %2").arg(s, kSenders.join(u", ")));
    requireList("headers", e.headers);
    if (requireString("client_retry", e.clientRetry) && !kRetries.contains(e.clientRetry))
      error(file, where, QStringLiteral("client_retry \"%1\" is not one of %2")
                             .arg(e.clientRetry, kRetries.join(u", ")));
  }

  // References to the standards.
  static const QRegularExpression docPattern(QStringLiteral(R"(^(RFC [1-9]\d{0,4}|ITU-T Q\.\d{3,4})$)"));
  static const QRegularExpression sectionPattern(QStringLiteral(R"(^(\d+(\.\d+)*|[A-Z](\.\d+)*)$)"));
  const QJsonValue refs = obj.value(u"refs");
  if (!refs.isArray() || refs.toArray().isEmpty()) {
    error(file, where, QStringLiteral("missing required field \"refs\" (a non-empty list)"));
  } else {
    for (const QJsonValue &r : refs.toArray()) {
      const QJsonObject ro = r.toObject();
      DocRef ref{ro.value(u"doc").toString().trimmed(), ro.value(u"section").toString().trimmed()};
      if (!docPattern.match(ref.doc).hasMatch()) {
        error(file, where, QStringLiteral("reference \"%1\" is not \"RFC <number>\" or \"ITU-T Q.<number>\"")
                               .arg(ref.doc));
        continue;
      }
      const bool itu = ref.doc.startsWith(u"ITU-T");
      if (ref.section.isEmpty() ? !itu : !sectionPattern.match(ref.section).hasMatch()) {
        error(file, where, QStringLiteral("reference %1 has no well-formed section (\"%2\")")
                               .arg(ref.doc, ref.section));
        continue;
      }
      e.refs.append(ref);
    }
  }

  // Related codes: resolved once every file is loaded.
  const QJsonValue related = obj.value(u"related");
  if (!related.isUndefined() && !related.isArray())
    error(file, where, QStringLiteral("field \"related\" must be a list"));
  for (const QJsonValue &r : related.toArray()) {
    std::optional<EntryRef> ref;
    if (r.isDouble())
      ref = EntryRef{registry, r.toInt(-1)};
    else if (r.isString())
      ref = EntryRef::fromString(r.toString());
    if (!ref || !ref->isValid()) {
      error(file, where, QStringLiteral("related code %1 is not a code or \"registry:code\"")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{r}).toJson(QJsonDocument::Compact))));
      continue;
    }
    if (*ref == e.ref) {
      error(file, where, QStringLiteral("an entry cannot be related to itself"));
      continue;
    }
    e.related.append(*ref);
    m_pendingRefs.append({file, where, *ref, QStringLiteral("related code")});
  }

  // Texts.
  const QJsonValue text = obj.value(u"text");
  if (!text.isUndefined()) {
    const QJsonObject t = text.toObject();
    const bool hasEn = t.value(u"en").isObject();
    const bool hasJa = t.value(u"ja").isObject();
    if (hasEn != hasJa) {
      error(file, where, QStringLiteral("text present in %1 only (%2 missing)")
                             .arg(hasEn ? u"en" : u"ja", hasEn ? u"ja" : u"en"));
    } else if (!hasEn) {
      error(file, where, QStringLiteral("field \"text\" must have \"en\" and \"ja\" objects"));
    } else {
      const QJsonObject en = t.value(u"en").toObject();
      const QJsonObject ja = t.value(u"ja").toObject();
      QStringList required = {QStringLiteral("summary"), QStringLiteral("meaning")};
      if (registry == Registry::Sip)
        required << QStringLiteral("when") << QStringLiteral("todo") << QStringLiteral("retry");
      else
        required << QStringLiteral("name");
      const QStringList all = {QStringLiteral("name"), QStringLiteral("summary"),
                               QStringLiteral("meaning"), QStringLiteral("when"),
                               QStringLiteral("todo"), QStringLiteral("retry")};
      for (const QString &field : all) {
        const bool inEn = en.contains(field);
        const bool inJa = ja.contains(field);
        if (inEn != inJa) {
          error(file, where, QStringLiteral("text field \"%1\" present in %2 only")
                                 .arg(field, inEn ? u"en" : u"ja"));
          continue;
        }
        if (!inEn && required.contains(field)) {
          error(file, where, QStringLiteral("missing required text field \"%1\"").arg(field));
          continue;
        }
        if (!inEn)
          continue;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
          const QJsonObject &o = lang == u"en" ? en : ja;
          EntryText &out = lang == u"en" ? e.en : e.ja;
          const QJsonValue v = o.value(field);
          QStringList values;
          if (field == u"when" || field == u"todo") {
            if (!readStringList(o, field.toLatin1().constData(), values, problem) || values.isEmpty()) {
              error(file, where, QStringLiteral("text field \"%1\" (%2) must be a non-empty list of strings")
                                     .arg(field, lang));
              continue;
            }
            (field == u"when" ? out.when : out.todo) = values;
          } else {
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
              error(file, where, QStringLiteral("text field \"%1\" (%2) is empty").arg(field, lang));
              continue;
            }
            const QString s = v.toString().trimmed();
            if (field == u"name")
              out.name = s;
            else if (field == u"summary")
              out.summary = s;
            else if (field == u"meaning")
              out.meaning = s;
            else
              out.retry = s;
            values = {s};
          }
          if (lang == u"ja")
            for (const QString &s : std::as_const(values))
              if (!containsJapanese(s))
                error(file, where, QStringLiteral("Japanese text field \"%1\" has no Japanese characters: \"%2\"")
                                       .arg(field, s.left(60)));
        }
      }
      e.hasText = true;
    }
  }

  m_entryFile.insert(e.ref, file);
  if (int(m_errors.size()) == errorsBefore)
    m_entries.append(e);
}

void ContentCompiler::loadComparisons(const QString &file, const QJsonObject &root) {
  const QJsonArray pairs = root.value(u"pairs").toArray();
  QSet<QPair<EntryRef, EntryRef>> seen;
  for (int i = 0; i < pairs.size(); ++i) {
    const QJsonObject p = pairs.at(i).toObject();
    const QString where = QStringLiteral("pair %1/%2").arg(p.value(u"a").toString(), p.value(u"b").toString());
    const auto a = EntryRef::fromString(p.value(u"a").toString());
    const auto b = EntryRef::fromString(p.value(u"b").toString());
    if (!a || !b) {
      error(file, where, QStringLiteral("\"a\" and \"b\" must be codes such as \"sip:486\""));
      continue;
    }
    if (*a == *b || seen.contains({*a, *b}) || seen.contains({*b, *a})) {
      error(file, where, QStringLiteral("pair is repeated or compares a code with itself"));
      continue;
    }
    seen.insert({*a, *b});
    m_pendingRefs.append({file, where, *a, QStringLiteral("compared code")});
    m_pendingRefs.append({file, where, *b, QStringLiteral("compared code")});
    CuratedPair pair{*a, *b, {}, {}, {}, {}};
    const QJsonObject t = p.value(u"text").toObject();
    if (!t.value(u"en").isObject() || !t.value(u"ja").isObject()) {
      error(file, where, QStringLiteral("text present in one language only or missing"));
      continue;
    }
    QString problem;
    bool ok = true;
    for (const char *field : {"differences", "use_when"}) {
      for (const char *lang : {"en", "ja"}) {
        QStringList values;
        if (!readStringList(t.value(QLatin1String(lang)).toObject(), field, values, problem) ||
            values.isEmpty()) {
          error(file, where, QStringLiteral("text field \"%1\" (%2) must be a non-empty list of strings")
                                 .arg(QLatin1String(field), QLatin1String(lang)));
          ok = false;
          continue;
        }
        const bool ja = QLatin1String(lang) == u"ja";
        if (ja)
          for (const QString &s : std::as_const(values))
            if (!containsJapanese(s)) {
              error(file, where, QStringLiteral("Japanese text has no Japanese characters: \"%1\"").arg(s.left(60)));
              ok = false;
            }
        if (QLatin1String(field) == u"differences")
          (ja ? pair.differencesJa : pair.differencesEn) = values;
        else
          (ja ? pair.useWhenJa : pair.useWhenEn) = values;
      }
    }
    if (ok)
      m_pairs.append(pair);
  }
}

void ContentCompiler::loadMapping(const QString &file, const QJsonObject &root) {
  QHash<QString, LocalizedText> notes;
  const QJsonObject notesObj = root.value(u"notes").toObject();
  for (auto it = notesObj.begin(); it != notesObj.end(); ++it) {
    const QJsonObject n = it.value().toObject();
    LocalizedText t{n.value(u"en").toString().trimmed(), n.value(u"ja").toString().trimmed()};
    if (t.en.isEmpty() != t.ja.isEmpty())
      error(file, QStringLiteral("note %1").arg(it.key()), QStringLiteral("text present in one language only"));
    else if (t.en.isEmpty())
      error(file, QStringLiteral("note %1").arg(it.key()), QStringLiteral("note has no text"));
    else if (!containsJapanese(t.ja))
      error(file, QStringLiteral("note %1").arg(it.key()), QStringLiteral("Japanese text has no Japanese characters"));
    notes.insert(it.key(), t);
  }
  for (const auto &[key, dir] : {std::pair{QStringLiteral("isup_to_sip"), MappingRow::Direction::IsupToSip},
                                 std::pair{QStringLiteral("sip_to_isup"), MappingRow::Direction::SipToIsup}}) {
    const QJsonArray rows = root.value(key).toArray();
    for (int i = 0; i < rows.size(); ++i) {
      const QJsonObject r = rows.at(i).toObject();
      MappingRow row;
      row.direction = dir;
      row.cause = r.value(u"cause").isDouble() ? r.value(u"cause").toInt() : -1;
      row.sip = r.value(u"sip").isDouble() ? r.value(u"sip").toInt() : -1;
      row.noteKey = r.value(u"note").toString();
      const QString where = QStringLiteral("%1 row %2").arg(key).arg(i + 1);
      if (row.cause < 0 && row.sip < 0) {
        error(file, where, QStringLiteral("a row needs \"cause\" or \"sip\""));
        continue;
      }
      if (!row.noteKey.isEmpty()) {
        if (!notes.contains(row.noteKey)) {
          error(file, where, QStringLiteral("note \"%1\" does not exist").arg(row.noteKey));
          continue;
        }
        row.note = notes.value(row.noteKey);
      } else if (row.cause < 0 || row.sip < 0) {
        error(file, where, QStringLiteral("a row without a cause or a response needs a note saying why"));
        continue;
      }
      if (row.cause >= 0)
        m_pendingRefs.append({file, where, EntryRef{Registry::Q850, row.cause}, QStringLiteral("mapped cause")});
      if (row.sip >= 0)
        m_pendingRefs.append({file, where, EntryRef{Registry::Sip, row.sip}, QStringLiteral("mapped response")});
      m_mapping.append(row);
    }
  }
  auto localized = [&](const QJsonValue &v, const QString &where) -> LocalizedText {
    const QJsonObject o = v.toObject();
    LocalizedText t{o.value(u"en").toString().trimmed(), o.value(u"ja").toString().trimmed()};
    if (t.en.isEmpty() || t.ja.isEmpty())
      error(file, where, QStringLiteral("text present in one language only or missing"));
    else if (!containsJapanese(t.ja))
      error(file, where, QStringLiteral("Japanese text has no Japanese characters"));
    return t;
  };
  if (root.contains(u"reason_header"))
    m_documents.insert(QStringLiteral("reason_header"), localized(root.value(u"reason_header"), QStringLiteral("reason_header")));
  const QJsonArray deviations = root.value(u"deviations").toArray();
  QStringList devEn, devJa;
  for (int i = 0; i < deviations.size(); ++i) {
    const LocalizedText t = localized(deviations.at(i), QStringLiteral("deviation %1").arg(i + 1));
    devEn << t.en;
    devJa << t.ja;
  }
  m_documents.insert(QStringLiteral("deviations"), LocalizedText{toJson(devEn), toJson(devJa)});
  loadDepartures(file, root);
  const QJsonObject refs = root.value(u"refs").toObject();
  for (const QString &key : {QStringLiteral("isup_to_sip"), QStringLiteral("sip_to_isup")}) {
    const QJsonObject r = refs.value(key).toObject();
    const QString label = QStringLiteral("%1 §%2").arg(r.value(u"doc").toString(), r.value(u"section").toString());
    m_documents.insert(QStringLiteral("ref.") + key, LocalizedText{label, label});
  }
}

LocalizedText ContentCompiler::readNote(const QString &file, const QString &where, const QJsonValue &value) {
  const QJsonObject o = value.toObject();
  LocalizedText t{o.value(u"en").toString().trimmed(), o.value(u"ja").toString().trimmed()};
  if (!value.isObject() || t.en.isEmpty() || t.ja.isEmpty())
    error(file, where, QStringLiteral("note must have \"en\" and \"ja\" texts"));
  else if (!containsJapanese(t.ja))
    error(file, where, QStringLiteral("Japanese note has no Japanese characters: \"%1\"").arg(t.ja.left(60)));
  return t;
}

void ContentCompiler::loadSearchHints(const QString &file, const QJsonObject &root) {
  m_hintsFile = file;
  const auto array = entriesOf(file, root);
  if (!array)
    return;
  for (int i = 0; i < array->size(); ++i) {
    const QJsonObject h = array->at(i).toObject();
    const QString key = h.value(u"entry").toString();
    const QString where =
        key.isEmpty() ? QStringLiteral("hint #%1").arg(i + 1) : QStringLiteral("entry %1").arg(key);
    const auto ref = EntryRef::fromString(key);
    if (!ref || !key.contains(u':')) {
      error(file, where, QStringLiteral("\"entry\" must name a code such as \"sip:486\" or \"q850:17\""));
      continue;
    }
    if (m_hints.contains(*ref)) {
      error(file, where, QStringLiteral("%1 has two hints").arg(key));
      continue;
    }
    Hint hint;
    hint.file = file;
    const QJsonValue c = h.value(u"commonness");
    if (!c.isDouble() || c.toDouble() != double(c.toInt()) || c.toInt() < 0 || c.toInt() > 3) {
      error(file, where, QStringLiteral("\"commonness\" must be 0 (rare), 1, 2 or 3 (every day)"));
      continue;
    }
    hint.commonness = c.toInt();
    const QJsonValue aliases = h.value(u"aliases");
    if (!aliases.isUndefined()) {
      const QJsonObject a = aliases.toObject();
      QString problem;
      QStringList en, ja;
      if (!aliases.isObject() || !readStringList(a, "en", en, problem) ||
          !readStringList(a, "ja", ja, problem)) {
        error(file, where,
              problem.isEmpty() ? QStringLiteral("\"aliases\" must be {\"en\": [...], \"ja\": [...]}")
                                : problem);
        continue;
      }
      for (const QString &s : std::as_const(ja))
        if (!containsJapanese(s))
          error(file, where, QStringLiteral("Japanese alias has no Japanese characters: \"%1\"").arg(s));
      hint.aliases = en + ja;
    }
    m_hints.insert(*ref, hint);
  }
}

void ContentCompiler::applyHints() {
  if (m_hintsFile.isEmpty())
    return; // a partial set of files (a test fixture): every entry keeps its default
  for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it)
    if (!m_entryFile.contains(it.key()))
      // Not an error: a hint may be written for a code another change adds.
      // A hint with a mistyped code still fails below, because the entry it
      // was meant for is left without one.
      m_warnings.append(QStringLiteral("%1: entry %2: no such entry; the hint is not used")
                            .arg(QFileInfo(it->file).fileName(), it.key().toString()));
  for (Entry &e : m_entries) {
    const auto it = m_hints.constFind(e.ref);
    if (it == m_hints.cend()) {
      error(m_hintsFile, QStringLiteral("entry %1").arg(e.ref.toString()),
            QStringLiteral("no hint: every entry needs a \"commonness\""));
      continue;
    }
    e.commonness = it->commonness;
  }
}

void ContentCompiler::loadVendorNames(const QString &file, const QJsonObject &root) {
  const QJsonArray sources = root.value(u"sources").toArray();
  if (sources.isEmpty())
    error(file, QStringLiteral("sources"),
          QStringLiteral("missing: cite the vendor source files the names come from"));
  static const QRegularExpression commitPattern(QStringLiteral("^[0-9a-f]{40}$"));
  for (int i = 0; i < sources.size(); ++i) {
    const QJsonObject src = sources.at(i).toObject();
    const QString where = QStringLiteral("source %1").arg(src.value(u"vendor").toString());
    if (src.value(u"vendor").toString().isEmpty() ||
        !src.value(u"repository").toString().startsWith(u"https://") ||
        !commitPattern.match(src.value(u"commit").toString()).hasMatch() ||
        src.value(u"files").toObject().isEmpty())
      error(file, where,
            QStringLiteral("a source needs \"vendor\", an https \"repository\", the 40-digit \"commit\" read "
                           "and the \"files\" the values come from"));
  }
  loadVendorCauses(file, root, QStringLiteral("freeswitch"), QStringLiteral("FreeSWITCH"));
  loadVendorCauses(file, root, QStringLiteral("asterisk"), QStringLiteral("Asterisk"));
  loadVendorReceived(file, root, QStringLiteral("freeswitch_received"), QStringLiteral("FreeSWITCH"));
  loadVendorReceived(file, root, QStringLiteral("asterisk_received"), QStringLiteral("Asterisk"));

  static const QRegularExpression valuePattern(QStringLiteral("^[A-Z]+$"));
  const QJsonArray dial = root.value(u"dialstatus").toArray();
  for (int i = 0; i < dial.size(); ++i) {
    const QJsonObject d = dial.at(i).toObject();
    PendingVendorName v;
    v.file = file;
    v.vendor = QStringLiteral("Asterisk");
    const QString value = d.value(u"value").toString();
    v.where = QStringLiteral("DIALSTATUS %1").arg(value.isEmpty() ? QString::number(i + 1) : value);
    if (!valuePattern.match(value).hasMatch()) {
      error(file, v.where, QStringLiteral("\"value\" must be an upper-case DIALSTATUS value such as BUSY"));
      continue;
    }
    v.name = QStringLiteral("DIALSTATUS=") + value;
    v.forms = {v.name};
    if (!d.value(u"entries").isArray()) {
      error(file, v.where,
            QStringLiteral("missing required field \"entries\" (a list, empty when no code applies)"));
      continue;
    }
    keepVendorName(v, d, QStringLiteral("q850:17"), QStringLiteral("value"));
  }
}

void ContentCompiler::loadVendorCauses(const QString &file, const QJsonObject &root, const QString &key,
                                       const QString &vendor) {
  static const QRegularExpression namePattern(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
  const QJsonValue list = root.value(key);
  if (!list.isArray() || list.toArray().isEmpty()) {
    error(file, key, QStringLiteral("missing: the list of %1 cause names").arg(vendor));
    return;
  }
  QSet<QString> &declared = m_vendorDeclared[vendor];
  const QJsonArray array = list.toArray();
  for (int i = 0; i < array.size(); ++i) {
    const QJsonObject c = array.at(i).toObject();
    PendingVendorName v;
    v.file = file;
    v.vendor = vendor;
    v.name = c.value(u"name").toString();
    v.where = QStringLiteral("%1 %2").arg(vendor, v.name.isEmpty() ? QString::number(i + 1) : v.name);
    if (!namePattern.match(v.name).hasMatch() ||
        (vendor == u"Asterisk" && !v.name.startsWith(u"AST_CAUSE_"))) {
      error(file, v.where,
            QStringLiteral("\"name\" must be the name as the source spells it (upper case%1)")
                .arg(vendor == u"Asterisk" ? QStringLiteral(", AST_CAUSE_...") : QString()));
      continue;
    }
    if (declared.contains(v.name)) {
      error(file, v.where, QStringLiteral("%1 is listed twice").arg(v.name));
      continue;
    }
    declared.insert(v.name);
    const QJsonValue value = c.value(u"value");
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0) {
      error(file, v.where, QStringLiteral("\"value\" must be the cause number the source gives"));
      continue;
    }
    v.value = value.toInt();
    v.forms = {v.name};
    if (c.contains(u"text")) {
      if (c.value(u"text").toString().trimmed().isEmpty())
        error(file, v.where, QStringLiteral("\"text\" is empty"));
      v.forms << c.value(u"text").toString().trimmed();
    }
    if (c.contains(u"sends")) {
      const QJsonValue sends = c.value(u"sends");
      if (!sends.isDouble() || sends.toInt() < 100 || sends.toInt() > 699) {
        error(file, v.where, QStringLiteral("\"sends\" must be a SIP response code"));
        continue;
      }
      v.sends = sends.toInt();
      m_pendingRefs.append(
          {file, v.where, EntryRef{Registry::Sip, v.sends}, QStringLiteral("response sent")});
    }
    keepVendorName(v, c, QStringLiteral("sip:487"), QStringLiteral("name"));
  }
}

void ContentCompiler::keepVendorName(PendingVendorName v, const QJsonObject &object, const QString &example,
                                     const QString &what) {
  if (object.contains(u"entries")) {
    v.hasEntries = true;
    for (const QJsonValue &r : object.value(u"entries").toArray()) {
      const auto ref = EntryRef::fromString(r.toString());
      if (ref && r.toString().contains(u':'))
        v.entries.append(*ref);
      else
        error(v.file, v.where,
              QStringLiteral("\"%1\" is not a code such as \"%2\"").arg(r.toString(), example));
    }
  }
  if (object.contains(u"note"))
    v.note = readNote(v.file, v.where, object.value(u"note"));
  if (v.hasEntries && v.entries.isEmpty() && v.note.en.isEmpty())
    error(v.file, v.where, QStringLiteral("a %1 that belongs to no entry needs a note saying why").arg(what));
  m_vendorNames.append(v);
}

void ContentCompiler::loadVendorReceived(const QString &file, const QJsonObject &root, const QString &key,
                                         const QString &vendor) {
  const QJsonArray array = root.value(key).toArray();
  for (int i = 0; i < array.size(); ++i) {
    const QJsonObject r = array.at(i).toObject();
    const int sip = r.value(u"sip").toInt(-1);
    const QString name = r.value(u"name").toString();
    const QString where = QStringLiteral("%1 %2 -> %3").arg(key).arg(sip).arg(name);
    if (sip < 100 || sip > 699) {
      error(file, where, QStringLiteral("\"sip\" must be a SIP response code"));
      continue;
    }
    if (!m_vendorDeclared.value(vendor).contains(name)) {
      error(file, where, QStringLiteral("%1 is not a %2 cause name listed in this file").arg(name, vendor));
      continue;
    }
    PendingVendorName v;
    v.file = file;
    v.where = where;
    v.vendor = vendor;
    v.name = name;
    v.forms = {name};
    v.sends = sip; // placed on the response as a secondary name, like a response sent
    v.hasEntries = true;
    m_vendorNames.append(v);
  }
}

void ContentCompiler::resolveVendorNames() {
  QHash<EntryRef, qsizetype> index;
  for (qsizetype i = 0; i < m_entries.size(); ++i)
    index.insert(m_entries.at(i).ref, i);
  auto place = [&](const PendingVendorName &v, const EntryRef &ref, bool primary) {
    const auto it = index.constFind(ref);
    if (it == index.cend()) {
      error(v.file, v.where, QStringLiteral("entry %1 does not exist").arg(ref.toString()));
      return;
    }
    Entry &e = m_entries[*it];
    for (const VendorName &n : std::as_const(e.vendorNames))
      if (n.vendor == v.vendor && n.name == v.name)
        return; // already there (a name that is both sent and received for a response)
    e.vendorNames.append(VendorName{v.vendor, v.name, primary, v.note.en, v.note.ja});
    (primary ? m_vendorForms : m_vendorOtherForms)[ref] << v.forms;
  };
  for (const PendingVendorName &v : std::as_const(m_vendorNames)) {
    QList<EntryRef> primary = v.entries;
    if (!v.hasEntries) {
      const EntryRef cause{Registry::Q850, v.value};
      if (v.value < 1 || v.value > 127 || !index.contains(cause)) {
        error(v.file, v.where,
              QStringLiteral("value %1 is not a Q.850 cause of this content: list the entries the "
                             "name belongs to in \"entries\"")
                  .arg(v.value));
        continue;
      }
      primary = {cause};
    }
    // A DIALSTATUS value stands for its first entry (the cause Dial() saw);
    // the others are the responses that go with it.
    for (qsizetype i = 0; i < primary.size(); ++i)
      place(v, primary.at(i), i == 0 || !v.name.startsWith(u"DIALSTATUS="));
    const EntryRef sent{Registry::Sip, v.sends};
    if (v.sends > 0 && !primary.contains(sent))
      place(v, sent, false);
  }
}

// Rows where 3GPP TS 29.163 (SIP-I) interworking departs from RFC 3398, each
// with the source it was read in; stored as the documents "departures" (a JSON
// array per language) and "departures_intro".
void ContentCompiler::loadDepartures(const QString &file, const QJsonObject &root) {
  const QJsonArray rows = root.value(u"departures").toArray();
  QJsonArray en, ja;
  for (int i = 0; i < rows.size(); ++i) {
    const QJsonObject r = rows.at(i).toObject();
    const QString where = QStringLiteral("departure %1").arg(i + 1);
    const QString direction = r.value(u"direction").toString();
    if (direction != u"sip_to_isup" && direction != u"isup_to_sip") {
      error(file, where, QStringLiteral("\"direction\" must be sip_to_isup or isup_to_sip"));
      continue;
    }
    if (!r.value(u"sip").isDouble() || !r.value(u"cause").isDouble()) {
      error(file, where, QStringLiteral("a departure needs \"sip\" and \"cause\""));
      continue;
    }
    const QJsonObject source = r.value(u"source").toObject();
    const LocalizedText src{source.value(u"en").toString().trimmed(), source.value(u"ja").toString().trimmed()};
    if (src.en.isEmpty() || src.ja.isEmpty() || !containsJapanese(src.ja)) {
      error(file, where, QStringLiteral("\"source\" must say in English and Japanese where the row was read"));
      continue;
    }
    QJsonObject row{{QStringLiteral("direction"), direction},
                    {QStringLiteral("sip"), r.value(u"sip").toInt()},
                    {QStringLiteral("cause"), r.value(u"cause").toInt()}};
    m_pendingRefs.append({file, where, EntryRef{Registry::Sip, r.value(u"sip").toInt()}, QStringLiteral("response")});
    m_pendingRefs.append({file, where, EntryRef{Registry::Q850, r.value(u"cause").toInt()}, QStringLiteral("cause")});
    if (r.value(u"rfc3398").isDouble()) {
      row.insert(QStringLiteral("rfc3398"), r.value(u"rfc3398").toInt());
      m_pendingRefs.append({file, where, EntryRef{Registry::Q850, r.value(u"rfc3398").toInt()},
                            QStringLiteral("RFC 3398 cause")});
    }
    QJsonObject rowEn = row, rowJa = row;
    rowEn.insert(QStringLiteral("source"), src.en);
    rowJa.insert(QStringLiteral("source"), src.ja);
    en.append(rowEn);
    ja.append(rowJa);
  }
  if (rows.isEmpty())
    return;
  const QJsonObject intro = root.value(u"departures_intro").toObject();
  const LocalizedText introText{intro.value(u"en").toString().trimmed(), intro.value(u"ja").toString().trimmed()};
  if (introText.en.isEmpty() || introText.ja.isEmpty())
    error(file, QStringLiteral("departures_intro"), QStringLiteral("text present in one language only or missing"));
  m_documents.insert(QStringLiteral("departures_intro"), introText);
  m_documents.insert(QStringLiteral("departures"),
                     LocalizedText{QString::fromUtf8(QJsonDocument(en).toJson(QJsonDocument::Compact)),
                                   QString::fromUtf8(QJsonDocument(ja).toJson(QJsonDocument::Compact))});
}

void ContentCompiler::checkReferences() {
  for (const PendingRef &p : std::as_const(m_pendingRefs))
    if (!m_entryFile.contains(p.ref))
      error(p.file, p.where, QStringLiteral("%1 %2 does not exist").arg(p.what, p.ref.toString()));
}

bool ContentCompiler::write(const QString &output) {
  if (!m_errors.isEmpty())
    return false;
  const QString temp = output + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128);
  QFile::remove(temp);
  const QString connection = QStringLiteral("contentc-") + QUuid::createUuid().toString(QUuid::Id128);
  bool ok = true;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(temp);
    if (!db.open()) {
      m_errors.append(QStringLiteral("%1: cannot create the database: %2").arg(output, db.lastError().text()));
      ok = false;
    }
    QSqlQuery q(db);
    auto exec = [&](const QString &sql) {
      if (ok && !q.exec(sql)) {
        m_errors.append(QStringLiteral("%1: %2: %3").arg(output, sql.left(60), q.lastError().text()));
        ok = false;
      }
    };
    // Binds one row to a prepared statement and runs it; a failure is
    // recorded with what was being written and stops everything after it.
    auto insert = [&](QSqlQuery &statement, const QVariantList &row, const QString &what) {
      for (int i = 0; i < row.size(); ++i)
        statement.bindValue(i, row.at(i));
      if (ok && !statement.exec()) {
        m_errors.append(QStringLiteral("%1: %2: %3").arg(output, what, statement.lastError().text()));
        ok = false;
      }
    };
    exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    exec(QStringLiteral("BEGIN"));
    for (const char *stmt : schema::kCreateStatements)
      exec(QString::fromLatin1(stmt));
    exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(schema::kContentSchemaVersion));
    exec(QStringLiteral("INSERT INTO meta VALUES ('entry_count', '%1')").arg(m_entries.size()));

    QList<Entry> sorted = m_entries;
    std::sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) { return a.ref < b.ref; });
    QSqlQuery ins(db), text(db), phraseTri(db), bodyTri(db), phraseWords(db), bodyWords(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO entries (id, registry, registry_order, code, phrase, alt_phrases, class, class_digit,"
        " kind, status, refs, senders, headers, client_retry, related, has_text, commonness)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery vendor(db), rankDoc(db), term(db);
    vendor.prepare(QStringLiteral("INSERT INTO vendor_names VALUES (?,?,?,?,?,?)"));
    rankDoc.prepare(QStringLiteral("INSERT INTO rank_docs VALUES (?,?,?,?,?,?)"));
    term.prepare(QStringLiteral("INSERT OR REPLACE INTO terms VALUES (?,?)"));
    QHash<QString, bool> vocabulary; // folded word → in names
    text.prepare(QStringLiteral("INSERT INTO texts VALUES (?,?,?,?,?,?,?,?)"));
    phraseTri.prepare(QStringLiteral("INSERT INTO phrase_tri (rowid, phrase) VALUES (?,?)"));
    bodyTri.prepare(QStringLiteral("INSERT INTO body_tri (rowid, body_en, body_ja) VALUES (?,?,?)"));
    phraseWords.prepare(QStringLiteral("INSERT INTO phrase_words (rowid, phrase) VALUES (?,?)"));
    bodyWords.prepare(QStringLiteral("INSERT INTO body_words (rowid, body) VALUES (?,?)"));
    int id = 0;
    for (const Entry &e : std::as_const(sorted)) {
      if (!ok)
        break;
      ++id;
      QJsonArray refs;
      for (const DocRef &r : e.refs)
        refs.append(QJsonObject{{QStringLiteral("doc"), r.doc}, {QStringLiteral("section"), r.section}});
      QStringList related;
      for (const EntryRef &r : e.related)
        related << r.toString();
      const QVariantList values = {id,
                                   registryKey(e.ref.registry),
                                   int(e.ref.registry),
                                   e.ref.code,
                                   e.phrase,
                                   toJson(e.altPhrases),
                                   nn(e.cls),
                                   e.ref.registry == Registry::Sip ? e.ref.code / 100 : 0,
                                   nn(e.kind),
                                   nn(e.status),
                                   QString::fromUtf8(QJsonDocument(refs).toJson(QJsonDocument::Compact)),
                                   toJson(e.senders),
                                   toJson(e.headers),
                                   nn(e.clientRetry),
                                   toJson(related),
                                   e.hasText ? 1 : 0,
                                   e.commonness};
      const QString entry = QStringLiteral("entry ") + e.ref.toString();
      insert(ins, values, entry);
      if (!ok)
        break;
      QString bodies[2];
      if (e.hasText) {
        for (Language lang : {Language::English, Language::Japanese}) {
          const EntryText &t = e.text(lang);
          insert(text,
                 {id, languageKey(lang), nn(t.name), nn(t.summary), nn(t.meaning), toJson(t.when),
                  toJson(t.todo), nn(t.retry)},
                 entry);
          bodies[int(lang)] = QStringList{t.name, t.summary, t.meaning, t.when.join(u'\n'),
                                          t.todo.join(u'\n'), t.retry, e.headers.join(u' ')}
                                  .join(u'\n');
        }
      }
      for (const VendorName &n : e.vendorNames)
        insert(vendor, {id, n.vendor, n.name, n.primary ? 1 : 0, nn(n.noteEn), nn(n.noteJa)}, entry);
      // Names count as phrases: "ユーザビジー" is what cause 17 is called in
      // Japanese, USER_BUSY what FreeSWITCH calls it; so do the search aliases.
      QStringList names = QStringList{e.phrase} + e.altPhrases;
      for (const QString &n : {e.en.name, e.ja.name})
        if (!n.isEmpty())
          names << n;
      names << m_hints.value(e.ref).aliases << m_vendorForms.value(e.ref);
      const QStringList otherVendor = m_vendorOtherForms.value(e.ref);
      const QString phrases = searchtext::fold((names + otherVendor).join(u'\n'));
      const QString bodyEn = phrases + u'\n' + searchtext::fold(bodies[0]);
      const QString bodyJa = searchtext::fold(bodies[1]);
      {
        auto both = [&](auto field) {
          return searchtext::fold(QStringList{field(e.en), field(e.ja)}.join(u'\n'));
        };
        const QString rest = both([&](const EntryText &t) {
          return QStringList(t.when + t.todo + QStringList{t.retry, e.headers.join(u' ')}).join(u'\n');
        });
        const QVariantList rv = {id,
                                 searchtext::fold(names.join(u'\n')),
                                 searchtext::fold(otherVendor.join(u'\n')),
                                 both([](const EntryText &t) { return t.summary; }),
                                 both([](const EntryText &t) { return t.meaning; }),
                                 rest};
        insert(rankDoc, rv, entry);
        static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
        for (int i = 1; i < rv.size(); ++i)
          for (const QString &w : rv.at(i).toString().split(nonWord, Qt::SkipEmptyParts))
            if (i <= 2)
              vocabulary[w] = true;
            else if (!vocabulary.contains(w))
              vocabulary.insert(w, false);
      }
      const QList<std::pair<QSqlQuery *, QVariantList>> indexRows = {
          {&phraseTri, {id, phrases}},
          {&bodyTri, {id, bodyEn, nn(bodyJa)}},
          {&phraseWords, {id, searchtext::segmentForWordIndex(phrases)}},
          {&bodyWords, {id, searchtext::segmentForWordIndex(bodyEn + u'\n' + bodyJa)}},
      };
      for (const auto &[query, row] : indexRows)
        insert(*query, row, QStringLiteral("search index"));
    }
    for (auto it = vocabulary.cbegin(); ok && it != vocabulary.cend(); ++it) {
      // Words a user could mistype: letters only, three or more of them.
      const QString &w = it.key();
      if (w.size() < 3 || w.size() > 40 || !std::all_of(w.cbegin(), w.cend(), [](QChar c) {
            return c.isLetter() && !isJapaneseCharacter(c.unicode());
          }))
        continue;
      insert(term, {w, it.value() ? 1 : 0}, QStringLiteral("terms"));
    }
    QSqlQuery cmp(db);
    cmp.prepare(QStringLiteral("INSERT INTO comparisons VALUES (?,?,?,?,?,?)"));
    for (const CuratedPair &p : std::as_const(m_pairs))
      insert(cmp,
             {p.a.toString(), p.b.toString(), toJson(p.differencesEn), toJson(p.differencesJa),
              toJson(p.useWhenEn), toJson(p.useWhenJa)},
             QStringLiteral("comparisons"));
    QSqlQuery map(db);
    map.prepare(QStringLiteral("INSERT INTO mapping VALUES (?,?,?,?,?,?)"));
    for (const MappingRow &r : std::as_const(m_mapping))
      insert(map,
             {r.direction == MappingRow::Direction::IsupToSip ? QStringLiteral("isup_to_sip")
                                                              : QStringLiteral("sip_to_isup"),
              r.cause, r.sip, nn(r.noteKey), nn(r.note.en), nn(r.note.ja)},
             QStringLiteral("mapping"));
    QSqlQuery docs(db);
    docs.prepare(QStringLiteral("INSERT INTO documents VALUES (?,?,?)"));
    for (auto it = m_documents.cbegin(); ok && it != m_documents.cend(); ++it)
      insert(docs, {it.key(), nn(it.value().en), nn(it.value().ja)}, QStringLiteral("documents"));
    exec(QStringLiteral("COMMIT"));
    if (ok) {
      for (const char *table : {"phrase_tri", "body_tri", "phrase_words", "body_words"})
        exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(QLatin1String(table)));
      exec(QStringLiteral("ANALYZE"));
    }
    db.close();
  }
  QSqlDatabase::removeDatabase(connection);
  if (ok) {
    QFile::remove(output);
    if (!QFile::rename(temp, output)) {
      m_errors.append(QStringLiteral("%1: cannot move the finished database into place").arg(output));
      ok = false;
    }
  }
  QFile::remove(temp);
  return ok;
}

} // namespace sipref
