#include "core/posting/PostingInput.h"

#include "core/content/Placeholders.h"
#include "core/posting/TextScan.h"

namespace amhire {

std::optional<WorkModel> parseWorkModel(std::string_view id)
{
    for (WorkModel model : kAllWorkModels)
        if (id == workModelId(model))
            return model;
    return std::nullopt;
}

const char* workModelId(WorkModel model)
{
    switch (model) {
    case WorkModel::OnSite: return "on-site";
    case WorkModel::Hybrid: return "hybrid";
    case WorkModel::Remote: return "remote";
    }
    return "on-site";
}

const char* workModelTitle(WorkModel model)
{
    switch (model) {
    case WorkModel::OnSite: return "On-site";
    case WorkModel::Hybrid: return "Hybrid";
    case WorkModel::Remote: return "Remote";
    }
    return "On-site";
}

std::map<std::string, std::string> placeholderValues(const PostingInput& input, const LevelBand& band)
{
    // Template text reads "The role is {work_model} and based in …", so the
    // work model goes in lower case, which is also its id.
    const std::map<std::string, std::string> known = {
        {"company", foldWhitespace(input.company)},      {"location", foldWhitespace(input.location)},
        {"work_model", workModelId(input.workModel)},    {"team", foldWhitespace(input.team)},
        {"reports_to", foldWhitespace(input.reportsTo)}, {"years", foldWhitespace(band.years)},
    };
    std::map<std::string, std::string> values;
    for (const PlaceholderInfo& p : allowedPlaceholders()) {
        auto it = known.find(p.name);
        if (it != known.end() && !it->second.empty())
            values.emplace(p.name, it->second);
    }
    return values;
}

}  // namespace amhire
