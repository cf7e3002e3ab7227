#pragma once

#include <string>
#include <vector>

namespace amhire {

enum class Severity { Error, Warning, Note };

const char* toString(Severity severity);

// One finding about a content file, in the form compilers use so editors and
// CI logs can jump to it: `path:line:col: error: message`. Line and column are
// 1-based; 0 means "the whole file" (e.g. it cannot be read at all).
struct Diagnostic {
    std::string path;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string message;

    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics& diagnostics);

}  // namespace amhire
