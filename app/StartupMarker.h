#pragma once

// The line tests/bench/startup.py waits for, printed by SipRef and by the
// benchmark's bare window alike so that both are timed to the same moment.
// Header-only: the bare window includes it without linking any of SipRef.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace sipref::bench {

/// Prints "painted peak_kb=N" (the peak resident memory so far) and quits.
inline void reportPaintedAndQuit() {
  QFile status(QStringLiteral("/proc/self/status"));
  QByteArray peak = "0";
  if (status.open(QIODevice::ReadOnly))
    for (const QByteArray &line : status.readAll().split('\n'))
      if (line.startsWith("VmHWM:"))
        peak = line.mid(6).trimmed().split(' ').value(0);
  std::printf("painted peak_kb=%s\n", peak.constData());
  std::fflush(stdout);
  QCoreApplication::quit();
}

} // namespace sipref::bench
