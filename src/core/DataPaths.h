#pragma once

#include <filesystem>

namespace amhire {

// $XDG_DATA_HOME/amhire/amhire.db, or ~/.local/share/amhire/amhire.db: the
// one database the app and the CLI use unless told otherwise.
std::filesystem::path defaultDatabasePath();

}  // namespace amhire
