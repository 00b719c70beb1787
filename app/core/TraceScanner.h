#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace sipref {

/// One value of a Reason header (RFC 3326): `Q.850;cause=17;text="User busy"`.
struct TraceReason {
  enum class Protocol { Sip, Q850, Other };
  Protocol protocol = Protocol::Other;
  QString protocolName; ///< as sent: "SIP", "Q.850", "X.int"...
  int cause = -1;       ///< -1 when the value has no usable cause parameter
  QString text;         ///< the text parameter, unquoted; empty when absent
};

/// One value of a Warning header (RFC 3261 §20.43): `399 sbc.example.com "Codec mismatch"`.
struct TraceWarning {
  int code = -1; ///< the three-digit warn-code; -1 when it was not a number
  QString agent;
  QString text; ///< unquoted
};

/// A SIP request or response found in a trace.
struct TraceMessage {
  enum class Kind { Request, Response };
  Kind kind = Kind::Request;
  qint64 line = 0;      ///< 1-based line of the request or status line
  QString method;       ///< Request: the method as sent
  int statusCode = -1;  ///< Response: 100-699
  QString reasonPhrase; ///< Response: the phrase as sent (may be empty)
  QString callId;       ///< empty when the message had no Call-ID (truncated trace)
  qint64 cseq = -1;     ///< CSeq number; -1 when absent
  QString cseqMethod;   ///< CSeq method; empty when absent
  QList<TraceReason> reasons;
  QList<TraceWarning> warnings;

  // Where and when the message was seen. A capture fills all of these; text
  // input leaves them empty unless a reader can tell them from the log line.
  double time = -1;    ///< seconds since the Unix epoch (fraction for sub-second); -1 when unknown
  qint64 frame = 0;    ///< 1-based capture frame number; 0 for text input
  QString source;      ///< "address:port" of the sender ("[v6]:port" for IPv6); empty when unknown
  QString destination; ///< "address:port" of the receiver; empty when unknown
  QString transport;   ///< "UDP", "TCP"...; empty when unknown

  // --- who took part (call flows) ---------------------------------
  // Headers as sent, for the ladder's participants and the diagnosis; empty
  // when absent. Long values are cut to 512 bytes.
  QString requestUri;    ///< Request: the Request-URI
  QString from;          ///< the From value ("Alice" <sip:a@x>;tag=1)
  QString to;            ///< the To value
  QString via;           ///< the topmost Via's sent-by (host or host:port)
  QString contact;       ///< the first Contact value
  QString userAgent;     ///< User-Agent, or for a response Server
  QString authorization; ///< Authorization or Proxy-Authorization, when the request carries credentials

  bool isRequest() const { return kind == Kind::Request; }
  bool isResponse() const { return kind == Kind::Response; }
  bool isFinalResponse() const { return kind == Kind::Response && statusCode >= 200; }
};

} // namespace sipref

