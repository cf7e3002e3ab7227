#include "cli/CliContext.h"

#include "core/content/ContentLocator.h"
#include "core/DataPaths.h"
#include "core/storage/SqliteStorage.h"

#include <cstdlib>
#include <iostream>

namespace amhire::cli {

std::filesystem::path CliContext::resolvedContentDir() const
{
    return findContentDir(contentDir, executable);
}

std::filesystem::path CliContext::resolvedDatabasePath() const
{
    return databasePath ? *databasePath : defaultDatabasePath();
}

ContentLoadResult CliContext::loadContentOrFail() const
{
    ContentLoadResult result = loadContent(resolvedContentDir());
    if (!result.ok()) {
        for (const Diagnostic& d : result.diagnostics)
            std::cerr << d.format() << '\n';
        throw CliFailure("the content has errors; run `amhire-cli validate` for the list", 1);
    }
    return result;
}

std::unique_ptr<SqliteStorage> CliContext::openStorage(OpenMode mode) const
{
    const auto path = resolvedDatabasePath();
    std::error_code ec;
    if (mode == OpenMode::CreateIfMissing && path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    return SqliteStorage::open(path, mode);
}

std::string CliContext::actor() const
{
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    return "amhire-cli";
}

}  // namespace amhire::cli
