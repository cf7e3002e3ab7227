#include "core/storage/UtcTime.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include <fmt/format.h>

namespace amhire {

std::string utcNow()
{
    using namespace std::chrono;
    const auto now = system_clock::now();
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t seconds = system_clock::to_time_t(now);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
}

std::optional<long> secondsSince(const std::string& stored)
{
    std::tm utc{};
    int millis = 0;
    if (std::sscanf(stored.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                    &utc.tm_hour, &utc.tm_min, &utc.tm_sec, &millis) != 7)
        return std::nullopt;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    const std::time_t then = ::timegm(&utc);
    if (then == static_cast<std::time_t>(-1))
        return std::nullopt;
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    return static_cast<long>(now - then);
}

} // namespace amhire
