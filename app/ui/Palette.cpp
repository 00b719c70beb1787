#include "Palette.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <cmath>

namespace sipref {

namespace {

QColor mix(const QColor &a, const QColor &b, double weightOfA) {
  const double w = weightOfA;
  return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                          float(a.greenF() * w + b.greenF() * (1 - w)),
                          float(a.blueF() * w + b.blueF() * (1 - w)));
}

double luminance(const QColor &c) {
  auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

PageColors pageColorsFor(const QWidget *widget) {
  const QPalette &p = widget->palette();
  PageColors c;
  c.text = p.color(QPalette::Text).name();
  const QColor base = p.color(QPalette::Base);
  c.muted = mix(p.color(QPalette::Text), base, 2.0 / 3.0).name();
  c.link = p.color(QPalette::Link).name();
  c.base = base.name();
  c.alternate = p.color(QPalette::AlternateBase).name();
  c.border = p.color(QPalette::Mid).name();
  return c;
}

QPalette withReadablePlaceholders(QPalette palette) {
  // 3:1 is what WCAG asks of large text and of hints; below it, take a colour
  // between the text and the base, still clearly lighter than the text.
  constexpr double kMinimum = 3.0;
  for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    const QColor base = palette.color(group, QPalette::Base);
    // Qt's own default is the text colour at half opacity: judge what shows.
    const QColor placeholder = palette.color(group, QPalette::PlaceholderText);
    if (contrastRatio(mix(placeholder, base, placeholder.alphaF()), base) >= kMinimum)
      continue;
    const QColor text = palette.color(group, QPalette::Text);
    QColor hint = mix(text, base, 0.6);
    for (double w = 0.6; contrastRatio(hint, base) < kMinimum && w < 1.0; w += 0.05)
      hint = mix(text, base, w);
    palette.setColor(group, QPalette::PlaceholderText, hint);
  }
  return palette;
}

void keepPlaceholdersReadable(QApplication &app) {
  // Applied now and after every theme change (a palette change while running).
  class Watcher final : public QObject {
  public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
      if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        const QPalette current = QApplication::palette();
        const QPalette readable = withReadablePlaceholders(current);
        if (readable != current)
          QApplication::setPalette(readable);
      }
      return false;
    }
  };
  app.installEventFilter(new Watcher(&app));
  QApplication::setPalette(withReadablePlaceholders(QApplication::palette()));
}

} // namespace sipref
