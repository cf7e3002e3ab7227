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

size_t placeholderNameEnd(std::string_view text, size_t from)
{
    size_t end = from;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        ++end;
    return end;
}

std::vector<PlaceholderUse> findPlaceholders(std::string_view text)
{
    std::vector<PlaceholderUse> uses;
    visitPlaceholders(text, [&](std::string_view name, size_t offset) {
        uses.push_back({std::string(name), offset});
    });
    return uses;
}

}  // namespace amhire
