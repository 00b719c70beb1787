#include "TraceScanner.h"

#include "VendorCauses.h"

#include <QDate>

#include <array>
#include <cstring>
#include <utility>

namespace sipref {

namespace {

// Character classes by table: the scanner looks at every byte of the input,
// so these are kept to one load each.
enum CharClass : unsigned char { Token = 1, Alpha = 2, Digit = 4, Space = 8 };

constexpr std::array<unsigned char, 256> makeClasses() {
  std::array<unsigned char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c)
    t[size_t(c)] = Token | Alpha;
  for (int c = 'A'; c <= 'Z'; ++c)
    t[size_t(c)] = Token | Alpha;
  for (int c = '0'; c <= '9'; ++c)
    t[size_t(c)] = Token | Digit;
  for (char c : {'-', '.', '!', '%', '*', '_', '+', '`', '\'', '~'})
    t[size_t(static_cast<unsigned char>(c))] = Token; // RFC 3261 token
  t[size_t(' ')] = Space;
  t[size_t('\t')] = Space;
  return t;
}
constexpr std::array<unsigned char, 256> kClasses = makeClasses();

inline unsigned char cls(char c) {
  return kClasses[static_cast<unsigned char>(c)];
}
inline bool isSpace(char c) {
  return cls(c) & Space;
}
inline bool isToken(char c) {
  return cls(c) & Token;
}
inline bool isDigit(char c) {
  return cls(c) & Digit;
}
inline bool isAlnum(char c) {
  return cls(c) & (Alpha | Digit);
}
inline char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

/// True when [p, p+n) equals the lower-case literal `lit` in any letter case.
inline bool equalsNoCase(const char *p, const char *end, const char *lit, qsizetype n) {
  if (end - p < n)
    return false;
  for (qsizetype i = 0; i < n; ++i)
    if (lower(p[i]) != lit[i])
      return false;
  return true;
}

const char *skipSpace(const char *p, const char *end) {
  while (p < end && isSpace(*p))
    ++p;
  return p;
}

const char *trimEnd(const char *begin, const char *end) {
  while (end > begin && (isSpace(end[-1]) || end[-1] == '\r'))
    --end;
  return end;
}

/// Reads up to `maxDigits` decimal digits; -1 when there are none.
qint64 readNumber(const char *&p, const char *end, int maxDigits = 10) {
  qint64 n = 0;
  int digits = 0;
  while (p < end && isDigit(*p)) {
    if (digits < maxDigits)
      n = n * 10 + (*p - '0');
    ++digits;
    ++p;
  }
  return digits == 0 ? -1 : n;
}

/// A quoted string's content with its escapes resolved, or a bare token.
QString unquote(const char *begin, const char *end) {
  begin = skipSpace(begin, end);
  end = trimEnd(begin, end);
  if (begin < end && *begin == '"') {
    const char *close = static_cast<const char *>(std::memchr(begin + 1, '"', size_t(end - begin - 1)));
    const char *escape = static_cast<const char *>(std::memchr(begin + 1, '\\', size_t(end - begin - 1)));
    if (!escape || (close && close < escape))
      return QString::fromUtf8(begin + 1, (close ? close : end) - begin - 1);
    QByteArray out;
    for (const char *p = begin + 1; p < end; ++p) {
      if (*p == '\\' && p + 1 < end) {
        out += *++p;
        continue;
      }
      if (*p == '"')
        break;
      out += *p;
    }
    return QString::fromUtf8(out);
  }
  return QString::fromUtf8(begin, end - begin);
}

/// Splits a header value at commas outside quoted strings.
template <typename Fn> void forEachListItem(const char *begin, const char *end, int max, Fn fn) {
  bool quoted = false;
  const char *item = begin;
  int count = 0;
  for (const char *p = begin; p <= end && count < max; ++p) {
    if (p == end || (*p == ',' && !quoted)) {
      const char *b = skipSpace(item, p);
      const char *e = trimEnd(b, p);
      if (b < e) {
        fn(b, e);
        ++count;
      }
      item = p + 1;
    } else if (*p == '"') {
      quoted = !quoted;
    } else if (*p == '\\' && quoted && p + 1 < end) {
      ++p;
    }
  }
}

constexpr int kMaxListItems = 16;
constexpr qsizetype kMaxHeaderValue = 8 * 1024;
constexpr qsizetype kMaxFieldLength = 512;

// A line this long may be a whole message escaped into one log line.
constexpr qsizetype kEscapedLineMinLength = 96;

const char *const kKnownMethods[] = {"invite",   "ack",   "bye",       "cancel", "options",
                                     "register", "prack", "subscribe", "notify", "publish",
                                     "info",     "refer", "message",   "update"};

bool isPlausibleMethod(const char *begin, const char *end) {
  const qsizetype n = end - begin;
  for (const char *m : kKnownMethods)
    if (qsizetype(std::strlen(m)) == n && equalsNoCase(begin, end, m, n))
      return true;
  // An extension method: by convention written in capitals.
  if (n < 2 || n > 32)
    return false;
  for (const char *p = begin; p < end; ++p)
    if (!((*p >= 'A' && *p <= 'Z') || *p == '-' || *p == '_'))
      return false;
  return true;
}

/// The shape of a prefix's first bytes (digits, letters, punctuation), so that
/// "Jan 12 10:00:01 host kamailio[2345]: " is recognised on the next line
/// though its numbers change.
char shapeOf(char c) {
  const unsigned char k = cls(c);
  if (k & Digit)
    return '0';
  if (k & Alpha)
    return 'a';
  return c;
}

constexpr qsizetype kShapeLength = 8;

} // namespace

TraceScanner::TraceScanner() : m_year(QDate::currentDate().year()) {}
TraceScanner::~TraceScanner() = default;

void TraceScanner::reset() {
  m_carry.clear();
  m_line = 0;
  m_bytes = 0;
  m_state = State::Idle;
  m_current = TraceMessage();
  m_pending = HeaderId::Other;
  m_pendingValue.clear();
  m_pendingView = nullptr;
  m_done.clear();
  m_methods.clear();
  m_phrases.clear();
  m_words.clear();
  m_lastCallId = Cached();
  m_mentions.clear();
  m_recentValues = {};
  m_contextLine = -1;
  m_addressLine = -1;
  m_plainBodyLeft = 0;
}

