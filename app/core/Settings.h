#pragma once

#include "ContentStore.h"
#include "Quiz.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sipref {

/// Every setting SipRef remembers, in one place: the key, its type and its
/// default live here and nowhere else. Values are kept with QSettings (the
/// organisation and application names set in main.cpp choose the file).
/// Reading never fails: a missing or unreadable value gives the default.
class Settings final {
public:
  Settings() = delete;

  /// The language chosen in View > Language; nullopt until the user chose one.
  static std::optional<Language> language();
  static void setLanguage(Language language);

  static QByteArray windowGeometry();
  static void setWindowGeometry(const QByteArray &geometry);
  static QByteArray splitterState();
  static void setSplitterState(const QByteArray &state);
  /// Zoom steps of the pages (0 = normal).
  static int zoom();
  static void setZoom(int steps);
  /// The code shown when the window was last closed.
  static std::optional<EntryRef> lastEntry();
  static void setLastEntry(const EntryRef &ref);

  /// The search filter: empty lists mean "all", as in SearchFilter.
  static SearchFilter searchFilter();
  static void setSearchFilter(const SearchFilter &filter);

  /// "a4" or "letter"; empty when never chosen.
  static QString paper();
  static void setPaper(const QString &paper);
  /// The folder the last PDF was written to; empty when none.
  static QString pdfFolder();
  static void setPdfFolder(const QString &folder);

  /// What the quiz asks about. Without a saved choice: common codes of every
  /// registry, 10 questions.
  static QuizSettings quiz();
  static void setQuiz(const QuizSettings &settings);
};

} // namespace sipref
