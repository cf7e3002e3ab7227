#include "app/Workspace.h"

#include <stdexcept>

#include "core/storage/SqliteStorage.h"

namespace amhire::app {

Storage& Workspace::storage() const
{
    if (!storage_)
        throw std::logic_error("no database is open");
    return *storage_;
}

void Workspace::openDatabase(const std::filesystem::path& path, OpenMode mode)
{
    std::error_code ec;
    if (mode == OpenMode::CreateIfMissing && path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    auto opened = SqliteStorage::open(path, mode);  // throws before we touch the current one
    storage_ = std::move(opened);
    databasePath_ = path;
}

void Workspace::closeDatabase()
{
    storage_.reset();
    databasePath_.clear();
}

}  // namespace amhire::app
