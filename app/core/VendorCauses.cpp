#include "VendorCauses.h"

#include <cstring>

namespace sipref {

namespace {

// Which vendor writes a name. A name both write for the same value is listed
// once; PRE_EMPTED is FreeSWITCH's 45 but Asterisk's 8, so it is there twice.
enum Vendors : unsigned { kFreeSwitch = 1, kAsterisk = 2, kBoth = kFreeSwitch | kAsterisk };

struct Name {
  const char *name;
  int cause;
  unsigned vendors;
};

// FreeSWITCH: CAUSE_CHART in src/switch_channel.c with the values of
// switch_call_cause_t in src/include/switch_types.h (those above 127 are
// FreeSWITCH's own and left out). Asterisk: include/asterisk/causes.h, the
// names after "AST_CAUSE_", aliases included (AST_CAUSE_BUSY is
// AST_CAUSE_USER_BUSY).
constexpr Name kNames[] = {
    {"UNALLOCATED_NUMBER", 1, kFreeSwitch},
    {"UNALLOCATED", 1, kAsterisk},
    {"NO_ROUTE_TRANSIT_NET", 2, kBoth},
    {"NO_ROUTE_DESTINATION", 3, kBoth},
    {"MISDIALLED_TRUNK_PREFIX", 5, kAsterisk},
    {"CHANNEL_UNACCEPTABLE", 6, kBoth},
    {"CALL_AWARDED_DELIVERED", 7, kBoth},
    {"PRE_EMPTED", 8, kAsterisk},
    {"NUMBER_PORTED_NOT_HERE", 14, kAsterisk},
    {"NORMAL_CLEARING", 16, kBoth},
    {"USER_BUSY", 17, kBoth},
    {"NO_USER_RESPONSE", 18, kBoth},
    {"NO_ANSWER", 19, kBoth},
    {"SUBSCRIBER_ABSENT", 20, kBoth},
    {"CALL_REJECTED", 21, kBoth},
    {"NUMBER_CHANGED", 22, kBoth},
    {"REDIRECTION_TO_NEW_DESTINATION", 23, kFreeSwitch},
    {"REDIRECTED_TO_NEW_DESTINATION", 23, kAsterisk},
    {"EXCHANGE_ROUTING_ERROR", 25, kFreeSwitch},
    {"ANSWERED_ELSEWHERE", 26, kAsterisk},
    {"DESTINATION_OUT_OF_ORDER", 27, kBoth},
    {"INVALID_NUMBER_FORMAT", 28, kBoth},
    {"FACILITY_REJECTED", 29, kBoth},
    {"RESPONSE_TO_STATUS_ENQUIRY", 30, kBoth},
    {"NORMAL_UNSPECIFIED", 31, kBoth},
    {"NORMAL_CIRCUIT_CONGESTION", 34, kBoth},
    {"NETWORK_OUT_OF_ORDER", 38, kBoth},
    {"NORMAL_TEMPORARY_FAILURE", 41, kBoth},
    {"SWITCH_CONGESTION", 42, kBoth},
    {"ACCESS_INFO_DISCARDED", 43, kBoth},
    {"REQUESTED_CHAN_UNAVAIL", 44, kBoth},
    {"PRE_EMPTED", 45, kFreeSwitch},
    {"FACILITY_NOT_SUBSCRIBED", 50, kBoth},
    {"OUTGOING_CALL_BARRED", 52, kBoth},
    {"INCOMING_CALL_BARRED", 54, kBoth},
    {"BEARERCAPABILITY_NOTAUTH", 57, kBoth},
    {"BEARERCAPABILITY_NOTAVAIL", 58, kBoth},
    {"SERVICE_UNAVAILABLE", 63, kFreeSwitch},
    {"BEARERCAPABILITY_NOTIMPL", 65, kBoth},
    {"CHAN_NOT_IMPLEMENTED", 66, kBoth},
    {"FACILITY_NOT_IMPLEMENTED", 69, kBoth},
    {"SERVICE_NOT_IMPLEMENTED", 79, kFreeSwitch},
    {"INVALID_CALL_REFERENCE", 81, kBoth},
    {"INCOMPATIBLE_DESTINATION", 88, kBoth},
    {"INVALID_MSG_UNSPECIFIED", 95, kBoth},
    {"MANDATORY_IE_MISSING", 96, kBoth},
    {"MESSAGE_TYPE_NONEXIST", 97, kBoth},
    {"WRONG_MESSAGE", 98, kBoth},
    {"IE_NONEXIST", 99, kBoth},
    {"INVALID_IE_CONTENTS", 100, kBoth},
    {"WRONG_CALL_STATE", 101, kBoth},
    {"RECOVERY_ON_TIMER_EXPIRE", 102, kBoth},
    {"MANDATORY_IE_LENGTH_ERROR", 103, kBoth},
    {"PROTOCOL_ERROR", 111, kBoth},
    {"INTERWORKING", 127, kBoth},
    // Asterisk's aliases of the names above.
    {"BUSY", 17, kAsterisk},
    {"FAILURE", 38, kAsterisk},
    {"NORMAL", 16, kAsterisk},
    {"NOANSWER", 19, kAsterisk},
    {"CONGESTION", 34, kAsterisk},
    {"UNREGISTERED", 20, kAsterisk},
    {"NOSUCHDRIVER", 66, kAsterisk},
};

/// The entry for a name as `vendor` writes it; nullptr when it has none.
const Name *find(unsigned vendor, QByteArrayView name) {
  for (const Name &n : kNames)
    if ((n.vendors & vendor) && qsizetype(std::strlen(n.name)) == name.size() &&
        std::memcmp(n.name, name.data(), size_t(name.size())) == 0)
      return &n;
  return nullptr;
}

} // namespace

VendorCause vendorCause(QByteArrayView name) {
  constexpr QByteArrayView prefix("AST_CAUSE_");
  if (name.startsWith(prefix)) {
    const Name *n = find(kAsterisk, name.sliced(prefix.size()));
    return n ? VendorCause{n->cause, "Asterisk"} : VendorCause{};
  }
  // A bare name: FreeSWITCH writes its names so in logs; Asterisk's bare
  // aliases (BUSY, NORMAL) are ordinary words and are not taken alone.
  const Name *n = find(kFreeSwitch, name);
  if (!n)
    return {};
  return VendorCause{n->cause, n->vendors == kBoth ? "FreeSWITCH, Asterisk" : "FreeSWITCH"};
}

} // namespace sipref
