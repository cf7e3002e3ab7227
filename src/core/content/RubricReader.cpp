#include <fmt/format.h>

#include "core/content/ElementChildren.h"
#include "core/content/ElementReader.h"
#include "core/content/NameIs.h"
#include "core/content/Readers.h"

namespace amhire {

namespace {

std::optional<Metric> readMetric(const ElementReader& r, pugi::xml_node node)
{
    r.checkAttributes(node, {"id", "label", "unit", "min", "max"});
    r.checkNoText(node);
    for (pugi::xml_node child : ElementChildren(node))
        r.unknownElement(child, node);
    Metric metric;
    auto id = r.id(node, "id");
    auto label = r.required(node, "label");
    auto unitText = r.required(node, "unit");
    auto min = r.number(node, "min");
    auto max = r.number(node, "max");
    if (unitText) {
        if (auto unit = parseMetricUnit(*unitText))
            metric.unit = *unit;
        else
            r.error(node.attribute("unit"),
                    fmt::format("unknown unit '{}' (use percent, currency, count or years)", *unitText));
    }
    if (min && max && *min > *max)
        r.error(node.attribute("min"), fmt::format("min {} is greater than max {}", *min, *max));
    if (!id || !label || !min || !max)
        return std::nullopt;
    metric.id = std::move(*id);
    metric.label = std::move(*label);
    metric.min = *min;
    metric.max = *max;
    return metric;
}

void readAnchor(const ElementReader& r, pugi::xml_node node, Competency& competency, bool (&seen)[5])
{
    r.checkAttributes(node, {"score"});
    auto score = r.integer(node, "score", kMinScore, kMaxScore);
    std::string text = r.text(node);
    if (!score)
        return;
    auto index = static_cast<size_t>(*score - 1);
    if (seen[index]) {
        r.error(node.attribute("score"), fmt::format("anchor for score {} is given twice", *score));
        return;
    }
    seen[index] = true;
    competency.anchors[index] = std::move(text);
}

std::optional<Competency> readCompetency(const ElementReader& r, pugi::xml_node node, const std::string& rubricId)
{
    r.checkAttributes(node, {"id", "name", "category", "weight"});
    r.checkNoText(node);
    Competency c;
    c.where = r.file().locate(node);
    c.rubricId = rubricId;
    auto id = r.id(node, "id");
    auto name = r.required(node, "name");
    auto category = r.id(node, "category");
    auto weight = r.weight(node, "weight");

    bool seen[5] = {};
    int descriptions = 0;
    int evidenceBlocks = 0;
    for (pugi::xml_node child : ElementChildren(node)) {
        const char* name = child.name();
        if (nameIs(name, "description")) {
            r.checkAttributes(child, {});
            c.description = r.text(child);
            if (++descriptions == 2)
                r.error(child, "a competency has one <description>");
        } else if (nameIs(name, "anchor")) {
            readAnchor(r, child, c, seen);
        } else if (nameIs(name, "evidence")) {
            r.checkAttributes(child, {});
            r.checkNoText(child);
            if (++evidenceBlocks == 2)
                r.error(child, "a competency has at most one <evidence>");
            for (pugi::xml_node m : ElementChildren(child)) {
                if (!nameIs(m.name(), "metric"))
                    r.unknownElement(m, child);
                else if (auto metric = readMetric(r, m))
                    c.metrics.push_back(std::move(*metric));
            }
        } else {
            r.unknownElement(child, node);
        }
    }
    if (descriptions == 0)
        r.error(node, "<competency> has no <description>");
    std::string missing;
    for (int s = 0; s < 5; ++s)
        if (!seen[s])
            missing += (missing.empty() ? "" : ", ") + std::to_string(s + 1);
    if (!missing.empty())
        r.error(node, fmt::format("a competency needs exactly five anchors, scores 1 to 5; missing score {}", missing));

    if (!id || !name)
        return std::nullopt;
    c.id = std::move(*id);
    c.name = std::move(*name);
    c.category = std::move(category).value_or("");
    c.weight = weight.value_or(1.0);
    return c;
}

}  // namespace

void readRubricFile(const XmlFile& file, Diagnostics& out, std::vector<Rubric>& rubrics,
                    std::vector<Competency>& competencies)
{
    ElementReader r(file, out);
    pugi::xml_node root = file.root();
    if (!nameIs(root.name(), "rubric")) {
        r.error(root, fmt::format("expected a <rubric> root element, found <{}>", root.name()));
        return;
    }
    r.checkAttributes(root, {"id", "version", "title"});
    r.checkNoText(root);
    Rubric rubric;
    rubric.where = file.locate(root);
    auto id = r.id(root, "id");
    auto version = r.required(root, "version");
    auto title = r.required(root, "title");
    rubric.id = id.value_or("");
    rubric.version = std::move(version).value_or("");
    rubric.title = std::move(title).value_or("");
    for (pugi::xml_node child : ElementChildren(root)) {
        if (!nameIs(child.name(), "competency")) {
            r.unknownElement(child, root);
            continue;
        }
        if (auto c = readCompetency(r, child, rubric.id)) {
            rubric.competencyIds.push_back(c->id);
            competencies.push_back(std::move(*c));
        }
    }
    if (rubric.competencyIds.empty())
        r.error(root, "<rubric> has no <competency>");
    if (id)
        rubrics.push_back(std::move(rubric));
}

}  // namespace amhire