QList<TraceMessage> TraceScanner::takeMessages() {
  return std::exchange(m_done, {});
}

QList<TraceMention> TraceScanner::takeMentions() {
  return std::exchange(m_mentions, {});
}

void TraceScanner::feed(QByteArrayView data) {
  const char *p = data.data();
  const char *const end = p + data.size();
  m_bytes += data.size();
  if (!m_carry.isEmpty()) {
    // Complete the line the last piece ended in.
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *stop = nl ? nl : end;
    const qsizetype room = MaxLineLength - m_carry.size();
    m_carry.append(p, qMin<qsizetype>(room, stop - p));
    if (!nl)
      return;
    scanLine(m_carry.constData(), m_carry.constData() + m_carry.size());
    m_carry.resize(0);
    p = nl + 1;
  }
  while (p < end) {
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    if (!nl) {
      // The empty carry means "at the start of a line", so keep at least one
      // byte; a lone '\r' is trimmed away when the line is scanned.
      m_carry.append(p, qMin<qsizetype>(MaxLineLength, end - p));
      break;
    }
    scanLine(p, nl - p > MaxLineLength ? p + MaxLineLength : nl);
    p = nl + 1;
  }
}

void TraceScanner::finish() {
  if (!m_carry.isEmpty()) {
    scanLine(m_carry.constData(), m_carry.constData() + m_carry.size());
    m_carry.resize(0);
  }
  closeMessage();
  m_state = State::Idle;
  m_sipfrag = false;
}

void TraceScanner::scanMessage(QByteArrayView headers) {
  m_framed = true;
  const char *p = headers.data();
  const char *const end = p + headers.size();
  while (p < end) {
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *lineEnd = trimEnd(p, nl ? nl : end);
    if (m_state == State::Headers) {
      if (lineEnd == p)
        break; // the end of the header section
      // A line that starts with white space continues the header before it (RFC 3261 §7.3.1).
      const char *text = skipSpace(p, lineEnd);
      if (!handleHeaderAt(text, lineEnd, text > p) && !startMessage(p, lineEnd))
        closeMessage(); // not a header: the lines after it are not this message's
    } else {
      startMessage(p, lineEnd);
    }
    p = nl ? nl + 1 : end;
  }
  closeMessage();
  m_framed = false;
}

void TraceScanner::moveMessagesTo(QList<TraceMessage> &out) {
  for (TraceMessage &m : m_done)
    out.append(std::move(m));
  m_done.resize(0); // keeps its room for the next message
}

void TraceScanner::scanLine(const char *begin, const char *end) {
  ++m_line;
  m_rawLineLength = (end - begin) + 1; // with its '\n'
  end = trimEnd(begin, end);
  if (end - begin >= kEscapedLineMinLength &&
      (std::memchr(begin, '#', size_t(end - begin)) || std::memchr(begin, '\\', size_t(end - begin)))) {
    // rsyslog writes a message's CR LF as "#015#012", JSON logs as "\r\n":
    // such a line holds a whole message, scanned here line by line.
    const char *piece = begin;
    bool split = false;
    for (const char *p = begin; p < end;) {
      qsizetype skip = 0;
      const char *pieceEnd = p;
      if (*p == '#' && end - p >= 4 && p[1] == '0' && p[2] == '1' && p[3] == '2') {
        skip = 4;
        if (pieceEnd - piece >= 4 && std::memcmp(pieceEnd - 4, "#015", 4) == 0)
          pieceEnd -= 4;
      } else if (*p == '\\' && end - p >= 2 && p[1] == 'n') {
        skip = 2;
        if (pieceEnd - piece >= 2 && pieceEnd[-2] == '\\' && pieceEnd[-1] == 'r')
          pieceEnd -= 2;
      } else {
        ++p;
        continue;
      }
      scanUnescaped(piece, trimEnd(piece, pieceEnd));
      p += skip;
      piece = p;
      split = true;
    }
    if (split) {
      scanUnescaped(piece, end);
      return;
    }
  }
  scanUnescaped(begin, end);
}

void TraceScanner::scanUnescaped(const char *begin, const char *end) {
  switch (m_state) {
  case State::Idle:
    if (m_plainBodyLeft > 0) {
      // A message's body (SDP): no log text in it to look at.
      m_plainBodyLeft -= m_rawLineLength;
      startMessage(begin, end);
      break;
    }
    if (!startMessage(begin, end))
      scanOther(begin, end);
    break;
  case State::Body:
    scanBody(begin, end);
    break;
  case State::Headers:
    if (m_style == Style::Tshark)
      scanTsharkLine(begin, end);
    else
      scanHeaderLine(begin, end);
    break;
  case State::TsharkBody:
    // tshark's tree of the body ends where the next layer or frame starts at column 0.
    if (begin < end && !isSpace(*begin)) {
      m_state = State::Idle;
      if (!startMessage(begin, end))
        scanOther(begin, end);
    }
    break;
  }
}

void TraceScanner::scanBody(const char *begin, const char *end) {
  // In a message/sipfrag body the status line belongs to the NOTIFY: it is
  // not a response of its own.
  const bool inFragment = m_sipfrag && m_bodyLeft > 0;
  m_bodyLeft -= (end - begin) + 2;
  if (inFragment) {
    StartLine fragment;
    if (parseStartLine(begin, end, fragment)) {
      m_sipfrag = false;
      m_state = State::Idle;
      return;
    }
  }
  if (m_bodyLeft <= 0) {
    m_sipfrag = false;
    m_state = State::Idle;
  }
  startMessage(begin, end);
}

