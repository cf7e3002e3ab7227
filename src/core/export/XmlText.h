#pragma once

#include <string>
#include <string_view>

namespace amhire {

// `text` safe inside XML or HTML element content and quoted attribute values:
// & < > " ' escaped, and control characters XML 1.0 forbids dropped (tab,
// line feed and carriage return stay), so a name typed with a stray control
// code cannot make the SVG unreadable.
std::string escapeXml(std::string_view text);

} // namespace amhire
