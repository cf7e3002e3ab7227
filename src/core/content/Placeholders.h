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

// Calls visit(name, offset) for each placeholder findPlaceholders finds, in
// the same order, without collecting them: the loader checks every line of
// every template, and a list and a string per placeholder would be
// allocations it does not need.
template <typename Visit>
void visitPlaceholders(std::string_view text, Visit visit);

// The end of the identifier that starts at `from` in `text` (its letters,
// digits and '_'), as findPlaceholders reads one.
size_t placeholderNameEnd(std::string_view text, size_t from);

template <typename Visit>
void visitPlaceholders(std::string_view text, Visit visit)
{
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t end = placeholderNameEnd(text, open + 1);
        if (end > open + 1 && end < text.size() && text[end] == '}')
            visit(text.substr(open + 1, end - open - 1), open);
    }
}

}  // namespace amhire
