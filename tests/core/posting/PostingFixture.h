#pragma once

#include <catch2/catch.hpp>

#include "TestPaths.h"
#include "core/content/ContentLoader.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/PostingInput.h"

namespace amhire::test {

inline TemplateItem item(std::string text, std::initializer_list<Level> levels = {})
{
    TemplateItem i;
    i.text = std::move(text);
    for (Level l : levels)
        i.levels.add(l);
    return i;
}

// A small template built in code, so rendering tests do not depend on the
// bundled content's wording.
inline JobTemplate sampleTemplate()
{
    JobTemplate t;
    t.id = "saas";
    t.industry = "SaaS";
    t.title = "SaaS Account Manager";
    LevelBand mid;
    mid.level = Level::Mid;
    mid.years = "3-5";
    mid.baseMin = 65000;
    mid.baseMax = 85000;
    mid.oteMin = 90000;
    mid.oteMax = 120000;
    LevelBand senior = mid;
    senior.level = Level::Senior;
    senior.years = "5-10";
    senior.baseMin = 85000;
    senior.baseMax = 120000;
    senior.oteMin = 110000;
    senior.oteMax = 160000;
    t.levels = {mid, senior};
    t.summaries = {
        item("{company} is hiring an Account Manager for mid-market customers.", {Level::Mid}),
        item("{company} is hiring a Senior Account Manager for our largest customers.", {Level::Senior}),
        item("You will join {team} and report to {reports_to}. The role is {work_model} and based in "
             "{location}.")};
    t.responsibilities = {item("Own renewals for your book."),
                          item("Coach newer colleagues.", {Level::Senior})};
    t.requirements = {item("{years} years in account management.")};
    t.skills = {item("Clear writing.")};
    t.benefits = {item("Health insurance."), item("A mentor in your first year.", {Level::Mid})};
    return t;
}

inline PostingInput completeInput(const std::string& templateId, Level level)
{
    PostingInput input;
    input.templateId = templateId;
    input.level = level;
    input.company = "Acme";
    input.location = "Lisbon";
    input.team = "the Customer team";
    input.reportsTo = "the Head of Accounts";
    input.workModel = WorkModel::Hybrid;
    return input;
}

inline const ContentLoadResult& bundledContent()
{
    static const ContentLoadResult result = loadContent(sourceDir());
    return result;
}

inline const GenderCodedWords& bundledWords()
{
    static const GenderCodedWords words = [] {
        Diagnostics problems;
        GenderCodedWords w = loadGenderCodedWords(genderCodedWordsFile(sourceDir()), problems);
        for (const Diagnostic& d : problems)
            FAIL(d.format());
        return w;
    }();
    return words;
}

// The bundled templates, or none with a warning while they are being written.
inline const std::vector<JobTemplate>& bundledTemplates()
{
    const auto& templates = bundledContent().content.templates();
    if (templates.empty())
        WARN("no bundled templates under " << sourceDir() << "/templates yet; skipping");
    return templates;
}

}  // namespace amhire::test
