#include "VendorCauses.h"

#include <cstring>

namespace sipref {

namespace {

struct Name {
  const char *name;
  int cause;
};

// FreeSWITCH: CAUSE_CHART in src/switch_channel.c with the values of
// switch_call_cause_t in src/include/switch_types.h (those above 127 are
// FreeSWITCH's own and left out).
constexpr Name kFreeSwitch[] = {
    {"UNALLOCATED_NUMBER", 1},
    {"NO_ROUTE_TRANSIT_NET", 2},
    {"NO_ROUTE_DESTINATION", 3},
    {"CHANNEL_UNACCEPTABLE", 6},
    {"CALL_AWARDED_DELIVERED", 7},
    {"NORMAL_CLEARING", 16},
    {"USER_BUSY", 17},
    {"NO_USER_RESPONSE", 18},
    {"NO_ANSWER", 19},
    {"SUBSCRIBER_ABSENT", 20},
    {"CALL_REJECTED", 21},
    {"NUMBER_CHANGED", 22},
    {"REDIRECTION_TO_NEW_DESTINATION", 23},
    {"EXCHANGE_ROUTING_ERROR", 25},
    {"DESTINATION_OUT_OF_ORDER", 27},
    {"INVALID_NUMBER_FORMAT", 28},
    {"FACILITY_REJECTED", 29},
    {"RESPONSE_TO_STATUS_ENQUIRY", 30},
    {"NORMAL_UNSPECIFIED", 31},
    {"NORMAL_CIRCUIT_CONGESTION", 34},
    {"NETWORK_OUT_OF_ORDER", 38},
    {"NORMAL_TEMPORARY_FAILURE", 41},
    {"SWITCH_CONGESTION", 42},
    {"ACCESS_INFO_DISCARDED", 43},
    {"REQUESTED_CHAN_UNAVAIL", 44},
    {"PRE_EMPTED", 45},
    {"FACILITY_NOT_SUBSCRIBED", 50},
    {"OUTGOING_CALL_BARRED", 52},
    {"INCOMING_CALL_BARRED", 54},
    {"BEARERCAPABILITY_NOTAUTH", 57},
    {"BEARERCAPABILITY_NOTAVAIL", 58},
    {"SERVICE_UNAVAILABLE", 63},
    {"BEARERCAPABILITY_NOTIMPL", 65},
    {"CHAN_NOT_IMPLEMENTED", 66},
    {"FACILITY_NOT_IMPLEMENTED", 69},
    {"SERVICE_NOT_IMPLEMENTED", 79},
    {"INVALID_CALL_REFERENCE", 81},
    {"INCOMPATIBLE_DESTINATION", 88},
    {"INVALID_MSG_UNSPECIFIED", 95},
    {"MANDATORY_IE_MISSING", 96},
    {"MESSAGE_TYPE_NONEXIST", 97},
    {"WRONG_MESSAGE", 98},
    {"IE_NONEXIST", 99},
    {"INVALID_IE_CONTENTS", 100},
    {"WRONG_CALL_STATE", 101},
    {"RECOVERY_ON_TIMER_EXPIRE", 102},
    {"MANDATORY_IE_LENGTH_ERROR", 103},
    {"PROTOCOL_ERROR", 111},
    {"INTERWORKING", 127},
};

// Asterisk: include/asterisk/causes.h, the names after "AST_CAUSE_",
// aliases included (AST_CAUSE_BUSY is AST_CAUSE_USER_BUSY).
constexpr Name kAsterisk[] = {
    {"UNALLOCATED", 1},
    {"NO_ROUTE_TRANSIT_NET", 2},
    {"NO_ROUTE_DESTINATION", 3},
    {"MISDIALLED_TRUNK_PREFIX", 5},
    {"CHANNEL_UNACCEPTABLE", 6},
    {"CALL_AWARDED_DELIVERED", 7},
    {"PRE_EMPTED", 8},
    {"NUMBER_PORTED_NOT_HERE", 14},
    {"NORMAL_CLEARING", 16},
    {"USER_BUSY", 17},
    {"NO_USER_RESPONSE", 18},
    {"NO_ANSWER", 19},
    {"SUBSCRIBER_ABSENT", 20},
    {"CALL_REJECTED", 21},
    {"NUMBER_CHANGED", 22},
    {"REDIRECTED_TO_NEW_DESTINATION", 23},
    {"ANSWERED_ELSEWHERE", 26},
    {"DESTINATION_OUT_OF_ORDER", 27},
    {"INVALID_NUMBER_FORMAT", 28},
    {"FACILITY_REJECTED", 29},
    {"RESPONSE_TO_STATUS_ENQUIRY", 30},
    {"NORMAL_UNSPECIFIED", 31},
    {"NORMAL_CIRCUIT_CONGESTION", 34},
    {"NETWORK_OUT_OF_ORDER", 38},
    {"NORMAL_TEMPORARY_FAILURE", 41},
    {"SWITCH_CONGESTION", 42},
    {"ACCESS_INFO_DISCARDED", 43},
    {"REQUESTED_CHAN_UNAVAIL", 44},
    {"FACILITY_NOT_SUBSCRIBED", 50},
    {"OUTGOING_CALL_BARRED", 52},
    {"INCOMING_CALL_BARRED", 54},
    {"BEARERCAPABILITY_NOTAUTH", 57},
    {"BEARERCAPABILITY_NOTAVAIL", 58},
    {"BEARERCAPABILITY_NOTIMPL", 65},
    {"CHAN_NOT_IMPLEMENTED", 66},
    {"FACILITY_NOT_IMPLEMENTED", 69},
    {"INVALID_CALL_REFERENCE", 81},
    {"INCOMPATIBLE_DESTINATION", 88},
    {"INVALID_MSG_UNSPECIFIED", 95},
    {"MANDATORY_IE_MISSING", 96},
    {"MESSAGE_TYPE_NONEXIST", 97},
    {"WRONG_MESSAGE", 98},
    {"IE_NONEXIST", 99},
    {"INVALID_IE_CONTENTS", 100},
    {"WRONG_CALL_STATE", 101},
    {"RECOVERY_ON_TIMER_EXPIRE", 102},
    {"MANDATORY_IE_LENGTH_ERROR", 103},
    {"PROTOCOL_ERROR", 111},
    {"INTERWORKING", 127},
    {"BUSY", 17},
    {"FAILURE", 38},
    {"NORMAL", 16},
    {"NOANSWER", 19},
    {"CONGESTION", 34},
    {"UNREGISTERED", 20},
    {"NOSUCHDRIVER", 66},
};

template <size_t N> int find(const Name (&table)[N], QByteArrayView name) {
  for (const Name &n : table)
    if (qsizetype(std::strlen(n.name)) == name.size() &&
        std::memcmp(n.name, name.data(), size_t(name.size())) == 0)
      return n.cause;
  return -1;
}

} // namespace

VendorCause vendorCause(QByteArrayView name) {
  constexpr QByteArrayView prefix("AST_CAUSE_");
  if (name.startsWith(prefix)) {
    const int cause = find(kAsterisk, name.sliced(prefix.size()));
    return cause >= 0 ? VendorCause{cause, "Asterisk"} : VendorCause{};
  }
  // A bare name: FreeSWITCH writes its names so in logs; Asterisk's bare
  // aliases (BUSY, NORMAL) are ordinary words and are not taken alone.
  const int cause = find(kFreeSwitch, name);
  if (cause < 0)
    return {};
  return VendorCause{cause, find(kAsterisk, name) == cause ? "FreeSWITCH, Asterisk" : "FreeSWITCH"};
}

} // namespace sipref
