#include "Search.h"

#include "SearchText.h"
#include "UserStore.h"
#include "Vocabulary.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace sipref {

namespace {

constexpr int kUnmatched = 9;
// Candidates ranked per word group, as many as a result list shows.
constexpr int kCandidates = 200;

bool isLatinWord(const QString &term) {
  return !term.isEmpty() && std::all_of(term.cbegin(), term.cend(),
                                        [](QChar c) { return c.isLetter() && c.unicode() < 0x0250; });
}

// Optimal string alignment distance (Levenshtein plus swaps of two adjacent
// letters), or max + 1 as soon as it is known to exceed max.
int editDistance(const QString &a, const QString &b, int max) {
  const qsizetype n = a.size();
  const qsizetype m = b.size();
  if (std::abs(int(n - m)) > max)
    return max + 1;
  std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (qsizetype j = 0; j <= m; ++j)
    prev[j] = int(j);
  for (qsizetype i = 1; i <= n; ++i) {
    cur[0] = int(i);
    int rowMin = cur[0];
    for (qsizetype j = 1; j <= m; ++j) {
      const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
        v = std::min(v, prev2[j - 2] + 1);
      cur[j] = v;
      rowMin = std::min(rowMin, v);
    }
    if (rowMin > max)
      return max + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

// The word in the other of British and American spelling ("unauthorised" ↔
// "unauthorized", "dialled" ↔ "dialed", "honour" ↔ "honor", "centre" ↔
// "center"); the caller keeps those the content uses.
QStringList otherSpellings(const QString &w) {
  QStringList out;
  auto replaceEnd = [&](const char *from, const char *to) {
    const QString f = QString::fromLatin1(from);
    if (w.size() > f.size() + 2 && w.endsWith(f))
      out << w.left(w.size() - f.size()) + QString::fromLatin1(to);
  };
  for (const auto &[british, american] : {std::pair{"isat", "izat"}, std::pair{"izat", "isat"}})
    if (w.contains(QLatin1String(british)))
      out << QString(w).replace(QLatin1String(british), QLatin1String(american));
  constexpr std::pair<const char *, const char *> kEnds[] = {
      {"ise", "ize"},  {"ised", "ized"},  {"ises", "izes"},  {"ising", "izing"}, {"iser", "izer"},
      {"our", "or"},   {"ours", "ors"},   {"oured", "ored"}, {"tre", "ter"},     {"tres", "ters"},
      {"lled", "led"}, {"lling", "ling"}, {"ogue", "og"},    {"ogues", "ogs"},
  };
  for (const auto &[british, american] : kEnds) {
    replaceEnd(british, american);
    replaceEnd(american, british);
  }
  return out;
}

// The word without a plural or verb ending: "fails" → "fail", "rejected" → "reject".
QStringList stems(const QString &w) {
  QStringList out;
  for (const char *end : {"ies", "es", "s", "ed", "ing"}) {
    const QString e = QString::fromLatin1(end);
    if (w.size() >= e.size() + 3 && w.endsWith(e) && !w.endsWith(QStringLiteral("ss")))
      out << w.left(w.size() - e.size()) + (e == u"ies" ? QStringLiteral("y") : QString());
  }
  return out;
}

// A folded query term without punctuation around it ("(busy)," → "busy").
QString trimmed(const QString &term) {
  qsizetype from = 0;
  qsizetype to = term.size();
  while (from < to && !term.at(from).isLetterOrNumber())
    ++from;
  while (to > from && !term.at(to - 1).isLetterOrNumber())
    --to;
  return term.mid(from, to - from);
}

// One typed word and the spellings that count for it.
struct Term {
  QStringList exact;     // as typed, plus American spelling and stems the content uses
  QStringList corrected; // content words within the allowed edits
};

struct Score {
  int matched = 0;
  bool exactName = false;
  int corrected = 0;
  int phraseTier = kUnmatched;
  int tierSum = 0;
};

// Tier of the first field (1 names .. 5 rest) holding `spelling`, or kUnmatched.
int tierOf(const std::array<const QString *, 5> &fields, const QString &spelling) {
  for (int k = 0; k < int(fields.size()); ++k)
    if (searchtext::containsAtWordStart(*fields[k], spelling))
      return k + 1;
  return kUnmatched;
}

bool isNameLine(const QString &names, const QString &line) {
  if (line.isEmpty())
    return false;
  for (qsizetype at = names.indexOf(line); at >= 0; at = names.indexOf(line, at + 1)) {
    const qsizetype end = at + line.size();
    if ((at == 0 || names.at(at - 1) == u'\n') && (end == names.size() || names.at(end) == u'\n'))
      return true;
  }
  return false;
}

Score score(const RankDoc &doc, const QList<Term> &terms, const QStringList &wholeQueries) {
  const std::array<const QString *, 5> fields = {&doc.names, &doc.vendor, &doc.summary, &doc.meaning,
                                                 &doc.rest};
  Score s;
  for (const Term &t : terms) {
    int best = kUnmatched;
    for (const QString &spelling : t.exact)
      best = std::min(best, tierOf(fields, spelling));
    bool corrected = false;
    if (best == kUnmatched) {
      for (const QString &spelling : t.corrected)
        best = std::min(best, tierOf(fields, spelling));
      corrected = best != kUnmatched;
    }
    s.matched += best != kUnmatched ? 1 : 0;
    s.corrected += corrected ? 1 : 0;
    s.tierSum += best;
  }
  for (const QString &q : wholeQueries) {
    s.exactName = s.exactName || isNameLine(doc.names, q);
    if (terms.size() == 1)
      s.phraseTier = std::min(s.phraseTier, s.tierSum);
    else
      s.phraseTier = std::min(s.phraseTier, tierOf(fields, q));
  }
  return s;
}

// True when the parts of the page after `part` can change the score: some
// word as typed, or (for several words) the query as a whole, is not in the
// parts read so far. A spelling as typed further down outranks a correction
// up here (rule 4), so corrections do not count.
bool needsMore(const RankDoc &doc, RankDoc::Part part, const QList<Term> &terms,
               const QStringList &wholeQueries, const QSet<qsizetype> &absent) {
  const std::array<const QString *, 3> read = {&doc.names, &doc.vendor, &doc.summary};
  const qsizetype fields = part == RankDoc::Names ? 2 : 3;
  auto found = [&](const QString &spelling) {
    return std::any_of(read.cbegin(), read.cbegin() + fields, [&spelling](const QString *f) {
      return searchtext::containsAtWordStart(*f, spelling);
    });
  };
  for (qsizetype i = 0; i < terms.size(); ++i)
    if (!absent.contains(i) && std::none_of(terms.at(i).exact.cbegin(), terms.at(i).exact.cend(), found))
      return true;
  return terms.size() > 1 && absent.isEmpty() &&
         std::none_of(wholeQueries.cbegin(), wholeQueries.cend(), found);
}

} // namespace

struct Search::WordList {
  QStringList words; // sorted
  QList<bool> inNames;
  QStringList names; // sorted: the words of names, aliases and vendor names

  static bool hasPrefix(const QStringList &sorted, const QString &prefix) {
    const auto it = std::lower_bound(sorted.cbegin(), sorted.cend(), prefix);
    return it != sorted.cend() && it->startsWith(prefix);
  }
  bool hasPrefix(const QString &prefix) const { return hasPrefix(words, prefix); }
  bool hasNamePrefix(const QString &prefix) const { return hasPrefix(names, prefix); }
};

Search::Search(const ContentStore &store, const UserStore *user) : m_store(store), m_user(user) {}

Search::~Search() = default;

const Search::WordList &Search::vocabulary() const {
  if (!m_vocabulary) {
    m_vocabulary = std::make_unique<WordList>();
    for (const VocabularyWord &w : m_store.vocabulary()) {
      m_vocabulary->words << w.word;
      m_vocabulary->inNames << w.inNames;
      if (w.inNames)
        m_vocabulary->names << w.word;
    }
  }
  return *m_vocabulary;
}

QStringList Search::corrections(const QString &word, int max, bool namesOnly) const {
  const WordList &v = vocabulary();
  const int allowed = word.size() >= 8 ? 2 : 1;
  struct Candidate {
    int distance;
    bool inNames;
    QString word;
  };
  QList<Candidate> found;
  for (qsizetype i = 0; i < v.words.size(); ++i) {
    const QString &w = v.words.at(i);
    if (std::abs(int(w.size() - word.size())) > allowed || (namesOnly && !v.inNames.at(i)))
      continue;
    const int d = editDistance(word, w, allowed);
    if (d <= allowed && d > 0)
      found.append({d, v.inNames.at(i), w});
  }
  std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
    if (a.distance != b.distance)
      return a.distance < b.distance;
    if (a.inNames != b.inNames)
      return a.inNames;
    return a.word < b.word;
  });
  QStringList out;
  for (qsizetype i = 0; i < std::min<qsizetype>(max, found.size()); ++i)
    out << found.at(i).word;
  return out;
}

