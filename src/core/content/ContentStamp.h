#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace amhire {

// The content folder's files as the file system describes them (name, size,
// last change), without reading them: enough to notice that an author has
// edited, added or removed a file since the content was loaded, at the cost
// of one look-up per file.
struct ContentFileStamp {
    std::string path; // relative to the content folder, with '/' between parts
    std::uintmax_t size = 0;
    std::int64_t modified = 0; // nanoseconds of the file clock

    bool operator==(const ContentFileStamp& other) const
    {
        return path == other.path && size == other.size && modified == other.modified;
    }
    bool operator!=(const ContentFileStamp& other) const { return !(*this == other); }
};

struct ContentStamp {
    std::vector<ContentFileStamp> files; // sorted by path

    bool operator==(const ContentStamp& other) const { return files == other.files; }
    bool operator!=(const ContentStamp& other) const { return !(*this == other); }
};

// Every file a load of `root` reads: the XML files of each content folder
// and the gender-coded word list. A folder or file that cannot be looked at
// is left out, which a later stamp that can see it tells apart.
ContentStamp stampContent(const std::filesystem::path& root);

// The files added, removed or changed from `before` to `after`, by path.
std::vector<std::string> changedContentFiles(const ContentStamp& before, const ContentStamp& after);

} // namespace amhire
