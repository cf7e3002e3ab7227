#include "cli/CliContext.h"

#include "core/content/ContentLocator.h"
#include "core/DataPaths.h"

namespace amhire::cli {

std::filesystem::path CliContext::resolvedContentDir() const
{
    return findContentDir(contentDir, executable);
}

std::filesystem::path CliContext::resolvedDatabasePath() const
{
    return databasePath ? *databasePath : defaultDatabasePath();
}

}  // namespace amhire::cli
