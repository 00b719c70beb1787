// The baseline for the startup and memory benchmarks: a bare Qt Widgets
// window with a list, built and linked like SipRef, that prints the same
// marker on its first paint and quits.

#include "StartupMarker.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class Viewport final : public QObject {
public:
  using QObject::QObject;
  bool eventFilter(QObject *watched, QEvent *event) override {
    if (event->type() == QEvent::Paint && !m_done) {
      m_done = true;
      QTimer::singleShot(0, &sipref::bench::reportPaintedAndQuit);
    }
    return QObject::eventFilter(watched, event);
  }

private:
  bool m_done = false;
};

} // namespace

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  QMainWindow window;
  auto *list = new QListWidget(&window);
  list->addItems({"one", "two", "three"});
  Viewport filter;
  list->viewport()->installEventFilter(&filter);
  window.setCentralWidget(list);
  window.resize(1180, 760);
  window.show();
  return app.exec();
}
