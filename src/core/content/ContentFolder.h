#pragma once

#include <optional>
#include <string>
#include <vector>

namespace amhire {

// The names of the .xml files directly in `dir` (not folders, nor a link to
// one), sorted: the order they are loaded in. nullopt when `dir` cannot be
// opened. Names, not paths: a load lists its folders every time, and a
// std::filesystem::path per entry costs more than reading the entry.
std::optional<std::vector<std::string>> contentFileNamesIn(const std::string& dir);

// The same, each with whether the listing saw a regular file (not a link,
// nor a file system that does not say).
struct ContentFileEntry {
    std::string name;
    bool regular = false;
};
std::optional<std::vector<ContentFileEntry>> contentFileEntriesIn(const std::string& dir);

}  // namespace amhire
