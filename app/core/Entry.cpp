#include "Entry.h"

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

} // namespace sipref
