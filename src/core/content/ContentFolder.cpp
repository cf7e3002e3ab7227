#include "core/content/ContentFolder.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

namespace amhire {

namespace {

// What std::filesystem::path::extension() == ".xml" says: a leading dot
// starts no extension, so ".xml" alone is a hidden file without one.
bool hasXmlExtension(const char* name)
{
    const size_t length = std::strlen(name);
    return length > 4 && std::strcmp(name + length - 4, ".xml") == 0;
}

bool isFolder(const std::string& dir, const dirent& entry)
{
    if (entry.d_type == DT_DIR)
        return true;
    if (entry.d_type != DT_LNK && entry.d_type != DT_UNKNOWN)
        return false;
    // A link is followed, as directory_entry::is_directory() does.
    struct stat status {};
    const std::string path = dir + '/' + entry.d_name;
    return ::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
}

// Closes the stream it was given, however the listing ends.
struct FolderStream {
    DIR* stream = nullptr;
    ~FolderStream()
    {
        if (stream)
            ::closedir(stream);
    }
};

}  // namespace

std::optional<std::vector<ContentFileEntry>> contentFileEntriesIn(const std::string& dir)
{
    const FolderStream folder{::opendir(dir.c_str())};
    if (!folder.stream)
        return std::nullopt;
    std::vector<ContentFileEntry> entries;
    while (const dirent* entry = ::readdir(folder.stream))
        if (hasXmlExtension(entry->d_name) && !isFolder(dir, *entry))
            entries.push_back({entry->d_name, entry->d_type == DT_REG});
    // Paths in one folder sort as their names do.
    std::sort(entries.begin(), entries.end(),
              [](const ContentFileEntry& a, const ContentFileEntry& b) { return a.name < b.name; });
    return entries;
}

std::optional<std::vector<std::string>> contentFileNamesIn(const std::string& dir)
{
    auto entries = contentFileEntriesIn(dir);
    if (!entries)
        return std::nullopt;
    std::vector<std::string> names;
    names.reserve(entries->size());
    for (ContentFileEntry& entry : *entries)
        names.push_back(std::move(entry.name));
    return names;
}

}  // namespace amhire
