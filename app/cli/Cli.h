#pragma once

#include <QStringList>

namespace sipref::cli {

/// True when the arguments ask for terminal output rather than the window.
bool wantsCli(const QStringList &arguments);

/// Runs the command line: --lookup, --explain, --compare, --help, --version.
/// Returns the exit status: 0 something found, 1 nothing found, 2 bad usage
/// or unreadable content. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace sipref::cli
