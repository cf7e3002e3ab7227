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

// Each placeholder's index in allowedPlaceholders(), for code that fills them.
enum class PlaceholderSlot : size_t { Company, Location, WorkModel, Team, ReportsTo, Years };
inline constexpr size_t kPlaceholderCount = 6;

const std::vector<PlaceholderInfo>& allowedPlaceholders();  // kPlaceholderCount of them
bool isAllowedPlaceholder(std::string_view name);
// The name's index in allowedPlaceholders(), or kPlaceholderCount if it is not there.
size_t placeholderIndex(std::string_view name);

// A `{name}` found in text, with its byte offset.
struct PlaceholderUse {
    std::string name;
    size_t offset = 0;
};

// Finds every `{identifier}` in text (identifiers: letters, digits, '_').
std::vector<PlaceholderUse> findPlaceholders(std::string_view text);

}  // namespace amhire