bool TraceScanner::parseStartLine(const char *begin, const char *end, StartLine &line) {
  // Every start line contains "SIP/2.0", and '/' is rare enough elsewhere to
  // look for it first.
  for (const char *p = begin; p < end;) {
    const char *slash = static_cast<const char *>(std::memchr(p, '/', size_t(end - p)));
    if (!slash)
      return false;
    p = slash + 1;
    if (slash - begin < 3 || end - slash < 4 || slash[1] != '2' || slash[2] != '.' || slash[3] != '0')
      continue;
    const char *sip = slash - 3;
    if (!equalsNoCase(sip, end, "sip", 3) || (sip > begin && isAlnum(sip[-1])))
      continue;
    const char *after = slash + 4;
    if (after == end) {
      // Request-Line = Method SP Request-URI SP SIP-Version
      if (sip == begin || !isSpace(sip[-1]))
        continue;
      const char *q = sip;
      while (q > begin && isSpace(q[-1]))
        --q;
      const char *uriEnd = q;
      while (q > begin && !isSpace(q[-1]))
        --q;
      const char *uriBegin = q;
      if (uriBegin == uriEnd || !std::memchr(uriBegin, ':', size_t(uriEnd - uriBegin)))
        continue;
      while (q > begin && isSpace(q[-1]))
        --q;
      const char *methodEnd = q;
      while (q > begin && isToken(q[-1]))
        --q;
      if (q == methodEnd || !isPlausibleMethod(q, methodEnd))
        continue;
      line.kind = TraceMessage::Kind::Request;
      line.text = q;
      line.textEnd = methodEnd;
      line.content = q;
      line.uri = uriBegin;
      line.uriEnd = uriEnd;
      return true;
    }
    if (isSpace(*after)) {
      // Status-Line = SIP-Version SP Status-Code SP Reason-Phrase
      const char *q = skipSpace(after, end);
      if (end - q < 3 || q[0] < '1' || q[0] > '6' || !isDigit(q[1]) || !isDigit(q[2]) ||
          (end - q > 3 && !isSpace(q[3])))
        continue;
      line.kind = TraceMessage::Kind::Response;
      line.statusCode = (q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0');
      line.text = skipSpace(q + 3, end);
      line.textEnd = qMin(end, line.text + kMaxFieldLength);
      line.content = sip;
      return true;
    }
  }
  return false;
}

bool TraceScanner::startMessage(const char *begin, const char *end) {
  StartLine start;
  if (!parseStartLine(begin, end, start))
    return false;
  closeMessage();
  m_plainBodyLeft = 0;
  m_current.kind = start.kind;
  m_current.line = m_line;
  if (start.kind == TraceMessage::Kind::Request) {
    m_current.method = intern(m_methods, start.text, start.textEnd);
    m_current.requestUri =
        internRecent(m_recentValues[5], start.uri, qMin(start.uriEnd, start.uri + kMaxFieldLength));
  } else {
    m_current.statusCode = start.statusCode;
    m_current.reasonPhrase = intern(m_phrases, start.text, start.textEnd);
  }
  const char *content = start.content;
  // the time and addresses a line before it gave, or its own prefix's time.
  if (m_contextLine >= 0 && m_line - m_contextLine <= m_contextReach) {
    m_current.time = m_contextTime;
    m_current.source = m_contextSource;
    m_current.destination = m_contextDestination;
  }
  m_contextLine = -1;
  if (content > begin) {
    const double t = parseTime(begin, content, m_year);
    if (t >= 0)
      m_current.time = t;
  }
  m_state = State::Headers;
  m_contentLength = -1;
  m_sipfrag = false;
  m_pending = HeaderId::Other;
  const char *firstText = skipSpace(begin, end);
  m_indent = int(firstText - begin);
  m_contentColumn = int(content - begin);
  m_prefixGap = 0;
  m_prefix.resize(0);
  m_prefixTail.resize(0);
  m_style = Style::Raw;
  if (firstText == content)
    return true;
  const char *prefixEnd = trimEnd(firstText, content);
  const qsizetype prefixLength = prefixEnd - firstText;
  if ((prefixLength >= 12 && equalsNoCase(prefixEnd - 12, prefixEnd, "status-line:", 12)) ||
      (prefixLength >= 13 && equalsNoCase(prefixEnd - 13, prefixEnd, "request-line:", 13))) {
    m_style = Style::Tshark;
    return true;
  }
  learnPrefix(begin, content);
  return true;
}

void TraceScanner::learnPrefix(const char *begin, const char *content) {
  const char *firstText = skipSpace(begin, content);
  const char *prefixEnd = trimEnd(firstText, content);
  if (prefixEnd == firstText)
    return;
  m_prefix = QByteArray(begin, qMin<qsizetype>(kShapeLength, content - begin));
  for (char &c : m_prefix)
    c = shapeOf(c);
  // The punctuation that ends the prefix ("]:", "|"), without the spaces
  // after it, so that a prefix alone on a line (a blank SIP line) matches.
  const char *t = prefixEnd;
  while (t > firstText && prefixEnd - t < 4 && !isAlnum(t[-1]))
    --t;
  if (t == prefixEnd)
    --t; // the prefix ends in a letter or digit ("...Z "): that one marks its end
  m_prefixTail = QByteArray(t, prefixEnd - t);
  m_contentColumn = int(prefixEnd - begin);
  m_prefixGap = int(content - prefixEnd);
}

void TraceScanner::scanHeaderLine(const char *begin, const char *end) {
  if (!m_prefixTail.isEmpty()) {
    bool sameShape = end - begin >= m_prefix.size();
    for (qsizetype i = 0; sameShape && i < m_prefix.size(); ++i)
      sameShape = shapeOf(begin[i]) == m_prefix.at(i);
    if (sameShape) {
      // A prefixed log: this line's prefix ends at the start line's column
      // (timestamps keep their width), or else where its tail occurs nearest.
      const qsizetype tail = m_prefixTail.size();
      const char *content = nullptr;
      bool exact = false;
      const char *expected = begin + m_contentColumn;
      if (expected <= end && expected - begin >= tail &&
          std::memcmp(expected - tail, m_prefixTail.constData(), size_t(tail)) == 0) {
        content = expected;
        exact = true;
      } else {
        const char *limit = qMin(end, begin + m_contentColumn + 32);
        qsizetype best = -1;
        for (const char *p = begin; p + tail <= limit; ++p) {
          if (std::memcmp(p, m_prefixTail.constData(), size_t(tail)) != 0)
            continue;
          const qsizetype distance = qAbs((p + tail - begin) - m_contentColumn);
          if (best < 0 || distance < best) {
            best = distance;
            content = p + tail;
          }
        }
      }
      const char *text = content ? skipSpace(content, end) : nullptr;
      if (text == end) {
        endHeaders();
        return;
      }
      if (text && text - content <= m_prefixGap && handleHeaderAt(text, end, false))
        return;
      if (!exact) {
        // The start line had log text before the message ("INFO: <script>:
        // INVITE ..."), the following lines only the logger's prefix: take
        // the first header name after a space, and its prefix from now on.
        const char *limit = qMin(end, begin + m_contentColumn + 32);
        for (const char *p = begin + 1; p < limit; ++p) {
          if (isSpace(p[-1]) && (cls(*p) & Alpha) && handleHeaderAt(p, end, false)) {
            learnPrefix(begin, p);
            return;
          }
        }
      }
      // More space after the prefix than the start line had: a folded line.
      if (text && text - content > m_prefixGap && handleHeaderAt(text, end, true))
        return;
      if (content) {
        if (!startMessage(begin, end)) {
          closeMessage();
          scanOther(begin, end);
        }
        return;
      }
    }
  }
  const char *text = skipSpace(begin, end);
  if (text == end) {
    endHeaders();
    return;
  }
  if (handleHeaderAt(text, end, text - begin > m_indent))
    return;
  if (!startMessage(begin, end)) {
    closeMessage();
    scanOther(begin, end);
  }
}

void TraceScanner::scanTsharkLine(const char *begin, const char *end) {
  if (begin == end || !isSpace(*begin)) {
    // A blank line or a line at column 0 (the next frame or layer) ends the tree.
    closeMessage();
    if (!startMessage(begin, end))
      scanOther(begin, end);
    return;
  }
  const char *text = skipSpace(begin, end);
  if (end - text == 12 && std::memcmp(text, "Message Body", 12) == 0) {
    closeMessage();
    m_state = State::TsharkBody;
    return;
  }
  // Headers and the fields tshark decodes under them ("Method: INVITE",
  // "Cause: 17") read alike; only the known header names are taken.
  handleHeaderAt(text, end, false);
}

/// The headers the scanner reads, by name in any letter case; the compact
/// forms of RFC 3261 §7.3.3 (i, l, c, f, t, v, m) included.
/// The headers the scanner reads, by name in any letter case; the compact
/// forms of RFC 3261 §7.3.3 (i, l, c, f, t, v, m) included.
TraceScanner::HeaderId TraceScanner::headerId(const char *name, const char *nameEnd) {
  struct Name {
    const char *text;
    qsizetype size;
    HeaderId id;
  };
  using H = HeaderId;
  // In order of length: only the names of the length asked for are compared
  // (every header line of every message asks).
  static constexpr Name kNames[] = {
      {"i", 1, H::CallId},          {"l", 1, H::ContentLength},       {"c", 1, H::ContentType},
      {"f", 1, H::From},            {"t", 1, H::To},                  {"v", 1, H::Via},
      {"m", 1, H::Contact},         {"to", 2, H::To},                 {"via", 3, H::Via},
      {"cseq", 4, H::CSeq},         {"from", 4, H::From},             {"reason", 6, H::Reason},
      {"server", 6, H::Server},     {"call-id", 7, H::CallId},        {"warning", 7, H::Warning},
      {"contact", 7, H::Contact},   {"user-agent", 10, H::UserAgent}, {"content-type", 12, H::ContentType},
      {"authorization", 13, H::Authorization}, {"content-length", 14, H::ContentLength},
      {"proxy-authorization", 19, H::Authorization},
  };
  constexpr qsizetype kLongest = 19;
  // Per length, the first of its names (and the next length's first, where they end).
  static constexpr auto kStarts = [] {
    std::array<int, kLongest + 2> starts{};
    int i = 0;
    for (qsizetype size = 0; size <= kLongest + 1; ++size) {
      while (i < int(std::size(kNames)) && kNames[i].size < size)
        ++i;
      starts[size_t(size)] = i;
    }
    return starts;
  }();
  const qsizetype n = nameEnd - name;
  if (n <= 0 || n > kLongest)
    return HeaderId::Other;
  for (int i = kStarts[size_t(n)]; i < kStarts[size_t(n) + 1]; ++i)
    if (equalsNoCase(name, nameEnd, kNames[i].text, n))
      return kNames[i].id;
  return HeaderId::Other;
}

bool TraceScanner::handleHeaderAt(const char *pos, const char *end, bool mayFold) {
  const char *nameEnd = pos;
  while (nameEnd < end && isToken(*nameEnd))
    ++nameEnd;
  const char *colon = skipSpace(nameEnd, end);
  if (nameEnd == pos || colon == end || *colon != ':') {
    if (!mayFold)
      return false;
    // A folded line (RFC 3261 §7.3.1): it continues the previous header.
    if (m_pending != HeaderId::Other && m_pendingView) {
      m_pendingValue.assign(m_pendingView, size_t(m_pendingViewEnd - m_pendingView));
      m_pendingView = nullptr;
    }
    if (m_pending != HeaderId::Other && qsizetype(m_pendingValue.size()) < kMaxHeaderValue) {
      m_pendingValue += ' ';
      m_pendingValue.append(pos, size_t(qMin<qsizetype>(end - pos, kMaxHeaderValue)));
    }
    return true;
  }
  applyPendingHeader();
  const HeaderId id = headerId(pos, nameEnd);
  if (id != HeaderId::Other) {
    m_pending = id;
    const char *value = skipSpace(colon + 1, end);
    const char *valueEnd = value + qMin<qsizetype>(end - value, kMaxHeaderValue);
    if (m_framed) {
      // A framed message stays in memory until it is read: the value is not copied.
      m_pendingView = value;
      m_pendingViewEnd = valueEnd;
    } else {
      m_pendingValue.assign(value, size_t(valueEnd - value));
    }
  }
  return true;
}

void TraceScanner::applyPendingHeader() {
  if (m_pending == HeaderId::Other)
    return;
  const HeaderId id = std::exchange(m_pending, HeaderId::Other);
  const char *begin = m_pendingView ? m_pendingView : m_pendingValue.data();
  const char *end = m_pendingView ? m_pendingViewEnd : m_pendingValue.data() + m_pendingValue.size();
  m_pendingView = nullptr;
  begin = skipSpace(begin, end);
  end = trimEnd(begin, end);
  switch (id) {
  case HeaderId::Other:
    break;
  case HeaderId::CallId:
    if (m_current.callId.isEmpty() && begin < end)
      m_current.callId = internCallId(begin, qMin(end, begin + kMaxFieldLength));
    break;
  case HeaderId::CSeq:
    if (m_current.cseq < 0) {
      const char *p = begin;
      m_current.cseq = readNumber(p, end);
      p = skipSpace(p, end);
      const char *method = p;
      while (p < end && isToken(*p))
        ++p;
      if (p > method)
        m_current.cseqMethod = intern(m_methods, method, qMin(p, method + 32));
    }
    break;
  case HeaderId::Reason:
    forEachListItem(begin, end, kMaxListItems, [this](const char *b, const char *e) {
      if (m_current.reasons.size() >= kMaxListItems)
        return;
      TraceReason reason;
      const char *p = b;
      while (p < e && *p != ';')
        ++p;
      const char *protocolEnd = trimEnd(b, p);
      reason.protocolName = intern(m_words, b, qMin(protocolEnd, b + 64));
      if (equalsNoCase(b, protocolEnd, "sip", 3) && protocolEnd - b == 3)
        reason.protocol = TraceReason::Protocol::Sip;
      else if ((protocolEnd - b == 5 && equalsNoCase(b, protocolEnd, "q.850", 5)) ||
               (protocolEnd - b == 4 && equalsNoCase(b, protocolEnd, "q850", 4)))
        reason.protocol = TraceReason::Protocol::Q850;
      // Parameters: ;name=value, values may be quoted strings with ';' inside.
      while (p < e) {
        const char *name = skipSpace(p + 1, e);
        const char *q = name;
        while (q < e && *q != '=' && *q != ';')
          ++q;
        const char *nameEnd = trimEnd(name, q);
        const char *value = q;
        const char *valueEnd = q;
        if (q < e && *q == '=') {
          value = skipSpace(q + 1, e);
          bool quoted = false;
          for (valueEnd = value; valueEnd < e && (quoted || *valueEnd != ';'); ++valueEnd) {
            if (*valueEnd == '"')
              quoted = !quoted;
            else if (*valueEnd == '\\' && quoted && valueEnd + 1 < e)
              ++valueEnd;
          }
        }
        if (nameEnd - name == 5 && equalsNoCase(name, nameEnd, "cause", 5)) {
          const char *d = skipSpace(value, valueEnd);
          const qint64 cause = readNumber(d, valueEnd, 6);
          if (cause >= 0 && skipSpace(d, valueEnd) == valueEnd)
            reason.cause = int(cause);
        } else if (nameEnd - name == 4 && equalsNoCase(name, nameEnd, "text", 4)) {
          reason.text = internText(value, qMin(valueEnd, value + kMaxFieldLength));
        }
        p = valueEnd;
        while (p < e && *p != ';')
          ++p;
      }
      m_current.reasons.append(std::move(reason));
    });
    break;
  case HeaderId::Warning:
    forEachListItem(begin, end, kMaxListItems, [this](const char *b, const char *e) {
      if (m_current.warnings.size() >= kMaxListItems)
        return;
      TraceWarning warning;
      const char *p = b;
      const qint64 code = readNumber(p, e, 6);
      if (code >= 0 && (p == e || isSpace(*p)))
        warning.code = int(code);
      p = skipSpace(p, e);
      const char *agent = p;
      while (p < e && !isSpace(*p) && *p != '"')
        ++p;
      warning.agent = intern(m_words, agent, qMin(p, agent + kMaxFieldLength));
      warning.text = internText(p, qMin(e, p + kMaxFieldLength));
      m_current.warnings.append(std::move(warning));
    });
    break;
  case HeaderId::ContentLength: {
    const char *p = begin;
    m_contentLength = readNumber(p, end, 9);
    break;
  }
  case HeaderId::ContentType:
    m_sipfrag = equalsNoCase(begin, end, "message/sipfrag", 15);
    break;
  case HeaderId::From:
    if (m_current.from.isEmpty())
      m_current.from = internRecent(m_recentValues[0], begin, qMin(end, begin + kMaxFieldLength));
    break;
  case HeaderId::To:
    if (m_current.to.isEmpty())
      m_current.to = internRecent(m_recentValues[1], begin, qMin(end, begin + kMaxFieldLength));
    break;
  case HeaderId::Via:
    if (m_current.via.isEmpty()) {
      // "SIP/2.0/UDP host:port;branch=...": the sent-by of the topmost value.
      const char *p = begin;
      while (p < end && !isSpace(*p))
        ++p;
      p = skipSpace(p, end);
      const char *sentBy = p;
      while (p < end && *p != ';' && *p != ',' && !isSpace(*p))
        ++p;
      if (p > sentBy)
        m_current.via = internRecent(m_recentValues[2], sentBy, qMin(p, sentBy + kMaxFieldLength));
    }
    break;
  case HeaderId::Contact:
    if (m_current.contact.isEmpty())
      m_current.contact = internRecent(m_recentValues[3], begin, qMin(end, begin + kMaxFieldLength));
    break;
  case HeaderId::UserAgent:
  case HeaderId::Server:
    if (m_current.userAgent.isEmpty())
      m_current.userAgent = internRecent(m_recentValues[4], begin, qMin(end, begin + kMaxFieldLength));
    break;
  case HeaderId::Authorization:
    if (m_current.authorization.isEmpty())
      m_current.authorization = QString::fromUtf8(begin, qMin(end, begin + kMaxFieldLength) - begin);
    break;
  }
}

void TraceScanner::closeMessage() {
  if (m_state != State::Headers)
    return;
  applyPendingHeader();
  m_done.append(std::move(m_current));
  m_current = TraceMessage();
  m_state = State::Idle;
}

void TraceScanner::endHeaders() {
  applyPendingHeader();
  const bool fragment = m_sipfrag && m_contentLength != 0;
  const bool prefixed = !m_prefixTail.isEmpty();
  closeMessage();
  // raw bodies are skipped by their length when looking for log
  // text (a prefixed log's lines are longer than the body they carry).
  m_plainBodyLeft =
      !fragment && !prefixed && m_style == Style::Raw && m_contentLength > 0 ? m_contentLength : 0;
  if (fragment) {
    m_state = State::Body;
    m_sipfrag = true;
    // Without a Content-Length, give the fragment its status line's worth.
    m_bodyLeft = m_contentLength > 0 ? m_contentLength : 64;
  }
}

QString TraceScanner::intern(std::vector<Cached> &table, const char *begin, const char *end) {
  const QByteArrayView bytes(begin, end - begin);
  for (const Cached &c : table)
    if (c.bytes.size() == bytes.size() && QByteArrayView(c.bytes) == bytes)
      return c.text;
  QString text = QString::fromUtf8(bytes);
  // Methods and phrases repeat; a trace with hundreds of distinct ones is
  // junk, and those are not worth remembering.
  if (table.size() < 64)
    table.push_back({bytes.toByteArray(), text});
  return text;
}

QString TraceScanner::internText(const char *begin, const char *end) {
  // Texts in Reason and Warning headers repeat ("User busy"); those with
  // escapes are rare and not kept.
  begin = skipSpace(begin, end);
  end = trimEnd(begin, end);
  if (std::memchr(begin, '\\', size_t(end - begin)))
    return unquote(begin, end);
  if (end - begin >= 2 && *begin == '"') {
    const char *close = static_cast<const char *>(std::memchr(begin + 1, '"', size_t(end - begin - 1)));
    return intern(m_words, begin + 1, close ? close : end);
  }
  return intern(m_words, begin, end);
}

QString TraceScanner::internCallId(const char *begin, const char *end) {
  const QByteArrayView bytes(begin, end - begin);
  if (QByteArrayView(m_lastCallId.bytes) != bytes)
    m_lastCallId = {bytes.toByteArray(), QString::fromUtf8(bytes)};
  return m_lastCallId.text;
}

// --- time, addresses and mentions from the lines between messages --

namespace {

/// Days from 1970-01-01 to a civil date (proleptic Gregorian).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
  y -= m <= 2;
  const qint64 era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = unsigned(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + qint64(doe) - 719468;
}

/// Exactly `n` digits at p; -1 otherwise.
int digits(const char *p, const char *end, int n) {
  if (end - p < n)
    return -1;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    if (!isDigit(p[i]))
      return -1;
    v = v * 10 + (p[i] - '0');
  }
  return v;
}

/// "HH:MM:SS[.frac]" at p: seconds of the day, p moved past it; -1 when not.
double timeOfDay(const char *&p, const char *end) {
  const int h = digits(p, end, 2);
  if (h < 0 || h > 23 || end - p < 8 || p[2] != ':' || p[5] != ':')
    return -1;
  const int mi = digits(p + 3, end, 2);
  const int sec = digits(p + 6, end, 2);
  if (mi < 0 || mi > 59 || sec < 0 || sec > 60)
    return -1;
  double t = h * 3600.0 + mi * 60.0 + sec;
  p += 8;
  if (p < end && (*p == '.' || *p == ',') && p + 1 < end && isDigit(p[1])) {
    double scale = 0.1;
    for (++p; p < end && isDigit(*p); ++p, scale /= 10)
      t += (*p - '0') * scale;
  }
  return t;
}

const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                               "jul", "aug", "sep", "oct", "nov", "dec"};

