#pragma once

#include <string>

namespace amhire {

// The current time as stored: ISO-8601 UTC with milliseconds,
// "2026-05-01T09:30:00.123Z". Text order is time order.
std::string utcNow();

} // namespace amhire
