#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/content/SourceLocation.h"

namespace amhire {

enum class MetricUnit { Percent, Currency, Count, Years };

std::optional<MetricUnit> parseMetricUnit(const std::string& id);
const char* metricUnitId(MetricUnit unit);

// A figure an interviewer can record as evidence, e.g. gross revenue retention.
struct Metric {
    std::string id;
    std::string label;
    MetricUnit unit = MetricUnit::Count;
    double min = 0;
    double max = 0;

    bool accepts(double value) const { return value >= min && value <= max; }
};

inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 5;

// One thing a candidate is scored on, with what each score 1..5 looks like.
struct Competency {
    std::string id;
    std::string name;
    std::string category;
    double weight = 1.0;
    std::string description;
    std::array<std::string, 5> anchors;  // anchors[0] describes a score of 1
    std::vector<Metric> metrics;
    std::string rubricId;
    SourceLocation where;

    const std::string& anchor(int score) const { return anchors.at(static_cast<size_t>(score - 1)); }
};

struct Rubric {
    std::string id;
    std::string version;
    std::string title;
    std::vector<std::string> competencyIds;
    SourceLocation where;
};

}  // namespace amhire