/// A token after `p` (spaces skipped), up to a space or one of `)]};,"'`.
QByteArrayView tokenAfter(const char *p, const char *end) {
  p = skipSpace(p, end);
  if (p < end && (*p == '"' || *p == '\'' || *p == '<'))
    ++p;
  const char *b = p;
  for (; p < end && !isSpace(*p); ++p) {
    const char c = *p;
    if (c == ')' || c == ']' || c == '}' || c == ';' || c == ',' || c == '"' || c == '\'' || c == '>')
      break;
  }
  return QByteArrayView(b, p - b);
}

/// The Call-ID a log line names: "call-id 1-2@h", "Call-ID: x", "callid=x",
/// "(callid: x)", or "call 1-2@h" (a token with '@').
QByteArrayView callIdIn(const char *begin, const char *end) {
  for (const char *p = begin; p + 4 < end; ++p) {
    if (lower(*p) != 'c' || (p > begin && isAlnum(p[-1])) || !equalsNoCase(p, end, "call", 4))
      continue;
    const char *q = p + 4;
    const bool named = (q < end && (*q == '-' || *q == '_') && equalsNoCase(q + 1, end, "id", 2)) ||
                       equalsNoCase(q, end, "id", 2);
    if (named) {
      q += (*q == 'i' || *q == 'I') ? 2 : 3;
      if (q < end && isAlnum(*q))
        continue;
      q = skipSpace(q, end);
      if (q < end && (*q == ':' || *q == '='))
        ++q;
      const QByteArrayView id = tokenAfter(q, end);
      if (id.size() >= 3)
        return id;
      continue;
    }
    if (q < end && *q == ' ') {
      const QByteArrayView id = tokenAfter(q, end);
      if (id.size() >= 3 && id.contains('@'))
        return id;
    }
  }
  return {};
}

} // namespace

