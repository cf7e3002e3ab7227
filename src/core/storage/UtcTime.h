#pragma once

#include <optional>
#include <string>

namespace amhire {

// The current time as stored: ISO-8601 UTC with milliseconds,
// "2026-05-01T09:30:00.123Z". Text order is time order.
std::string utcNow();

// Seconds from a stored time to now (negative if it is in the future), or
// std::nullopt when `stored` is not in the stored format.
std::optional<long> secondsSince(const std::string& stored);

} // namespace amhire
