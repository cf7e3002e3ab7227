#include "app/LocalTime.h"

#include <ctime>

#include "app/HtmlText.h"

namespace amhire::app {

wxString localTime(const std::string& isoUtc, const wxString& format)
{
    // The C library rather than wxDateTime: it applies the zone's rules for
    // that date (summer time included) and reads TZ each time, where
    // wxWidgets keeps the offset it found first.
    std::tm utc{};
    const char* end = strptime(isoUtc.c_str(), "%Y-%m-%dT%H:%M:%S", &utc);
    if (!end)
        return fromUtf8(isoUtc);
    const std::time_t when = timegm(&utc);
    std::tm local{};
    if (!localtime_r(&when, &local))
        return fromUtf8(isoUtc);
    char text[64];
    const size_t length = std::strftime(text, sizeof text, format.utf8_str(), &local);
    return length ? fromUtf8(std::string(text, length)) : fromUtf8(isoUtc);
}

} // namespace amhire::app
