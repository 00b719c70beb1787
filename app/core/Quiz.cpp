#include "Quiz.h"

#include "ContentStore.h"
#include "Vocabulary.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sipref {

namespace {

// Fisher-Yates with QRandomGenerator::bounded: std::shuffle's algorithm is
// left to the library, and a seed must give the same round everywhere.
template <typename T> void shuffle(QList<T> &list, QRandomGenerator &random) {
  for (qsizetype i = list.size() - 1; i > 0; --i)
    list.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
}

int situationCount(const Entry &e) {
  if (!e.hasText)
    return 0;
  return int(std::min(e.en.when.size(), e.ja.when.size()));
}

QString classOf(const Entry &e) {
  return e.cls;
}

} // namespace

QList<EntryRef> Quiz::pool(const QList<Entry> &entries, const QuizSettings &settings) {
  const QList<Registry> registries = settings.registries.isEmpty() ? allRegistries() : settings.registries;
  QList<EntryRef> all;
  QList<EntryRef> common;
  for (const Entry &e : entries) {
    const EntryRef &ref = e.ref;
    if (!registries.contains(ref.registry))
      continue;
    if (ref.registry == Registry::Sip && !settings.sipClasses.isEmpty() &&
        !settings.sipClasses.contains(ref.code / 100))
      continue;
    all << ref;
    if (isCommon(e))
      common << ref;
  }
  return settings.commonOnly && common.size() >= kChoices ? common : all;
}

QList<EntryRef> Quiz::pool(const ContentStore &store, const QuizSettings &settings) {
  QList<Entry> entries;
  for (Registry registry : allRegistries())
    for (const EntryRef &ref : store.allRefs(registry))
      if (const auto e = store.entry(ref))
        entries << *e;
  return pool(entries, settings);
}

int Quiz::availableQuestions(const ContentStore &store, const QuizSettings &settings) {
  return int(pool(store, settings).size());
}

QString Quiz::blankOut(const Entry &entry, const QString &text) {
  static const QString blank = QStringLiteral("___");
  QString out = text;
  QStringList names{entry.phrase, entry.en.name, entry.ja.name};
  names += entry.altPhrases;
  names.removeAll(QString());
  // Longest first, so "Busy Here" goes before a shorter name inside it.
  std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
  for (const QString &name : names) {
    // Whole words only ("OK" but not "OKAY"); short names only as written.
    const auto options =
        name.size() >= 3 ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption;
    out.replace(QRegularExpression(
                    QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])").arg(QRegularExpression::escape(name)),
                    options),
                blank);
  }
  const QString code = QString::number(entry.ref.code);
  // After a word like "cause" the number is the code however short it is.
  out.replace(
      QRegularExpression(
          QStringLiteral("((?:cause|Cause|CAUSE|Warning|warning)\\s*(?:code\\s*)?[=:#]?\\s*)%1(?![0-9])")
              .arg(code)),
      QStringLiteral("\\1") + blank);
  // A bare one-digit number is too often something else ("1 second").
  if (entry.ref.code >= 10)
    out.replace(QRegularExpression(QStringLiteral("(?<![0-9.])%1(?![0-9])").arg(code)), blank);
  // "486 Busy Here" became "___ ___": one blank reads better.
  static const QRegularExpression doubled(QStringLiteral("___[ \u3000]+___"));
  while (out.contains(doubled))
    out.replace(doubled, blank);
  return out;
}