double TraceScanner::parseTime(const char *begin, const char *end, int yearIfNone) {
  const char *p = begin;
  while (p < end && (isSpace(*p) || *p == '[' || *p == '-'))
    ++p;
  if (end - p < 8)
    return -1;
  if (isDigit(*p)) {
    // 2026-11-25 12:00:01.104512, 2026/11/25 12:00:01, 2026-11-25T12:00:01Z
    const int y = digits(p, end, 4);
    if (y < 1970 || end - p < 19 || (p[4] != '-' && p[4] != '/') || p[7] != p[4])
      return -1;
    const int mo = digits(p + 5, end, 2);
    const int d = digits(p + 8, end, 2);
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
      return -1;
    const char *q = p + 10;
    if (q < end && (*q == 'T' || isSpace(*q)))
      ++q;
    q = skipSpace(q, end);
    const double t = timeOfDay(q, end);
    return t < 0 ? -1 : double(daysFromCivil(y, unsigned(mo), unsigned(d))) * 86400 + t;
  }
  // Nov 25 12:00:01 (syslog), Nov 25, 2026 12:00:01 (tshark's arrival time)
  int month = -1;
  for (int i = 0; i < 12; ++i)
    if (equalsNoCase(p, end, kMonths[i], 3))
      month = i + 1;
  if (month < 0 || !isSpace(p[3]))
    return -1;
  const char *q = skipSpace(p + 4, end);
  int d = 0;
  while (q < end && isDigit(*q) && d < 100)
    d = d * 10 + (*q++ - '0');
  if (d < 1 || d > 31)
    return -1;
  int y = yearIfNone;
  if (q < end && *q == ',') {
    q = skipSpace(q + 1, end);
    y = digits(q, end, 4);
    if (y < 1970)
      return -1;
    q += 4;
  }
  q = skipSpace(q, end);
  const double t = timeOfDay(q, end);
  return t < 0 ? -1 : double(daysFromCivil(y, unsigned(month), unsigned(d))) * 86400 + t;
}

