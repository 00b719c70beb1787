#include "Entry.h"

#include <algorithm>

namespace sipref {

QString DocRef::url() const {
  if (doc.startsWith(u"RFC ")) {
    const QString number = doc.mid(4).trimmed();
    QString u = QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(number);
    if (!section.isEmpty())
      u += QStringLiteral("#section-") + section;
    return u;
  }
  if (doc.startsWith(u"ITU-T Q."))
    return QStringLiteral("https://www.itu.int/rec/T-REC-Q.%1").arg(doc.mid(8));
  return {};
}

QString DocRef::label() const {
  return section.isEmpty() ? doc : doc + QStringLiteral(" §") + section;
}

QString Entry::title(Language language) const {
  if (ref.registry == Registry::Sip)
    return phrase;
  const QString name = text(language).name;
  return name.isEmpty() ? phrase : name;
}

QList<std::pair<QString, QStringList>> Entry::vendorNamesByVendor(bool primary) const {
  QList<std::pair<QString, QStringList>> out;
  for (const VendorName &n : vendorNames) {
    if (n.primary != primary)
      continue;
    auto it = std::find_if(out.begin(), out.end(), [&n](const auto &g) { return g.first == n.vendor; });
    if (it == out.end())
      it = out.insert(out.end(), {n.vendor, {}});
    it->second << n.name;
  }
  return out;
}

} // namespace sipref
