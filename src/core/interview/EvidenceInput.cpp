#include "core/interview/EvidenceInput.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "core/storage/Trimmed.h"

namespace amhire {
namespace {

std::string lowered(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool consumeSuffix(std::string& text, const char* suffix)
{
    const std::string s(suffix);
    if (text.size() < s.size() || text.compare(text.size() - s.size(), s.size(), s) != 0)
        return false;
    text = trimmed(text.substr(0, text.size() - s.size()));
    return true;
}

bool consumePrefix(std::string& text, const std::string& prefix)
{
    if (text.compare(0, prefix.size(), prefix) != 0)
        return false;
    text = trimmed(text.substr(prefix.size()));
    return true;
}

// A plain decimal number; thousands separators are accepted only in groups of
// three so that "1,5" (a European decimal) is refused instead of read as 15.
std::optional<double> plainNumber(const std::string& text)
{
    std::string digits;
    size_t sinceComma = 0;
    bool sawComma = false;
    bool sawPoint = false;
    for (char c : text) {
        if (c == ',') {
            if (sawPoint || (sawComma && sinceComma != 3) || digits.empty())
                return std::nullopt;
            sawComma = true;
            sinceComma = 0;
            continue;
        }
        if (c == '.') {
            if (sawPoint || (sawComma && sinceComma != 3))
                return std::nullopt;
            sawPoint = true;
        } else if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        } else if (!sawPoint) {
            ++sinceComma;
        }
        digits += c;
    }
    if (sawComma && !sawPoint && sinceComma != 3)
        return std::nullopt;
    if (digits.empty() || digits == ".")
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    if (end == digits.c_str() || *end != '\0' || !std::isfinite(value))
        return std::nullopt;
    return value;
}

const char* acceptedForms(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percent:
        return "a percentage such as 94 or 94%";
    case MetricUnit::Currency:
        return "an amount such as 250000, 250k or 1.2M";
    case MetricUnit::Count:
        return "a whole number such as 12";
    case MetricUnit::Years:
        return "a number of years such as 3 or 3.5 years";
    }
    return "a number";
}

std::optional<double> readInUnit(MetricUnit unit, std::string text)
{
    text = lowered(trimmed(text));
    double multiplier = 1;
    switch (unit) {
    case MetricUnit::Percent:
        consumeSuffix(text, "%") || consumeSuffix(text, "percent");
        break;
    case MetricUnit::Currency:
        for (const char* symbol : {"$", "€", "£", "usd", "eur", "gbp"})
            if (consumePrefix(text, symbol) || consumeSuffix(text, symbol))
                break;
        if (consumeSuffix(text, "k"))
            multiplier = 1e3;
        else if (consumeSuffix(text, "mm") || consumeSuffix(text, "m"))
            multiplier = 1e6;
        else if (consumeSuffix(text, "bn") || consumeSuffix(text, "b"))
            multiplier = 1e9;
        break;
    case MetricUnit::Count:
        break;
    case MetricUnit::Years:
        consumeSuffix(text, "years") || consumeSuffix(text, "year") || consumeSuffix(text, "yrs") ||
            consumeSuffix(text, "y");
        break;
    }
    const auto number = plainNumber(text);
    if (!number)
        return std::nullopt;
    const double value = *number * multiplier;
    if (unit == MetricUnit::Count && value != std::floor(value))
        return std::nullopt;
    return value;
}

std::string boundText(const Metric& metric, double bound)
{
    return formatEvidence(metric, bound);
}

}  // namespace

bool isBlankEvidence(const std::string& text)
{
    return trimmed(text).empty();
}

EvidenceParse parseEvidence(const Metric& metric, const std::string& text)
{
    const auto value = readInUnit(metric.unit, text);
    if (!value)
        return {fmt::format("\"{}\" is not {}.", trimmed(text), acceptedForms(metric.unit))};
    if (!metric.accepts(*value))
        return {fmt::format("{} must be between {} and {}.", metric.label, boundText(metric, metric.min),
                            boundText(metric, metric.max))};
    return {*value};
}

std::string formatEvidence(const Metric& metric, double value)
{
    switch (metric.unit) {
    case MetricUnit::Percent:
        return fmt::format("{:g}%", value);
    case MetricUnit::Currency:
    case MetricUnit::Count: {
        if (value != std::floor(value) || std::fabs(value) >= 1e15)
            return fmt::format("{:g}", value);
        std::string digits = fmt::format("{:.0f}", std::fabs(value));
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<size_t>(i), ",");
        return value < 0 ? "-" + digits : digits;
    }
    case MetricUnit::Years:
        return fmt::format("{:g} years", value);
    }
    return fmt::format("{:g}", value);
}

const char* evidenceUnitHint(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percent:
        return "%";
    case MetricUnit::Currency:
        return "amount";
    case MetricUnit::Count:
        return "count";
    case MetricUnit::Years:
        return "years";
    }
    return "";
}

}  // namespace amhire
