#include "Settings.h"

#include <QSettings>

namespace sipref {

namespace {

// The keys, as written in the settings file. Renaming one loses what users saved.
constexpr auto kLanguage = "language";
constexpr auto kGeometry = "window/geometry";
constexpr auto kSplitter = "window/splitter";
constexpr auto kZoom = "view/zoom";
constexpr auto kLastEntry = "lastEntry";
constexpr auto kFilterRegistries = "filter/registries";
constexpr auto kFilterClasses = "filter/classes";
constexpr auto kPaper = "print/paper";
constexpr auto kPdfFolder = "print/folder";
constexpr auto kQuizRegistries = "quiz/registries";
constexpr auto kQuizClasses = "quiz/classes";
constexpr auto kQuizCount = "quiz/count";
constexpr auto kQuizCommonOnly = "quiz/commonOnly";

QVariant value(const char *key, const QVariant &fallback = {}) {
  return QSettings().value(QLatin1String(key), fallback);
}

void setValue(const char *key, const QVariant &v) {
  QSettings().setValue(QLatin1String(key), v);
}

QStringList registryKeys(const QList<Registry> &registries) {
  QStringList out;
  for (Registry r : registries)
    out << registryKey(r);
  return out;
}

QList<Registry> registriesFrom(const QStringList &keys) {
  QList<Registry> out;
  for (const QString &key : keys)
    if (const auto r = registryFromKey(key))
      out << *r;
  return out;
}

} // namespace

std::optional<Language> Settings::language() {
  const QString saved = value(kLanguage).toString();
  if (saved == u"ja")
    return Language::Japanese;
  if (saved == u"en")
    return Language::English;
  return std::nullopt;
}

void Settings::setLanguage(Language language) {
  setValue(kLanguage, languageKey(language));
}

QByteArray Settings::windowGeometry() {
  return value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry) {
  setValue(kGeometry, geometry);
}
QByteArray Settings::splitterState() {
  return value(kSplitter).toByteArray();
}
void Settings::setSplitterState(const QByteArray &state) {
  setValue(kSplitter, state);
}
int Settings::zoom() {
  return value(kZoom, 0).toInt();
}
void Settings::setZoom(int steps) {
  setValue(kZoom, steps);
}

std::optional<EntryRef> Settings::lastEntry() {
  return EntryRef::fromString(value(kLastEntry).toString());
}
void Settings::setLastEntry(const EntryRef &ref) {
  setValue(kLastEntry, ref.toString());
}

SearchFilter Settings::searchFilter() {
  SearchFilter f;
  f.registries = registriesFrom(value(kFilterRegistries).toStringList());
  // Written as "4xx"; a list holding every class means no filter.
  for (const QString &c : value(kFilterClasses).toStringList())
    if (c.size() == 3 && c.endsWith(u"xx") && c.at(0) >= u'1' && c.at(0) <= u'6')
      f.sipClasses << c.at(0).digitValue();
  if (f.registries.size() == allRegistries().size())
    f.registries.clear();
  if (f.sipClasses.size() == 6)
    f.sipClasses.clear();
  return f;
}

void Settings::setSearchFilter(const SearchFilter &filter) {
  QStringList classes;
  for (int digit : filter.sipClasses)
    classes << QStringLiteral("%1xx").arg(digit);
  setValue(kFilterRegistries, registryKeys(filter.registries));
  setValue(kFilterClasses, classes);
}

QString Settings::paper() {
  return value(kPaper).toString();
}
void Settings::setPaper(const QString &paper) {
  setValue(kPaper, paper);
}
QString Settings::pdfFolder() {
  return value(kPdfFolder).toString();
}
void Settings::setPdfFolder(const QString &folder) {
  setValue(kPdfFolder, folder);
}

QuizSettings Settings::quiz() {
  QuizSettings s;
  s.registries = registriesFrom(value(kQuizRegistries).toStringList());
  for (const QVariant &v : value(kQuizClasses).toList())
    s.sipClasses << v.toInt();
  s.questionCount = value(kQuizCount, 10).toInt();
  s.commonOnly = value(kQuizCommonOnly, true).toBool();
  return s;
}

void Settings::setQuiz(const QuizSettings &s) {
  QVariantList classes;
  for (int c : s.sipClasses)
    classes << c;
  setValue(kQuizRegistries, registryKeys(s.registries));
  setValue(kQuizClasses, classes);
  setValue(kQuizCount, s.questionCount);
  setValue(kQuizCommonOnly, s.commonOnly);
}

} // namespace sipref
