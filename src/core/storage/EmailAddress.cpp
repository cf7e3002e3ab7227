#include "core/storage/EmailAddress.h"

#include <algorithm>

namespace amhire {

bool isPlausibleEmail(std::string_view email)
{
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
        return false;
    const bool hasBlankOrControl = std::any_of(email.begin(), email.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7f;
    });
    if (hasBlankOrControl)
        return false;
    const std::string_view domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    return dot != std::string_view::npos && domain.front() != '.' && domain.back() != '.' &&
           domain.find("..") == std::string_view::npos;
}

} // namespace amhire
