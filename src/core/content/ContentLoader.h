#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

// The .xml files directly in `dir`, sorted: the order they are loaded in.
std::vector<std::filesystem::path> contentFilesIn(const std::filesystem::path& dir);
// Those of every folder of kContentFolders under `root`, in load order.
std::vector<std::filesystem::path> contentFilesInLoadOrder(const std::filesystem::path& root);

}  // namespace amhire
