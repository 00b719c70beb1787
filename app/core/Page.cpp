#include "Page.h"

namespace sipref {

namespace {

QString refPath(const EntryRef &ref) {
  return registryKey(ref.registry) + u'/' + QString::number(ref.code);
}

// Two path parts ("sip", "486") starting at `at`.
EntryRef refFromParts(const QStringList &parts, int at) {
  if (parts.size() < at + 2)
    return {};
  const auto registry = registryFromKey(parts.at(at));
  bool ok = false;
  const int code = parts.at(at + 1).toInt(&ok);
  return registry && ok && code >= 0 ? EntryRef{*registry, code} : EntryRef{};
}

} // namespace

bool Page::isValid() const {
  switch (kind) {
  case Kind::Entry:
    return first.isValid();
  case Kind::Comparison:
    return first.isValid() && second.isValid();
  case Kind::Mapping:
  case Kind::Trace:
  case Kind::Welcome:
    return true;
  }
  return false;
}

QString Page::link() const {
  switch (kind) {
  case Kind::Entry:
    return QStringLiteral("sipref:entry/") + refPath(first);
  case Kind::Comparison:
    return QStringLiteral("sipref:compare/") + refPath(first) + u'/' + refPath(second);
  case Kind::Mapping:
    return QStringLiteral("sipref:mapping");
  case Kind::Trace:
    return QStringLiteral("sipref:trace");
  case Kind::Welcome:
    return QStringLiteral("sipref:welcome");
  }
  return {};
}

std::optional<Page> Page::fromLink(const QUrl &url) {
  if (url.scheme() != u"sipref")
    return std::nullopt;
  const QStringList parts = url.path().split(u'/');
  const QString what = parts.value(0);
  Page page;
  if (what == u"entry" && parts.size() == 3)
    page = entry(refFromParts(parts, 1));
  else if (what == u"compare" && parts.size() == 5)
    page = comparison(refFromParts(parts, 1), refFromParts(parts, 3));
  else if (what == u"mapping" && parts.size() == 1)
    page = mapping();
  else if (what == u"trace" && parts.size() == 1)
    page = trace();
  else if (what == u"welcome" && parts.size() == 1)
    page = welcome();
  else
    return std::nullopt;
  return page.isValid() ? std::optional<Page>(page) : std::nullopt;
}

} // namespace sipref