SearchResult Search::run(const Query &query, Language language, const SearchFilter &filter, int limit) const {
  if (query.kind == Query::Kind::Text)
    return runText(query, language, filter, limit);
  SearchResult result;
  result.hits = m_store.search(query, language, filter, limit);
  return result;
}

SearchResult Search::runText(const Query &query, Language language, const SearchFilter &filter,
                             int limit) const {
  SearchResult result;
  SearchFilter effective = filter;
  if (query.registry) {
    // "X-Asterisk-HangupCause: ..." names Q.850 causes only.
    if (!effective.registries.isEmpty() && !effective.registries.contains(*query.registry))
      return result;
    effective.registries = {*query.registry};
  }

  QList<Term> terms;
  for (const QString &raw : searchtext::words(searchtext::fold(query.terms.join(u' ')))) {
    const QString word = trimmed(raw);
    if (word.isEmpty() || terms.size() >= 8)
      continue;
    Term t;
    t.exact << word;
    if (isLatinWord(word) && word.size() >= 3) {
      const WordList &v = vocabulary();
      for (const QString &s : otherSpellings(word) + stems(word))
        if (!t.exact.contains(s) && v.hasPrefix(s))
          t.exact << s;
      // A word is still being typed ("forb") when some content word starts
      // with it. A word of the texts that starts no name ("sever", from
      // "several") may be a typo for a name's word ("server"): offer the
      // names' words, which win only where the corrected query is a whole
      // name (rule 3: "sever internal error" → 500 Server Internal Error).
      if (t.exact.size() == 1 && !v.hasPrefix(word))
        t.corrected = corrections(word);
      else if (t.exact.size() == 1 && !v.hasNamePrefix(word))
        t.corrected = corrections(word, 6, true);
    }
    terms.append(t);
  }
  if (terms.isEmpty())
    return result;

  // The query as a whole, and with each word replaced by its best correction.
  QStringList exactWords, correctedWords;
  for (const Term &t : std::as_const(terms)) {
    exactWords << t.exact.first();
    correctedWords << (t.corrected.isEmpty() ? t.exact.first() : t.corrected.first());
  }
  QStringList wholeQueries = {exactWords.join(u' ')};
  if (correctedWords != exactWords)
    wholeQueries << correctedWords.join(u' ');

  // Candidates: entries with every word, then (when there is room) with any.
  QList<QStringList> groups;
  for (const Term &t : std::as_const(terms))
    groups.append(t.exact + t.corrected);
  // Ranked from the same candidates whatever the caller keeps: the best of
  // them is often not the first in code order (USER_BUSY: cause 17, not 486).
  const int candidateLimit = std::max(limit, kCandidates);
  QList<SearchHit> hits = m_store.textCandidates(groups, language, effective, candidateLimit);
  QSet<qsizetype> absent; // words no entry holds
  if (groups.size() > 1 && hits.size() < candidateLimit) {
    QSet<qint64> seen;
    for (const SearchHit &h : std::as_const(hits))
      seen.insert(h.rowId);
    for (qsizetype i = 0; i < groups.size(); ++i) {
      const QList<SearchHit> found =
          m_store.textCandidates({groups.at(i)}, language, effective, candidateLimit);
      if (found.isEmpty())
        absent.insert(i); // in no entry at all: no need to look for it in the long texts
      for (const SearchHit &h : found)
        if (!seen.contains(h.rowId)) {
          seen.insert(h.rowId);
          hits.append(h);
        }
    }
  }

  QList<qint64> ids;
  ids.reserve(hits.size());
  for (const SearchHit &h : std::as_const(hits))
    ids << h.rowId;
  // Names first, then the summary, then the long texts, each only for the
  // entries where a word, or the query as a whole, is not found yet.
  QHash<qint64, RankDoc> docs;
  m_store.readRankDocs(docs, ids, RankDoc::Names);
  for (RankDoc::Part next : {RankDoc::Summary, RankDoc::Texts}) {
    QList<qint64> open;
    for (qint64 id : std::as_const(ids))
      if (needsMore(docs[id], RankDoc::Part(next - 1), terms, wholeQueries, absent))
        open << id;
    m_store.readRankDocs(docs, open, next);
  }
  QHash<qint64, Score> scores;
  for (const SearchHit &h : std::as_const(hits))
    scores.insert(h.rowId, score(docs.value(h.rowId), terms, wholeQueries));
  std::stable_sort(hits.begin(), hits.end(), [&scores](const SearchHit &a, const SearchHit &b) {
    const Score &x = scores[a.rowId];
    const Score &y = scores[b.rowId];
    if (x.matched != y.matched)
      return x.matched > y.matched;
    if (x.exactName != y.exactName)
      return x.exactName;
    if (x.corrected != y.corrected)
      return x.corrected < y.corrected;
    if (x.phraseTier != y.phraseTier)
      return x.phraseTier < y.phraseTier;
    if (x.tierSum != y.tierSum)
      return x.tierSum < y.tierSum;
    if (a.commonness != b.commonness)
      return a.commonness > b.commonness;
    if (a.current != b.current)
      return a.current;
    return a.ref < b.ref;
  });
  // Entries that hold a typed word only inside another word ("ring" in
  // "during") matched nothing a user would call a match: they go.
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&scores](const SearchHit &h) { return scores[h.rowId].matched == 0; }),
             hits.end());
  for (SearchHit &h : hits) {
    h.corrected = scores[h.rowId].corrected > 0;
    h.exactName = scores[h.rowId].exactName && !h.corrected;
  }
  if (hits.size() > limit)
    hits.resize(limit);

  const bool exactFound = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) {
    const Score &s = scores[h.rowId];
    return s.matched == terms.size() && s.corrected == 0;
  });
  if (!exactFound && !hits.isEmpty() && hits.first().corrected) {
    result.suggestion = hits.first().ref;
    result.suggestionLabel = Vocabulary::entryLabel(hits.first().ref, hits.first().title);
  }
  result.hits = hits;
  addNotes(query, language, effective, result.hits);
  return result;
}

