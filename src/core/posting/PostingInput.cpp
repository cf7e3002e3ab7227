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

// The input's value for the placeholder, folded; "" for one it has none for.
void assignKnownValue(std::string& out, PlaceholderSlot slot, const PostingInput& input, const LevelBand& band)
{
    switch (slot) {
    case PlaceholderSlot::Company: return assignCollapsed(out, input.company);
    case PlaceholderSlot::Location: return assignCollapsed(out, input.location);
    // Template text reads "The role is {work_model} and based in …", so the
    // work model goes in lower case, which is also its id.
    case PlaceholderSlot::WorkModel: out = workModelId(input.workModel); return;
    case PlaceholderSlot::Team: return assignCollapsed(out, input.team);
    case PlaceholderSlot::ReportsTo: return assignCollapsed(out, input.reportsTo);
    case PlaceholderSlot::Years: return assignCollapsed(out, band.years);
    }
    out.clear();
}

}  // namespace

std::map<std::string, std::string> placeholderValues(const PostingInput& input, const LevelBand& band)
{
    PlaceholderValueList list;
    fillPlaceholderValues(list, input, band);
    std::map<std::string, std::string> values;
    for (size_t i = 0; i < kPlaceholderCount; ++i)
        if (!list[i].empty())
            values.emplace(allowedPlaceholders()[i].name, std::move(list[i]));
    return values;
}

void fillPlaceholderValues(PlaceholderValueList& values, const PostingInput& input, const LevelBand& band)
{
    for (size_t i = 0; i < kPlaceholderCount; ++i)
        assignKnownValue(values[i], static_cast<PlaceholderSlot>(i), input, band);
}

}  // namespace amhire
