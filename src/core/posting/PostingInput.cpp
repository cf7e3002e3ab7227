#include "core/posting/PostingInput.h"

#include "core/content/CollapseWhitespace.h"
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

namespace {

// The input's value for a placeholder name, folded; "" for a name it has none for.
std::string knownValue(std::string_view name, const PostingInput& input, const LevelBand& band)
{
    // Template text reads "The role is {work_model} and based in …", so the
    // work model goes in lower case, which is also its id.
    if (name == "company")
        return collapseWhitespace(input.company);
    if (name == "location")
        return collapseWhitespace(input.location);
    if (name == "work_model")
        return workModelId(input.workModel);
    if (name == "team")
        return collapseWhitespace(input.team);
    if (name == "reports_to")
        return collapseWhitespace(input.reportsTo);
    if (name == "years")
        return collapseWhitespace(band.years);
    return {};
}

}  // namespace

std::map<std::string, std::string> placeholderValues(const PostingInput& input, const LevelBand& band)
{
    std::map<std::string, std::string> values;
    for (const PlaceholderInfo& p : allowedPlaceholders())
        if (std::string value = knownValue(p.name, input, band); !value.empty())
            values.emplace(p.name, std::move(value));
    return values;
}

}  // namespace amhire
