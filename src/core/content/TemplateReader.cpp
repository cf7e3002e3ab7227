#include <fmt/format.h>

#include "core/content/ElementChildren.h"
#include "core/content/ElementReader.h"
#include "core/content/NameIs.h"
#include "core/content/Placeholders.h"
#include "core/content/Readers.h"

namespace amhire {

namespace {

constexpr long kMaxPay = 100'000'000;

bool isYearsRange(const std::string& s)
{
    // "3", "3-5" or "8+"
    size_t i = 0;
    auto digits = [&] {
        size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i == s.size())
        return true;
    if (s[i] == '+')
        return i + 1 == s.size();
    if (s[i] == '-') {
        ++i;
        return digits() && i == s.size();
    }
    return false;
}

std::optional<LevelBand> readLevel(const ElementReader& r, pugi::xml_node node)
{
    r.checkAttributes(node, {"id", "years", "base-min", "base-max", "ote-min", "ote-max", "currency"});
    r.checkNoText(node);
    for (pugi::xml_node child : ElementChildren(node))
        r.unknownElement(child, node);
    LevelBand band;
    band.where = r.file().locate(node);
    auto id = r.required(node, "id");
    auto years = r.required(node, "years");
    auto baseMin = r.integer(node, "base-min", 0, kMaxPay);
    auto baseMax = r.integer(node, "base-max", 0, kMaxPay);
    auto oteMin = r.integer(node, "ote-min", 0, kMaxPay);
    auto oteMax = r.integer(node, "ote-max", 0, kMaxPay);
    auto currency = r.required(node, "currency");
    std::optional<Level> level;
    if (id && !(level = parseLevel(*id)))
        r.error(node.attribute("id"), fmt::format("unknown level '{}' (use junior, mid, senior or strategic)", *id));
    if (years && !isYearsRange(*years))
        r.error(node.attribute("years"), fmt::format("years '{}' must look like 3, 3-5 or 8+", *years));
    if (baseMin && baseMax && *baseMin > *baseMax)
        r.error(node.attribute("base-min"), fmt::format("base-min {} is greater than base-max {}", *baseMin, *baseMax));
    if (oteMin && oteMax && *oteMin > *oteMax)
        r.error(node.attribute("ote-min"), fmt::format("ote-min {} is greater than ote-max {}", *oteMin, *oteMax));
    if (baseMin && oteMin && *oteMin < *baseMin)
        r.error(node.attribute("ote-min"),
                fmt::format("ote-min {} is below base-min {}; on-target earnings include the base", *oteMin, *baseMin));
    if (currency && (currency->size() != 3 || currency->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos))
        r.error(node.attribute("currency"), fmt::format("currency '{}' must be a three-letter ISO code such as USD", *currency));
    if (!level || !baseMin || !baseMax || !oteMin || !oteMax)
        return std::nullopt;
    band.level = *level;
    band.years = std::move(years).value_or("");
    band.baseMin = *baseMin;
    band.baseMax = *baseMax;
    band.oteMin = *oteMin;
    band.oteMax = *oteMax;
    band.currency = std::move(currency).value_or("USD");
    return band;
}

TemplateItem readItem(const ElementReader& r, pugi::xml_node node)
{
    r.checkAttributes(node, {"levels"});
    TemplateItem item;
    item.where = r.file().locate(node);
    item.text = r.text(node);
    item.levels = r.levels(node, "levels", false).value_or(LevelSet{});
    visitPlaceholders(item.text, [&](std::string_view name, size_t) {
        if (!isAllowedPlaceholder(name))
            r.error(r.file().locateWithin(node, "{" + std::string(name) + "}"),
                    fmt::format("unknown placeholder {{{}}} in <{}>", name, node.name()));
    });
    return item;
}

std::optional<Assessment> readAssessment(const ElementReader& r, pugi::xml_node node)
{
    r.checkAttributes(node, {"competency", "weight", "min"});
    r.checkNoText(node);
    for (pugi::xml_node child : ElementChildren(node))
        r.unknownElement(child, node);
    auto competency = r.id(node, "competency");
    auto weight = r.weight(node, "weight");
    auto minimum = r.integer(node, "min", 1, 5, false);
    if (!competency)
        return std::nullopt;
    Assessment a;
    a.competency = std::move(*competency);
    a.weight = weight.value_or(1.0);
    if (minimum)
        a.minimum = static_cast<int>(*minimum);
    a.where = r.file().locate(r.attribute(node, "competency"));
    return a;
}

// Sizes the lists of a template to its elements, so they are not grown one at a time.
void reserveForChildren(pugi::xml_node root, JobTemplate& t)
{
    size_t levels = 0, assessments = 0, summaries = 0, responsibilities = 0, requirements = 0, skills = 0,
           benefits = 0;
    for (pugi::xml_node child : ElementChildren(root)) {
        const char* name = child.name();
        levels += nameIs(name, "level");
        assessments += nameIs(name, "assess");
        summaries += nameIs(name, "summary");
        responsibilities += nameIs(name, "responsibility");
        requirements += nameIs(name, "requirement");
        skills += nameIs(name, "skill");
        benefits += nameIs(name, "benefit");
    }
    t.levels.reserve(levels);
    t.assessments.reserve(assessments);
    t.summaries.reserve(summaries);
    t.responsibilities.reserve(responsibilities);
    t.requirements.reserve(requirements);
    t.skills.reserve(skills);
    t.benefits.reserve(benefits);
}

// Items may be limited to levels, but only to levels the template offers.
void checkItemLevels(const ElementReader& r, const JobTemplate& t, pugi::xml_node node, LevelSet levels)
{
    for (Level level : kAllLevels)
        if (levels.contains(level) && !t.band(level))
            r.error(node.attribute("levels"),
                    fmt::format("level '{}' is not offered by this template (add a <level id=\"{}\">)", levelId(level),
                                levelId(level)));
}

}  // namespace

void readTemplateFile(const XmlFile& file, Diagnostics& out, std::vector<JobTemplate>& templates)
{
    ElementReader r(file, out);
    pugi::xml_node root = file.root();
    if (!nameIs(root.name(), "template")) {
        r.error(root, fmt::format("expected a <template> root element, found <{}>", root.name()));
        return;
    }
    r.checkAttributes(root, {"id", "industry", "title"});
    r.checkNoText(root);
    JobTemplate t;
    t.where = file.locate(root);
    auto id = r.id(root, "id");
    reserveForChildren(root, t);
    t.industry = r.required(root, "industry").value_or("");
    t.title = r.required(root, "title").value_or("");

    std::vector<std::pair<pugi::xml_node, LevelSet>> leveled;
    leveled.reserve(t.summaries.capacity() + t.responsibilities.capacity() + t.requirements.capacity() +
                    t.skills.capacity() + t.benefits.capacity());
    for (pugi::xml_node child : ElementChildren(root)) {
        const char* name = child.name();
        std::vector<TemplateItem>* list = nullptr;
        if (nameIs(name, "level")) {
            if (auto band = readLevel(r, child)) {
                if (t.band(band->level))
                    r.error(child.attribute("id"), fmt::format("level '{}' is defined twice", levelId(band->level)));
                else
                    t.levels.push_back(std::move(*band));
            }
            continue;
        }
        if (nameIs(name, "assess")) {
            if (auto a = readAssessment(r, child)) {
                for (const Assessment& other : t.assessments)
                    if (other.competency == a->competency)
                        r.error(child.attribute("competency"),
                                fmt::format("competency '{}' is assessed twice", a->competency));
                t.assessments.push_back(std::move(*a));
            }
            continue;
        }
        if (nameIs(name, "summary"))
            list = &t.summaries;
        else if (nameIs(name, "responsibility"))
            list = &t.responsibilities;
        else if (nameIs(name, "requirement"))
            list = &t.requirements;
        else if (nameIs(name, "skill"))
            list = &t.skills;
        else if (nameIs(name, "benefit"))
            list = &t.benefits;
        if (!list) {
            r.unknownElement(child, root);
            continue;
        }
        list->push_back(readItem(r, child));
        leveled.emplace_back(child, list->back().levels);
    }

    // Level checks need every <level> read first, whatever the element order.
    for (const auto& [node, levels] : leveled)
        checkItemLevels(r, t, node, levels);

    if (t.levels.empty())
        r.error(root, "<template> offers no <level>");
    if (t.responsibilities.empty())
        r.error(root, "<template> has no <responsibility>");
    if (t.requirements.empty())
        r.error(root, "<template> has no <requirement>");
    if (t.assessments.empty())
        r.error(root, "<template> has no <assess> line: it must name the competencies the role is scored on");
    for (const LevelBand& band : t.levels) {
        bool hasSummary = false;
        for (const TemplateItem& s : t.summaries)
            hasSummary = hasSummary || s.appliesTo(band.level);
        if (!hasSummary)
            r.error(band.where, fmt::format("no <summary> applies to level '{}'", levelId(band.level)));
    }
    if (id) {
        t.id = std::move(*id);
        templates.push_back(std::move(t));
    }
}

}  // namespace amhire
