#include "core/content/Placeholders.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace amhire {

namespace {

// In PlaceholderSlot's order (checked below), and sized by the count, so
// that a name added here without raising it fails to compile.
constexpr PlaceholderInfo kPlaceholders[kPlaceholderCount] = {
    {"company", "Company"},
    {"location", "Location"},
    {"work_model", "Work model"},
    {"team", "Team"},
    {"reports_to", "Reports to"},
    {"years", "Years of experience"},
};
constexpr bool hasName(PlaceholderSlot slot, std::string_view name)
{
    return name == kPlaceholders[static_cast<size_t>(slot)].name;
}
static_assert(hasName(PlaceholderSlot::Company, "company") && hasName(PlaceholderSlot::Location, "location") &&
                  hasName(PlaceholderSlot::WorkModel, "work_model") && hasName(PlaceholderSlot::Team, "team") &&
                  hasName(PlaceholderSlot::ReportsTo, "reports_to") && hasName(PlaceholderSlot::Years, "years"),
              "kPlaceholders must follow PlaceholderSlot");

}  // namespace

const std::vector<PlaceholderInfo>& allowedPlaceholders()
{
    static const std::vector<PlaceholderInfo> list(std::begin(kPlaceholders), std::end(kPlaceholders));
    return list;
}

size_t placeholderIndex(std::string_view name)
{
    size_t index = 0;
    while (index < kPlaceholderCount && name != kPlaceholders[index].name)
        ++index;
    return index;
}

bool isAllowedPlaceholder(std::string_view name)
{
    return placeholderIndex(name) < kPlaceholderCount;
}

std::vector<PlaceholderUse> findPlaceholders(std::string_view text)
{
    std::vector<PlaceholderUse> uses;
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        size_t end = open + 1;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
            ++end;
        if (end > open + 1 && end < text.size() && text[end] == '}')
            uses.push_back({std::string(text.substr(open + 1, end - open - 1)), open});
    }
    return uses;
}

}  // namespace amhire