void Search::addNotes(const Query &query, Language language, const SearchFilter &filter,
                      QList<SearchHit> &hits) const {
  if (!m_user)
    return;
  QSet<EntryRef> listed;
  for (const SearchHit &h : std::as_const(hits))
    listed.insert(h.ref);
  for (const EntryRef &ref : m_user->searchNotes(query.terms)) {
    if (listed.contains(ref) || (!filter.registries.isEmpty() && !filter.registries.contains(ref.registry)) ||
        (ref.registry == Registry::Sip && !filter.sipClasses.isEmpty() &&
         !filter.sipClasses.contains(ref.code / 100)))
      continue;
    const auto e = m_store.entry(ref);
    if (!e)
      continue;
    SearchHit h;
    h.ref = ref;
    h.phrase = e->phrase;
    h.title = e->title(language);
    h.summary = e->text(language).summary;
    h.cls = e->cls;
    h.classDigit = ref.registry == Registry::Sip ? ref.code / 100 : 0;
    h.hasText = e->hasText;
    h.commonness = e->commonness;
    h.rank = SearchHit::Text;
    hits.append(h);
  }
}

QString Search::didYouMean(const SearchResult &result) {
  if (!result.suggestion)
    return {};
  return tr("Did you mean %1?").arg(result.suggestionLabel);
}

} // namespace sipref
