#include "Comparison.h"

#include "Vocabulary.h"

namespace sipref {

namespace {

QString refsText(const Entry &e) {
  QStringList parts;
  for (const DocRef &r : e.refs)
    parts << r.label();
  return parts.join(QStringLiteral(", "));
}

} // namespace

QString Comparison::retrySentence(const QString &code, const QString &retry) {
  // Whole sentences, so each language can put the code where it belongs.
  if (retry == u"none")
    return tr("%1 is not a failure, so there is nothing to retry.").arg(code);
  if (retry == u"redirect")
    return tr("After %1 the client retries at the Contact addresses it was given.").arg(code);
  if (retry == u"credentials")
    return tr("After %1 the client resends the same request with credentials for the challenge.").arg(code);
  if (retry == u"modify")
    return tr("After %1 the client may resend once it has changed the request as the response asks.")
        .arg(code);
  if (retry == u"later")
    return tr("After %1 the client may try the same destination again later (after Retry-After, if given).")
        .arg(code);
  if (retry == u"alternate")
    return tr("After %1 the client may try another server or route (the next DNS SRV target, another trunk).")
        .arg(code);
  if (retry == u"stop")
    return tr("After %1 the client should not retry this request.").arg(code);
  return tr("After %1: %2.").arg(code, retry);
}

Comparison::Comparison(const Entry &left, const Entry &right, Language language,
                       std::optional<CuratedPair> curated)
    : m_left(left), m_right(right), m_language(language), m_curated(std::move(curated)) {
  buildRows();
  deriveDifferences();
}

void Comparison::buildRows() {
  const EntryText &l = m_left.text(m_language);
  const EntryText &r = m_right.text(m_language);
  auto add = [this](const QString &label, const QStringList &left, const QStringList &right) {
    if (left.isEmpty() && right.isEmpty())
      return;
    m_rows.append(Row{label, left, right, left != right});
  };
  auto one = [](const QString &s) { return s.isEmpty() ? QStringList{} : QStringList{s}; };
  auto classOf = [](const Entry &e) {
    return e.cls.isEmpty() ? QStringList{Vocabulary::registryName(e.ref.registry)}
                           : QStringList{e.cls.contains(u'x') ? e.cls + QStringLiteral(" ") + Vocabulary::className(e.cls)
                                                              : Vocabulary::className(e.cls)};
  };
  add(tr("Class"), classOf(m_left), classOf(m_right));
  add(tr("Provisional or final"), one(Vocabulary::kindName(m_left.kind)), one(Vocabulary::kindName(m_right.kind)));
  add(tr("Summary"), one(l.summary), one(r.summary));
  add(tr("What it means"), one(l.meaning), one(r.meaning));
  add(tr("When you see it"), l.when, r.when);
  add(tr("What to do"), l.todo, r.todo);
  add(tr("Does the client retry?"),
      one(r.retry.isEmpty() && l.retry.isEmpty() ? QString() : l.retry),
      one(r.retry.isEmpty() && l.retry.isEmpty() ? QString() : r.retry));
  add(tr("Headers that matter"), one(m_left.headers.join(QStringLiteral(", "))),
      one(m_right.headers.join(QStringLiteral(", "))));
  add(tr("Status"), one(Vocabulary::statusName(m_left.status)), one(Vocabulary::statusName(m_right.status)));
  add(tr("Defined in"), one(refsText(m_left)), one(refsText(m_right)));
}

void Comparison::deriveDifferences() {
  const QString a = Vocabulary::codeLabel(m_left.ref);
  const QString b = Vocabulary::codeLabel(m_right.ref);
  if (m_left.ref == m_right.ref) {
    m_derived << tr("Both sides show the same code.");
    return;
  }
  if (m_left.ref.registry != m_right.ref.registry) {
    m_derived << tr("%1 is a %2; %3 is a %4.")
                     .arg(a, Vocabulary::registryName(m_left.ref.registry), b,
                          Vocabulary::registryName(m_right.ref.registry));
  } else if (m_left.cls != m_right.cls && !m_left.cls.isEmpty() && !m_right.cls.isEmpty()) {
    if (m_left.ref.registry == Registry::Sip)
      m_derived << tr("Different class: %1 is %2 (%3: %4); %5 is %6 (%7: %8).")
                       .arg(a, m_left.cls, Vocabulary::className(m_left.cls), Vocabulary::classMeaning(m_left.cls),
                            b, m_right.cls, Vocabulary::className(m_right.cls),
                            Vocabulary::classMeaning(m_right.cls));
    else
      m_derived << tr("Different class: %1 is %2; %3 is %4.")
                       .arg(a, Vocabulary::className(m_left.cls), b, Vocabulary::className(m_right.cls));
  } else if (!m_left.cls.isEmpty() && m_left.cls == m_right.cls) {
    if (m_left.ref.registry == Registry::Sip)
      m_derived << tr("Same class: both are %1 (%2).").arg(m_left.cls, Vocabulary::className(m_left.cls));
    else
      m_derived << tr("Same class: both are %1.").arg(Vocabulary::className(m_left.cls));
  }
  if (!m_left.kind.isEmpty() && !m_right.kind.isEmpty() && m_left.kind != m_right.kind) {
    const Entry &prov = m_left.kind == u"provisional" ? m_left : m_right;
    const Entry &fin = m_left.kind == u"provisional" ? m_right : m_left;
    m_derived << tr("%1 is provisional: the transaction goes on and a final response is still to come. "
                    "%2 is final: it ends the transaction.")
                     .arg(Vocabulary::codeLabel(prov.ref), Vocabulary::codeLabel(fin.ref));
  }
  if (!m_left.clientRetry.isEmpty() && !m_right.clientRetry.isEmpty()) {
    if (m_left.clientRetry != m_right.clientRetry)
      m_derived << tr("Retry: %1 %2")
                       .arg(retrySentence(a, m_left.clientRetry), retrySentence(b, m_right.clientRetry));
    else if (m_left.clientRetry == u"none")
      m_derived << tr("Retry: neither code is a failure, so there is nothing to retry.");
    else
      m_derived << tr("Retry: after either code the client %1.").arg(Vocabulary::retryName(m_left.clientRetry));
  }
  if (m_left.status != m_right.status)
    m_derived << tr("Status: %1 is %2; %3 is %4.")
                     .arg(a, Vocabulary::statusName(m_left.status).toLower(), b,
                          Vocabulary::statusName(m_right.status).toLower());
  const QStringList onlyLeft = [&] {
    QStringList out;
    for (const QString &h : m_left.headers)
      if (!m_right.headers.contains(h, Qt::CaseInsensitive))
        out << h;
    return out;
  }();
  const QStringList onlyRight = [&] {
    QStringList out;
    for (const QString &h : m_right.headers)
      if (!m_left.headers.contains(h, Qt::CaseInsensitive))
        out << h;
    return out;
  }();
  // One sentence per case: "none" reads differently from a header name in Japanese.
  const QString left = onlyLeft.join(QStringLiteral(", "));
  const QString right = onlyRight.join(QStringLiteral(", "));
  if (!onlyLeft.isEmpty() && !onlyRight.isEmpty())
    m_derived << tr("Headers to look at: %1 for %2; %3 for %4.").arg(left, a, right, b);
  else if (!onlyLeft.isEmpty())
    m_derived << tr("Headers to look at: %1 for %2; none in particular for %3.").arg(left, a, b);
  else if (!onlyRight.isEmpty())
    m_derived << tr("Headers to look at: none in particular for %1; %2 for %3.").arg(a, right, b);
  if (m_curated && m_curated->a != m_left.ref) {
    // Shown left/right as the user arranged them; the text names the codes itself.
    std::swap(m_curated->a, m_curated->b);
  }
}

} // namespace sipref
