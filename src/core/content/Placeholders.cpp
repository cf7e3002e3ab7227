#include "core/content/Placeholders.h"

#include <algorithm>
#include <cctype>

namespace amhire {

const std::vector<PlaceholderInfo>& allowedPlaceholders()
{
    static const std::vector<PlaceholderInfo> list = {
        {"company", "Company"},
        {"location", "Location"},
        {"work_model", "Work model"},
        {"team", "Team"},
        {"reports_to", "Reports to"},
        {"years", "Years of experience"},
    };
    return list;
}

bool isAllowedPlaceholder(std::string_view name)
{
    const auto& list = allowedPlaceholders();
    return std::any_of(list.begin(), list.end(), [&](const PlaceholderInfo& p) { return name == p.name; });
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
