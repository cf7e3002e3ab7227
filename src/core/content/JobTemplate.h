#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/Level.h"
#include "core/content/SourceLocation.h"

namespace amhire {

// Pay band for one seniority level of a template, in whole currency units per year.
struct LevelBand {
    Level level = Level::Mid;
    std::string years;  // experience asked for, as written: "3-5", "8+"
    long baseMin = 0;
    long baseMax = 0;
    long oteMin = 0;
    long oteMax = 0;
    std::string currency = "USD";
    SourceLocation where;
};

// A line of posting text; `levels` empty means it applies at every level.
struct TemplateItem {
    std::string text;
    LevelSet levels;
    SourceLocation where;

    bool appliesTo(Level level) const { return levels.empty() || levels.contains(level); }
};

// A competency the role is scored on, with its weight and must-have minimum.
struct Assessment {
    std::string competency;
    double weight = 1.0;
    std::optional<int> minimum;  // a score below this knocks a candidate out
    SourceLocation where;        // the competency attribute, for reference errors
};

struct JobTemplate {
    std::string id;
    std::string industry;
    std::string title;
    std::vector<LevelBand> levels;
    std::vector<TemplateItem> summaries;
    std::vector<TemplateItem> responsibilities;
    std::vector<TemplateItem> requirements;
    std::vector<TemplateItem> skills;
    std::vector<TemplateItem> benefits;
    std::vector<Assessment> assessments;
    SourceLocation where;

    const LevelBand* band(Level level) const;
};

}  // namespace amhire