QString TraceScanner::internRecent(std::array<Cached, 2> &cache, const char *begin, const char *end) {
  // Values repeat from one message to the next of a call, or alternate
  // (a request's URI and its ACK's): keep the last two.
  const QByteArrayView bytes(begin, end - begin);
  if (QByteArrayView(cache[0].bytes) == bytes)
    return cache[0].text;
  if (QByteArrayView(cache[1].bytes) == bytes)
    std::swap(cache[0], cache[1]);
  else
    cache[1] = std::exchange(cache[0], Cached{bytes.toByteArray(), QString::fromUtf8(bytes)});
  return cache[0].text;
}

void TraceScanner::scanOther(const char *begin, const char *end) {
  if (begin == end)
    return;
  // A capture's header line (sngrep's "time A -> B") is no log text.
  if (scanContext(begin, end) && !m_contextSource.isEmpty())
    return;
  scanMentions(begin, end);
}

bool TraceScanner::scanContext(const char *begin, const char *end) {
  const char *text = skipSpace(begin, end);
  if (end - text < 8)
    return false;
  const char c = *text;
  // tshark: "Epoch Time: 1764072001.104512000 seconds", then the IP and
  // transport lines at column 0.
  if (c == 'E' && equalsNoCase(text, end, "epoch time:", 11)) {
    const char *p = skipSpace(text + 11, end);
    double t = 0;
    bool any = false;
    for (; p < end && isDigit(*p); ++p, any = true)
      t = t * 10 + (*p - '0');
    if (p < end && *p == '.')
      for (double scale = 0.1; ++p < end && isDigit(*p); scale /= 10)
        t += (*p - '0') * scale;
    if (!any)
      return false;
    m_contextTime = t;
    m_contextLine = m_line;
    m_contextReach = 80;
    return true;
  }
  if (c == 'F' && equalsNoCase(text, end, "frame ", 6) && text == begin) {
    m_contextLine = -1; // the next frame: forget the last one's
    m_contextSource.clear();
    m_contextDestination.clear();
    m_contextTime = -1;
    return false;
  }
  if (c == 'I' && text == begin && equalsNoCase(text, end, "internet protocol version ", 26)) {
    // "Internet Protocol Version 4, Src: 192.0.2.80, Dst: 198.51.100.9"
    auto field = [&](const char *name, qsizetype n) -> QByteArray {
      for (const char *p = text; p + n < end; ++p)
        if (equalsNoCase(p, end, name, n)) {
          const QByteArrayView v = tokenAfter(p + n, end);
          return v.toByteArray();
        }
      return {};
    };
    m_addressSource = field("src:", 4);
    m_addressDestination = field("dst:", 4);
    m_addressLine = m_line;
    return true;
  }
  if ((c == 'U' || c == 'T') && text == begin && m_addressLine >= 0 && m_line - m_addressLine <= 60) {
    // "User Datagram Protocol, Src Port: 5060, Dst Port: 5060"
    const bool udp = equalsNoCase(text, end, "user datagram protocol,", 23);
    const bool tcp = !udp && equalsNoCase(text, end, "transmission control protocol,", 30);
    if (!udp && !tcp)
      return false;
    QByteArray ports[2];
    const char *names[2] = {"src port:", "dst port:"};
    for (int i = 0; i < 2; ++i)
      for (const char *p = text; p + 9 < end; ++p)
        if (equalsNoCase(p, end, names[i], 9)) {
          ports[i] = tokenAfter(p + 9, end).toByteArray();
          break;
        }
    auto address = [](const QByteArray &host, const QByteArray &port) {
      const QByteArray h = host.contains(':') ? '[' + host + ']' : host;
      return QString::fromLatin1(port.isEmpty() ? h : h + ':' + port);
    };
    m_contextSource = address(m_addressSource, ports[0]);
    m_contextDestination = address(m_addressDestination, ports[1]);
    if (m_contextLine < 0) {
      m_contextTime = -1;
    }
    m_contextLine = m_line;
    m_contextReach = 80;
    m_addressLine = -1;
    return true;
  }
  if (!isDigit(c) && c != '[' && c != '-' && !(c >= 'A' && c <= 'Z'))
    return false; // time stamps start with a digit, a bracket, dashes or a month's capital
  const double t = parseTime(text, end, m_year);
  if (t < 0)
    return false;
  m_contextTime = t;
  m_contextLine = m_line;
  m_contextReach = 3;
  m_contextSource.clear();
  m_contextDestination.clear();
  // sngrep: "2026/11/25 12:00:01.104512 192.0.2.10:5060 -> 192.0.2.20:5060"
  const char *arrow = nullptr;
  for (const char *p = text; p + 4 <= end; ++p)
    if (p[0] == ' ' && p[1] == '-' && p[2] == '>' && p[3] == ' ') {
      arrow = p;
      break;
    }
  if (arrow) {
    const char *a = arrow;
    while (a > text && !isSpace(a[-1]))
      --a;
    const QByteArrayView to = tokenAfter(arrow + 4, end);
    if (arrow > a && !to.isEmpty()) {
      m_contextSource = internRecent(m_recentValues[6], a, arrow);
      m_contextDestination = internRecent(m_recentValues[7], to.data(), to.data() + to.size());
    }
  }
  return true;
}