Quiz::Quiz(const ContentStore &store, const QuizSettings &settings) {
  m_seed = settings.seed ? *settings.seed : QRandomGenerator::global()->generate();
  QRandomGenerator random(m_seed);

  QList<EntryRef> askable = pool(store, settings);
  if (askable.isEmpty()) {
    m_error = tr("No codes match the chosen registries and classes.");
    return;
  }
  // Wrong choices come from the whole registry, whatever the class filter.
  QSet<Registry> registries;
  for (const EntryRef &ref : askable)
    registries.insert(ref.registry);
  QHash<Registry, QList<EntryRef>> byRegistry;
  for (Registry registry : allRegistries()) {
    if (!registries.contains(registry))
      continue;
    for (const EntryRef &ref : store.allRefs(registry)) {
      if (const auto e = store.entry(ref)) {
        m_entries.insert(ref, *e);
        byRegistry[registry] << ref;
      }
    }
  }

  QList<QuizQuestion::Kind> kinds = settings.kinds;
  if (kinds.isEmpty())
    kinds = {QuizQuestion::Kind::Situation, QuizQuestion::Kind::Code};
  const int wanted = std::max(1, settings.questionCount);

  shuffle(askable, random);
  for (const EntryRef &ref : askable) {
    if (m_questions.size() >= wanted)
      break;
    const Entry *answer = entry(ref);
    if (!answer)
      continue;
    QList<QuizQuestion::Kind> possible;
    for (QuizQuestion::Kind k : kinds)
      if (k != QuizQuestion::Kind::Situation || situationCount(*answer) > 0)
        possible << k;
    if (possible.isEmpty())
      continue;

    QuizQuestion q;
    q.kind = possible.at(int(random.bounded(quint32(possible.size()))));
    q.answer = ref;
    if (q.kind == QuizQuestion::Kind::Situation)
      q.situationIndex = int(random.bounded(quint32(situationCount(*answer))));

    // Wrong choices: the same class first (the hard, useful confusions),
    // then the rest of the registry; never two with the same text.
    QList<EntryRef> sameClass;
    QList<EntryRef> otherClass;
    for (const EntryRef &other : byRegistry.value(ref.registry)) {
      if (other == ref)
        continue;
      (classOf(*entry(other)) == classOf(*answer) ? sameClass : otherClass) << other;
    }
    shuffle(sameClass, random);
    shuffle(otherClass, random);
    QSet<QString> texts;
    auto key = [&](const EntryRef &r) {
      const Entry *e = entry(r);
      return e->title(Language::English).toCaseFolded() + u'\n' + e->title(Language::Japanese);
    };
    texts.insert(key(ref));
    QList<EntryRef> wrong;
    for (const EntryRef &candidate : sameClass + otherClass) {
      if (wrong.size() == kChoices - 1)
        break;
      const QString k = key(candidate);
      if (texts.contains(k))
        continue;
      texts.insert(k);
      wrong << candidate;
    }
    if (wrong.size() < kChoices - 1)
      continue; // a registry too small to ask about
    q.correctChoice = int(random.bounded(quint32(kChoices)));
    q.choices = wrong;
    q.choices.insert(q.correctChoice, ref);
    m_questions << q;
  }
  if (m_questions.isEmpty())
    m_error = tr("There are not enough codes in the chosen registries to make a question with four choices.");
  m_chosen = QList<int>(m_questions.size(), -1);
}

const Entry *Quiz::entry(const EntryRef &ref) const {
  const auto it = m_entries.constFind(ref);
  return it == m_entries.cend() ? nullptr : &it.value();
}

const QuizQuestion &Quiz::current() const {
  static const QuizQuestion none;
  return isFinished() ? none : m_questions.at(m_current);
}

bool Quiz::answer(int choice) {
  if (isFinished() || choice < 0 || choice >= kChoices)
    return false;
  if (m_chosen.at(m_current) < 0)
    m_chosen[m_current] = choice;
  return m_chosen.at(m_current) == m_questions.at(m_current).correctChoice;
}

bool Quiz::isAnswered() const {
  return !isFinished() && m_chosen.at(m_current) >= 0;
}

void Quiz::next() {
  if (!isFinished())
    ++m_current;
}

int Quiz::score() const {
  int right = 0;
  for (qsizetype i = 0; i < m_questions.size(); ++i)
    if (m_chosen.at(i) == m_questions.at(i).correctChoice)
      ++right;
  return right;
}

int Quiz::answeredCount() const {
  return int(std::count_if(m_chosen.cbegin(), m_chosen.cend(), [](int c) { return c >= 0; }));
}

QString Quiz::instruction(const QuizQuestion &question, Language language) const {
  Q_UNUSED(language); // UI strings follow the installed translator
  if (question.kind == QuizQuestion::Kind::Situation)
    return tr("Which code is this situation about?");
  if (question.answer.registry == Registry::Sip)
    return tr("What is the reason phrase of this SIP response?");
  return tr("What is the name of this code?");
}

QString Quiz::prompt(const QuizQuestion &question, Language language) const {
  const Entry *e = entry(question.answer);
  if (!e)
    return {};
  if (question.kind == QuizQuestion::Kind::Situation) {
    const QStringList &when = e->text(language).when;
    if (question.situationIndex >= 0 && question.situationIndex < when.size())
      return blankOut(*e, when.at(question.situationIndex));
    return {};
  }
  return Vocabulary::codeLabel(question.answer);
}

QString Quiz::choiceText(const QuizQuestion &question, int choice, Language language) const {
  if (choice < 0 || choice >= question.choices.size())
    return {};
  const EntryRef &ref = question.choices.at(choice);
  const Entry *e = entry(ref);
  if (!e)
    return {};
  if (question.kind == QuizQuestion::Kind::Situation)
    return Vocabulary::entryLabel(ref, e->title(language));
  return e->title(language);
}

QString Quiz::answerText(const QuizQuestion &question, Language language) const {
  return choiceMeaning(question, question.correctChoice, language);
}

QString Quiz::choiceMeaning(const QuizQuestion &question, int choice, Language language) const {
  const EntryRef ref = question.choices.value(choice);
  const Entry *e = entry(ref);
  if (!e)
    return {};
  const QString label = Vocabulary::entryLabel(ref, e->title(language));
  const QString summary = e->text(language).summary;
  return summary.isEmpty() ? label : tr("%1: %2").arg(label, summary);
}

} // namespace sipref
