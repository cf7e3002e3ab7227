#include "core/content/Competency.h"

namespace amhire {

std::optional<MetricUnit> parseMetricUnit(const std::string& id)
{
    if (id == "percent") return MetricUnit::Percent;
    if (id == "currency") return MetricUnit::Currency;
    if (id == "count") return MetricUnit::Count;
    if (id == "years") return MetricUnit::Years;
    return std::nullopt;
}

const char* metricUnitId(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percent: return "percent";
    case MetricUnit::Currency: return "currency";
    case MetricUnit::Count: return "count";
    case MetricUnit::Years: return "years";
    }
    return "count";
}

}  // namespace amhire
