#include "core/content/ContentStamp.h"

#include <algorithm>
#include <chrono>
#include <system_error>

#include "core/content/ContentLoader.h"
#include "core/posting/GenderCodedWords.h"

namespace amhire {

namespace {

void addFile(const std::filesystem::path& root, const std::filesystem::path& file, ContentStamp& stamp)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return;
    const auto modified = std::filesystem::last_write_time(file, ec);
    if (ec)
        return;
    ContentFileStamp entry;
    entry.path = file.lexically_relative(root).generic_string();
    entry.size = size;
    entry.modified =
        std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count();
    stamp.files.push_back(std::move(entry));
}

} // namespace

ContentStamp stampContent(const std::filesystem::path& root)
{
    ContentStamp stamp;
    for (const auto& file : contentFilesInLoadOrder(root))
        addFile(root, file, stamp);
    addFile(root, genderCodedWordsFile(root), stamp);
    std::sort(stamp.files.begin(), stamp.files.end(),
              [](const ContentFileStamp& a, const ContentFileStamp& b) { return a.path < b.path; });
    return stamp;
}

std::vector<std::string> changedContentFiles(const ContentStamp& before, const ContentStamp& after)
{
    // Both sorted by path: one walk down the two lists.
    std::vector<std::string> changed;
    auto b = before.files.begin();
    auto a = after.files.begin();
    while (b != before.files.end() || a != after.files.end()) {
        if (a == after.files.end() || (b != before.files.end() && b->path < a->path)) {
            changed.push_back(b->path); // removed
            ++b;
        }
        else if (b == before.files.end() || a->path < b->path) {
            changed.push_back(a->path); // added
            ++a;
        }
        else {
            if (*a != *b)
                changed.push_back(a->path);
            ++a;
            ++b;
        }
    }
    return changed;
}

} // namespace amhire
