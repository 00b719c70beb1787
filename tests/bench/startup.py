#!/usr/bin/env python3
"""Startup time and peak memory of SipRef next to a bare Qt Widgets window.

Time is from process start (just before exec) to the first paint of the
window with results shown; both programs print a marker line at that moment
with their peak resident memory (VmHWM), then quit. Runs under Xvfb.

    python3 tests/bench/startup.py [build-dir] [runs]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build/default"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
programs = {
    "bare Qt window": [os.path.join(build, "tests/bench/bare_window")],
    "SipRef": [os.path.join(build, "app/sipref")],
}

xvfb = None
env = dict(os.environ)
if not env.get("DISPLAY"):
    display = ":%d" % (90 + os.getpid() % 9)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env["DISPLAY"] = display
env["SIPREF_BENCH_STARTUP"] = "1"
env.pop("QT_QPA_PLATFORM", None)


def once(cmd):
    home = tempfile.mkdtemp(prefix="sipref-bench-")
    # HOME too: the single-instance socket is per home directory, and a SipRef
    # already running would otherwise take the arguments and end the run at once.
    e = dict(env, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_RUNTIME_DIR=home)
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=e, text=True)
    line = p.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000.0
    p.wait(timeout=30)
    shutil.rmtree(home, ignore_errors=True)
    if not line.startswith("painted"):
        sys.exit("%s did not report its first paint" % cmd[0])
    return elapsed, int(line.split("peak_kb=")[1])


try:
    results = {}
    for name, cmd in programs.items():
        once(cmd)  # warm the page cache
    for name in programs:
        results[name] = ([], [])
    for _ in range(runs):  # interleaved, so load changes hit both alike
        for name, cmd in programs.items():
            ms, kb = once(cmd)
            results[name][0].append(ms)
            results[name][1].append(kb)
    print("Startup to first painted window with results (%d runs each)" % runs)
    for name, (ms, kb) in results.items():
        print("  %-16s median %7.1f ms   max %7.1f ms   peak RSS %6.1f MB"
              % (name, statistics.median(ms), max(ms), max(kb) / 1024.0))
    bare, app = results["bare Qt window"], results["SipRef"]
    ratio = statistics.median(app[0]) / statistics.median(bare[0])
    extra = (max(app[1]) - max(bare[1])) / 1024.0
    print("  startup ratio SipRef / bare: %.2fx (target <= 1.5x) -> %s" % (ratio, "MET" if ratio <= 1.5 else "NOT MET"))
    print("  extra memory: %.1f MB (target <= 25 MB) -> %s" % (extra, "MET" if extra <= 25 else "NOT MET"))
finally:
    if xvfb:
        xvfb.terminate()
