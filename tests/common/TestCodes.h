#pragma once

// The codes the unit tests keep coming back to, named once.

#include "core/Registry.h"

namespace sipref::test {

inline const EntryRef k486{Registry::Sip, 486};            ///< 486 Busy Here
inline const EntryRef k600{Registry::Sip, 600};            ///< 600 Busy Everywhere
inline const EntryRef kCause17{Registry::Q850, 17};        ///< Q.850 cause 17 User busy
inline const EntryRef kWarning399{Registry::Warning, 399}; ///< Warning 399 Miscellaneous warning

} // namespace sipref::test
