#pragma once

#include <filesystem>
#include <optional>

namespace amhire {

// Finds the bundled content: an explicit folder wins, then $AMHIRE_CONTENT_DIR,
// then the installed share/amhire beside the program, then the source tree the
// program was built from (so a fresh build runs without installing).
std::filesystem::path findContentDir(const std::optional<std::filesystem::path>& explicitDir,
                                     const std::filesystem::path& executable);

}  // namespace amhire
