// libFuzzer target: Query::fromString on any text, checking the promises of
// Query.h: it never fails, and what it returns is well formed.

#include "core/Query.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using sipref::Query;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
  const Query q = Query::fromString(input);
  // The input is bounded to a few hundred characters.
  if (q.normalized.size() > 512)
    std::abort();
  switch (q.kind) {
  case Query::Kind::Empty:
    if (!q.terms.isEmpty())
      std::abort();
    break;
  case Query::Kind::Code:
    if (q.digits.isEmpty() || q.digits.size() > 3 || q.code() < 0)
      std::abort();
    for (QChar c : q.digits)
      if (c < u'0' || c > u'9')
        std::abort();
    break;
  case Query::Kind::Class:
    if (q.classDigit < 1 || q.classDigit > 6)
      std::abort();
    break;
  case Query::Kind::Text:
    if (q.terms.isEmpty() || q.terms.size() > 8)
      std::abort();
    for (const QString &t : q.terms)
      if (t.isEmpty())
        std::abort();
    break;
  }
  return 0;
}