bool TraceScanner::addCauseMention(const char *&q, const char *end) {
  const qint64 cause = readNumber(q, end, 4);
  if (cause < 0 || cause > 127 || (q < end && isAlnum(*q)))
    return false;
  TraceMention m;
  m.kind = TraceMention::Kind::Q850Cause;
  m.line = m_line;
  m.code = int(cause);
  m_mentions.append(std::move(m));
  return true;
}

void TraceScanner::scanMentions(const char *begin, const char *end) {
  const qsizetype before = m_mentions.size();
  for (const char *p = begin; p < end; ++p) {
    const unsigned char k = cls(*p);
    if (!(k & (Digit | Alpha)))
      continue;
    const char prev = p > begin ? p[-1] : ' ';
    if (isAlnum(prev) || prev == '_') {
      continue; // inside a word or number
    }
    if (k & Digit) {
      // A status code: three digits on their own, then a phrase that starts
      // with a capital or a quote ("486 Busy Here", `486 "Busy Here"`).
      if (prev == '.' || prev == ':' || prev == '/' || prev == '-' || prev == '+' || prev == '#')
        continue; // part of an address, a time, a path or a version
      const char *q = p;
      while (q < end && isDigit(*q))
        ++q;
      if (q - p != 3 || *p < '1' || *p > '6') {
        p = q - 1;
        continue;
      }
      const int code = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
      const char *w = q;
      if (w >= end || !isSpace(*w)) {
        p = q - 1;
        continue;
      }
      w = skipSpace(w, end);
      const bool quoted = w < end && *w == '"';
      if (quoted)
        ++w;
      if (w >= end || *w < 'A' || *w > 'Z') {
        p = q - 1;
        continue;
      }
      // The words: letters, digits, spaces, '-' and '\'' up to 48 bytes.
      const char *e = w;
      while (e < end && e - w < 48 && (isAlnum(*e) || *e == ' ' || *e == '-' || *e == '\''))
        ++e;
      e = trimEnd(w, e);
      TraceMention m;
      m.kind = TraceMention::Kind::SipStatus;
      m.line = m_line;
      m.code = code;
      m.words = intern(m_words, w, e);
      m_mentions.append(std::move(m));
      p = e > p ? e - 1 : p;
      continue;
    }
    // Q.850;cause=17
    if ((*p == 'Q' || *p == 'q') && end - p >= 12 && p[1] == '.' && p[2] == '8' && p[3] == '5' &&
        p[4] == '0') {
      const char *q = skipSpace(p + 5, end);
      if (q < end && *q == ';') {
        q = skipSpace(q + 1, end);
        if (equalsNoCase(q, end, "cause=", 6)) {
          q += 6;
          addCauseMention(q, end);
          p = q - 1;
          continue;
        }
      }
    }
    // hangupcause=17, hangup_cause: 17, HANGUPCAUSE=17
    if ((*p == 'h' || *p == 'H') && end - p >= 12) {
      const char *q = p + 6;
      if (equalsNoCase(p, end, "hangup", 6)) {
        if (q < end && (*q == '_' || *q == '-'))
          ++q;
        if (equalsNoCase(q, end, "cause", 5)) {
          q = skipSpace(q + 5, end);
          if (q < end && (*q == '=' || *q == ':')) {
            q = skipSpace(q + 1, end);
            if (addCauseMention(q, end)) {
              p = q - 1;
              continue;
            }
          }
        }
      }
    }
    // A vendor's cause name: a run of capitals, digits and '_' with a '_'
    // in it (USER_BUSY, AST_CAUSE_NORMAL_CLEARING) or INTERWORKING.
    if (*p >= 'A' && *p <= 'Z') {
      const char *q = p;
      bool underscore = false;
      while (q < end && ((*q >= 'A' && *q <= 'Z') || isDigit(*q) || *q == '_')) {
        underscore |= *q == '_';
        ++q;
      }
      const bool bounded = q == end || !(isAlnum(*q));
      if (bounded && (underscore || q - p == 12) && q - p >= 6) {
        const VendorCause v = vendorCause(QByteArrayView(p, q - p));
        if (v.cause >= 0) {
          TraceMention m;
          m.kind = TraceMention::Kind::Q850Cause;
          m.line = m_line;
          m.code = v.cause;
          m.name = intern(m_words, p, q);
          m.vendor = QString::fromLatin1(v.vendor);
          m_mentions.append(std::move(m));
        }
      }
      p = q - 1;
      continue;
    }
    // Skip the rest of this word.
    while (p + 1 < end && (isAlnum(p[1]) || p[1] == '_'))
      ++p;
  }
  if (m_mentions.size() > before) {
    const QByteArrayView id = callIdIn(begin, end);
    if (!id.isEmpty()) {
      const QString callId = internCallId(id.data(), id.data() + qMin<qsizetype>(id.size(), kMaxFieldLength));
      for (qsizetype i = before; i < m_mentions.size(); ++i)
        m_mentions[i].callId = callId;
    }
  }
}

} // namespace sipref
