#pragma once

#include <QByteArrayView>
#include <QString>

namespace sipref {

/// The names FreeSWITCH and Asterisk give Q.850 cause values in their logs
/// (USER_BUSY, NORMAL_CLEARING, AST_CAUSE_USER_BUSY), and the value each
/// stands for. Only names that stand for a Q.850 value (0-127) are known.
///
/// Read from the vendors' source: signalwire/freeswitch src/switch_channel.c
/// (CAUSE_CHART, names) and src/include/switch_types.h (switch_call_cause_t,
/// values), commit cc93a683; asterisk/asterisk include/asterisk/causes.h
/// (#define AST_CAUSE_*), commit f0c1c1a7.
///
/// This is the one place the scanner looks names up; a fuller vendor
/// vocabulary for the content may replace it.
struct VendorCause {
  int cause = -1;          ///< the Q.850 value; -1 when the name is not known
  const char *vendor = ""; ///< "FreeSWITCH", "Asterisk" or "FreeSWITCH, Asterisk"
};

/// The cause a name stands for, in capitals as the vendors write it; an
/// "AST_CAUSE_" prefix names Asterisk's constant.
VendorCause vendorCause(QByteArrayView name);

} // namespace sipref