// Lists of these grow to hundreds of thousands in a large trace; they hold
// only implicitly shared Qt values, so they can be moved in memory as bytes.
Q_DECLARE_TYPEINFO(sipref::TraceReason, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sipref::TraceWarning, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(sipref::TraceMessage, Q_RELOCATABLE_TYPE);

namespace sipref {

/// A code named in a log line that is not a whole SIP message ("reply 486 Busy
/// Here from 127.0.0.1:5080", `Q.850;cause=17`, `hangupcause=17`, USER_BUSY).
/// The scanner reports candidates; whether "486 Busy Here" is a status line
/// (its words are the code's registered or a known other phrase) is decided
/// by the layer that knows the codes (TraceExplainer::mentions()).
struct TraceMention {
  enum class Kind { SipStatus, Q850Cause };
  Kind kind = Kind::SipStatus;
  qint64 line = 0;
  int code = -1;   ///< the SIP status code or the Q.850 cause value
  QString words;   ///< SipStatus: the words after the code, up to the end of the phrase-like run
  QString name;    ///< Q850Cause from a vendor name: the name as written (USER_BUSY, AST_CAUSE_BUSY)
  QString vendor;  ///< "FreeSWITCH", "Asterisk", or both, for a vendor name; empty otherwise
  QString callId;  ///< the Call-ID the line names ("call-id 1-2@h", "callid: x"); empty when none
};

} // namespace sipref

Q_DECLARE_TYPEINFO(sipref::TraceMention, Q_RELOCATABLE_TYPE);

namespace sipref {

/// Finds SIP requests and responses in text an engineer has at hand.
///
/// The scanner is fed the input in pieces of any size (feed(), then finish())
/// and keeps only the line it is in the middle of, so a file of any size is
/// scanned in constant memory apart from the messages it finds. Results do not
/// depend on how the input is cut into pieces.
///
/// It reads, without being told which:
///   - raw SIP, and everything that embeds it unchanged: sngrep text exports,
///     sipp -trace_msg logs, Asterisk (chan_sip and pjsip loggers), FreeSWITCH
///     siptrace (indented lines between dashes);
///   - logs where every SIP line carries a prefix (timestamps, levels, process
///     and thread ids: journald, docker -t, syslog), recognised from the start
///     line's prefix;
///   - logs that escape a whole message into one line (rsyslog `#015#012`,
///     JSON `\r\n`);
///   - tshark -V and tshark -O sip ("Request-Line:", "Status-Line:", headers
///     indented under "Message Header").
///
/// For each message it reports the start line, Call-ID (also `i:`), CSeq, and
/// every Reason and Warning value. Header names are matched in any letter
/// case; folded headers are unfolded; CRLF and LF may be mixed; binary junk
/// and truncated messages are skipped over. A status line inside a
/// message/sipfrag body is not taken for a response.
///
/// The scanner knows nothing about which codes exist: that is for the layer
/// that presents the results (see TraceSummary.h).
class TraceScanner final {
  Q_DISABLE_COPY_MOVE(TraceScanner)

public:
  /// Lines longer than this are cut to this length (the rest of the line is
  /// skipped), so binary junk without newlines cannot grow the memory used.
  static constexpr qsizetype MaxLineLength = 64 * 1024;

  /// Seconds since the Unix epoch of a time stamp at the start of [begin,
  /// end) (after spaces, '[' and dashes): "2026-11-25 12:00:01.104",
  /// "2026/11/25 12:00:01", "Nov 25 12:00:01" (in `yearIfNone`). Read as UTC:
  /// only differences and the time of day matter. -1 when there is none.
  static double parseTime(const char *begin, const char *end, int yearIfNone);

  TraceScanner();
  ~TraceScanner();

  /// Scans the next piece of the input.
  void feed(QByteArrayView data);
  /// Ends the input: the last line and the last message are completed.
  void finish();
  /// Forgets everything, ready for a new input.
  void reset();
  /// Reads one message already framed by its transport (a datagram, or a
  /// TCP stream cut by Content-Length): its start line and header section,
  /// without the log prefixes, escapes and context lines the line scanner
  /// looks for. The same header parser as feed(); the message (none when
  /// the bytes do not begin with a start line) goes to the messages taken
  /// next. Not for use in the middle of a fed text.
  void scanMessage(QByteArrayView headers);
  /// Moves the messages completed so far to the end of `out`.
  void moveMessagesTo(QList<TraceMessage> &out);

  /// The messages completed since the last call, in input order.
  QList<TraceMessage> takeMessages();
  bool hasMessages() const { return !m_done.isEmpty(); }
  /// The codes named in log lines since the last call, in input order.
  QList<TraceMention> takeMentions();

  qint64 bytesScanned() const { return m_bytes; }
  qint64 linesScanned() const { return m_line; }

private:
  /// Idle: between messages, looking for a start line. Headers: in a
  /// message's headers. Body: in a message/sipfrag body, whose status line is
  /// not a response. TsharkBody: in tshark's tree of a body, until column 0.
  enum class State { Idle, Headers, Body, TsharkBody };
  enum class Style { Raw, Tshark };
  enum class HeaderId {
    Other, CallId, CSeq, Reason, Warning, ContentLength, ContentType,
    From, To, Via, Contact, UserAgent, Server, Authorization
  };

  /// Where a request or status line's parts are, within the line.
  struct StartLine {
    TraceMessage::Kind kind = TraceMessage::Kind::Request;
    int statusCode = -1;
    const char *text = nullptr; ///< the method, or the reason phrase
    const char *textEnd = nullptr;
    const char *content = nullptr; ///< where the SIP text begins
    const char *uri = nullptr;     ///< a request's Request-URI
    const char *uriEnd = nullptr;
  };

  struct Cached {
    QByteArray bytes;
    QString text;
  };

  void scanLine(const char *begin, const char *end);
  void scanUnescaped(const char *begin, const char *end);
  void scanBody(const char *begin, const char *end);
  void scanHeaderLine(const char *begin, const char *end);
  void scanTsharkLine(const char *begin, const char *end);
  static bool parseStartLine(const char *begin, const char *end, StartLine &line);
  bool startMessage(const char *begin, const char *end);
  void learnPrefix(const char *begin, const char *content);
  static HeaderId headerId(const char *name, const char *nameEnd);
  bool handleHeaderAt(const char *pos, const char *end, bool mayFold);
  void applyPendingHeader();
  void closeMessage();
  void endHeaders();
  QString intern(std::vector<Cached> &table, const char *begin, const char *end);
  QString internCallId(const char *begin, const char *end);
  QString internText(const char *begin, const char *end);
  // time and addresses from the lines around a message, mentions.
  void scanOther(const char *begin, const char *end);
  bool scanContext(const char *begin, const char *end);
  void scanMentions(const char *begin, const char *end);
  /// Reads a Q.850 cause value at `q` (moved past its digits); true when it
  /// is one (0-127, not followed by a letter or digit) and was added.
  bool addCauseMention(const char *&q, const char *end);
  QString internRecent(std::array<Cached, 2> &cache, const char *begin, const char *end);

  // The line being assembled across pieces.
  QByteArray m_carry;
  qint64 m_line = 0;
  qint64 m_bytes = 0;

  // The message being read.
  State m_state = State::Idle;
  Style m_style = Style::Raw;
  TraceMessage m_current;
  int m_indent = 0;        ///< leading whitespace of the start line
  int m_contentColumn = 0; ///< where the start line's prefix ends (its SIP text when unprefixed)
  int m_prefixGap = 0;     ///< the spaces between that prefix and the SIP text
  QByteArray m_prefix;     ///< the shape of the start line's first bytes, when it has a prefix
  QByteArray m_prefixTail; ///< the end of that prefix, looked for in the following lines
  qint64 m_contentLength = -1;
  bool m_sipfrag = false;
  qint64 m_bodyLeft = 0;
  HeaderId m_pending = HeaderId::Other;
  std::string m_pendingValue;
  /// In a framed message (scanMessage()), the pending value where it is, not copied.
  const char *m_pendingView = nullptr;
  const char *m_pendingViewEnd = nullptr;
  bool m_framed = false;

  QList<TraceMessage> m_done;

  std::vector<Cached> m_methods;
  std::vector<Cached> m_phrases;
  std::vector<Cached> m_words; ///< Reason protocols and texts, Warning agents and texts
  Cached m_lastCallId;

  QList<TraceMention> m_mentions;
  std::array<std::array<Cached, 2>, 8> m_recentValues; ///< From, To, Via, Contact, agent, URI, source, destination
  qint64 m_contextLine = -1; ///< the line the time or addresses below were read from
  double m_contextTime = -1;
  QString m_contextSource;
  QString m_contextDestination;
  int m_contextReach = 3;    ///< how many lines later a start line may take that context
  qint64 m_addressLine = -1; ///< tshark: the IP line, whose ports follow on the next
  QByteArray m_addressSource, m_addressDestination;
  int m_year = 1970; ///< for time stamps without a year (syslog): this year
  qint64 m_rawLineLength = 0;  ///< the current line's bytes, its line end included
  qint64 m_plainBodyLeft = 0;  ///< bytes of a raw message body still to come
};

} // namespace sipref
