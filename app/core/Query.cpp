#include "Query.h"

#include <QRegularExpression>

namespace sipref {

namespace {

constexpr qsizetype kMaxInput = 512;

QString clean(const QString &input) {
  QString text = input.left(kMaxInput * 4).normalized(QString::NormalizationForm_KC);
  QString out;
  out.reserve(text.size());
  for (QChar c : text) {
    const auto cat = c.category();
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar(0x3000)) {
      out.append(u' ');
    } else if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
               cat == QChar::Other_NotAssigned) {
      continue;
    } else {
      out.append(c);
    }
  }
  out = out.simplified();
  if (out.size() > kMaxInput) {
    out.truncate(kMaxInput);
    // Do not leave half of a surrogate pair at the end.
    if (!out.isEmpty() && out.back().isHighSurrogate())
      out.chop(1);
  }
  return out;
}

Query codeQuery(Registry registry, const QString &digits, bool exactOnly) {
  Query q;
  q.kind = Query::Kind::Code;
  q.registry = registry;
  q.digits = QString::number(digits.toInt());
  q.exactOnly = exactOnly;
  return q;
}

} // namespace

Query Query::fromString(const QString &input) {
  const QString text = clean(input);
  Query q;
  if (text.isEmpty()) {
    q.normalized = text;
    return q;
  }

  static const QRegularExpression statusLine(QStringLiteral(R"(SIP/2\.0\s+([1-6]\d\d)\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression reasonQ850(
      QStringLiteral(R"(\bQ\.?850\s*;\s*cause\s*=\s*(\d{1,3})\b)"),
      QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression reasonSip(QStringLiteral(R"(\bSIP\s*;\s*cause\s*=\s*(\d{3})\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression warningHeader(QStringLiteral(R"(^\s*Warning\s*:\s*(3\d\d)\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression registryWord(
      QStringLiteral(
          R"(^(cause(?:\s*code)?|isdn\s*cause|q\.?\s?850(?:\s*cause)?|isup(?:\s*cause)?|)"
          R"(hangup\s*cause(?:\s*code)?|x-asterisk-hangupcausecode|warning|warn|sip)\s*[:#=]?\s*(\d{1,3})$)"),
      QRegularExpression::CaseInsensitiveOption);
  // FreeSWITCH: "... [NOTICE] switch_channel.c:1104 Hangup sofia/internal/1001@host [CS_EXECUTE]
  // [USER_BUSY]", "Hangup Cause: USER_BUSY", "variable_hangup_cause: [USER_BUSY]", "hangup_cause=USER_BUSY".
  static const QRegularExpression freeswitchHangup(
      QStringLiteral(R"(\bHangup\s+\S+\s+\[CS_[A-Z_]+\]\s+\[([A-Z][A-Z0-9_]+)\])"));
  static const QRegularExpression hangupCauseName(
      QStringLiteral(R"((?<![a-z])hangup[ _]?cause\s*[:=]\s*\[?([A-Z][A-Z0-9_]+)\]?\s*$)"),
      QRegularExpression::CaseInsensitiveOption);
  // Asterisk: "X-Asterisk-HangupCause: Normal Clearing" (the cause's text), "DIALSTATUS=BUSY".
  static const QRegularExpression asteriskCauseText(
      QStringLiteral(R"(^(?:X-Asterisk-HangupCause|Cause-txt)\s*:\s*(.+)$)"), QRegularExpression::CaseInsensitiveOption);
  // Asterisk's HANGUPCAUSE(channel,tech) for PJSIP: "SIP 486 Busy Here" (chan_pjsip.c).
  static const QRegularExpression asteriskTechCause(QStringLiteral(R"(^SIP\s+([1-6]\d\d)\s+\D)"),
                                                    QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression dialStatus(QStringLiteral(R"(^\$?\{?DIALSTATUS\}?\s*[=:]\s*([A-Za-z]+)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression classPattern(QStringLiteral(R"(^([1-6])xx$)"),
                                               QRegularExpression::CaseInsensitiveOption);
  static const QRegularExpression digitsOnly(QStringLiteral(R"(^\d{1,3}$)"));
  static const QRegularExpression codeThenWords(QStringLiteral(R"(^([1-6]\d\d)\s+\D)"));

  QRegularExpressionMatch m;
  if ((m = statusLine.match(text)).hasMatch()) {
    q = codeQuery(Registry::Sip, m.captured(1), true);
  } else if ((m = reasonQ850.match(text)).hasMatch()) {
    q = codeQuery(Registry::Q850, m.captured(1), true);
  } else if ((m = reasonSip.match(text)).hasMatch()) {
    q = codeQuery(Registry::Sip, m.captured(1), true);
  } else if ((m = warningHeader.match(text)).hasMatch()) {
    q = codeQuery(Registry::Warning, m.captured(1), true);
  } else if ((m = freeswitchHangup.match(text)).hasMatch() || (m = hangupCauseName.match(text)).hasMatch()) {
    q.kind = Kind::Text;
    q.terms = {m.captured(1).toUpper()};
  } else if ((m = asteriskCauseText.match(text)).hasMatch() && !m.captured(1).trimmed().isEmpty() &&
             !m.captured(1).trimmed().front().isDigit()) {
    q.kind = Kind::Text;
    q.registry = Registry::Q850;
    q.terms = m.captured(1).split(u' ', Qt::SkipEmptyParts).mid(0, 8);
  } else if ((m = dialStatus.match(text)).hasMatch()) {
    q.kind = Kind::Text;
    q.terms = {QStringLiteral("DIALSTATUS=") + m.captured(1).toUpper()};
  } else if ((m = asteriskTechCause.match(text)).hasMatch()) {
    q = codeQuery(Registry::Sip, m.captured(1), true);
  } else if ((m = registryWord.match(text)).hasMatch()) {
    const QString word = m.captured(1).toLower();
    Registry r = Registry::Q850;
    if (word.startsWith(u"warn"))
      r = Registry::Warning;
    else if (word == u"sip")
      r = Registry::Sip;
    q = codeQuery(r, m.captured(2), true);
  } else if ((m = classPattern.match(text)).hasMatch()) {
    q.kind = Kind::Class;
    q.registry = Registry::Sip;
    q.classDigit = m.captured(1).toInt();
  } else if (digitsOnly.match(text).hasMatch()) {
    q.kind = Kind::Code;
    q.digits = text;
  } else if ((m = codeThenWords.match(text)).hasMatch()) {
    q = codeQuery(Registry::Sip, m.captured(1), true);
  } else {
    q.kind = Kind::Text;
    QString stripped = text;
    // Full-text operators mean nothing here; the words are searched as typed.
    for (QChar &c : stripped)
      if (c == u'"')
        c = u' ';
    const QStringList words = stripped.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
      if (q.terms.size() >= 8)
        break;
      q.terms.append(w);
    }
    if (q.terms.isEmpty())
      q.kind = Kind::Empty;
  }
  q.normalized = text;
  return q;
}

} // namespace sipref
