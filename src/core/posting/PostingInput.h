#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/JobTemplate.h"
#include "core/content/Level.h"
#include "core/content/Placeholders.h"

namespace amhire {

enum class WorkModel { OnSite, Hybrid, Remote };

inline constexpr WorkModel kAllWorkModels[] = {WorkModel::OnSite, WorkModel::Hybrid, WorkModel::Remote};

std::optional<WorkModel> parseWorkModel(std::string_view id);
const char* workModelId(WorkModel model);     // "on-site", as the CLI takes it
const char* workModelTitle(WorkModel model);  // "On-site", for forms

// What a hiring manager fills in to turn a template into a posting. Empty
// strings are "not given yet": the posting keeps their `{placeholder}` so the
// readiness checks flag it, which lets a form render while it is being typed.
struct PostingInput {
    std::string templateId;
    Level level = Level::Mid;
    std::string company;
    std::string location;
    std::string team;
    std::string reportsTo;
    WorkModel workModel = WorkModel::OnSite;
    // Base pay per year, each overriding the band's end when given.
    std::optional<long> payMin;
    std::optional<long> payMax;
    // On-target earnings per year (base plus commission at target).
    std::optional<long> oteMin;
    std::optional<long> oteMax;
    std::vector<std::string> extraBenefits;  // listed after the template's benefits
    std::string howToApply;                  // empty: a short default
};

// Values for the `{name}` placeholders of allowedPlaceholders(), as plain
// text (the renderer escapes them). A name whose value is not given yet is
// left out, so its placeholder stays visible in the posting.
std::map<std::string, std::string> placeholderValues(const PostingInput& input, const LevelBand& band);

// The same by index in allowedPlaceholders(), "" for a value not given yet:
// what rendering looks values up in. Filled in place, so that a view
// rendering on every keystroke reuses the strings' room.
using PlaceholderValueList = std::array<std::string, kPlaceholderCount>;
void fillPlaceholderValues(PlaceholderValueList& values, const PostingInput& input, const LevelBand& band);

}  // namespace amhire
