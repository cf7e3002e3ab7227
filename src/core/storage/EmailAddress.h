#pragma once

#include <string_view>

namespace amhire {

// A deliberately simple check that catches typos, not a full RFC 5322 parser:
// one '@', something before it, a domain with a dot inside (not at either end,
// no empty labels), and no spaces or control characters anywhere.
bool isPlausibleEmail(std::string_view email);

} // namespace amhire
