#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// The one list of `{name}` placeholders that template text may use. The
// loader rejects any other name, and the posting renderer fills exactly these.
struct PlaceholderInfo {
    const char* name;
    const char* label;  // for forms and error messages
};

const std::vector<PlaceholderInfo>& allowedPlaceholders();
bool isAllowedPlaceholder(std::string_view name);

// A `{name}` found in text, with its byte offset.
struct PlaceholderUse {
    std::string name;
    size_t offset = 0;
};

// Finds every `{identifier}` in text (identifiers: letters, digits, '_').
std::vector<PlaceholderUse> findPlaceholders(std::string_view text);

}  // namespace amhire
