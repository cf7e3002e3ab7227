#pragma once

#include <filesystem>
#include <string>

#include "core/content/Content.h"
#include "core/content/Diagnostic.h"
#include "core/content/XmlFile.h"

namespace amhire {

struct ContentLoadResult {
    Content content;
    Diagnostics diagnostics;  // every problem found, in file order
    int filesRead = 0;

    bool ok() const { return !hasErrors(diagnostics); }
};

// Loads rubrics/, questionbank/ and templates/ under `root`, reporting all
// problems rather than stopping at the first. What loaded cleanly is kept, so
// the app can open on partly broken content and show what is wrong.
ContentLoadResult loadContent(const std::filesystem::path& root, const XmlLimits& limits = {});

// The folders, in load order: rubrics first because the others refer to them.
inline constexpr const char* kContentFolders[] = {"rubrics", "questionbank", "templates"};

}  // namespace amhire
