#include "core/content/Diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace amhire {

const char* toString(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

std::string Diagnostic::format() const
{
    if (line <= 0)
        return fmt::format("{}: {}: {}", path, toString(severity), message);
    return fmt::format("{}:{}:{}: {}: {}", path, line, column, toString(severity), message);
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace amhire
