#include "core/DataPaths.h"

#include <cstdlib>

namespace amhire {

std::filesystem::path defaultDatabasePath()
{
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::temp_directory_path();
    return base / "amhire" / "amhire.db";
}

}  // namespace amhire
