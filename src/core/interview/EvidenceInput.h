#pragma once

#include <string>
#include <variant>

#include "core/content/Competency.h"

namespace amhire {

// What an interviewer typed into an evidence field, read in the metric's unit:
// "94%" or "94" for a percentage, "$1.2M", "250k" or "1,200,000" for money,
// "3.5 years" for years. Either the value or a message saying what is wrong
// and what is accepted, ready to show beside the field.
struct EvidenceParse {
    std::variant<double, std::string> result;

    bool ok() const { return std::holds_alternative<double>(result); }
    double value() const { return std::get<double>(result); }
    const std::string& error() const { return std::get<std::string>(result); }
};

// An empty or all-blank text means "no evidence" and is not an error; callers
// check for that first with isBlankEvidence().
EvidenceParse parseEvidence(const Metric& metric, const std::string& text);
bool isBlankEvidence(const std::string& text);

// The value written back the way parseEvidence reads it, e.g. "94%", "1,200,000".
std::string formatEvidence(const Metric& metric, double value);

// A short hint of the unit for the field's label: "%", "amount", "count", "years".
const char* evidenceUnitHint(MetricUnit unit);

}  // namespace amhire
