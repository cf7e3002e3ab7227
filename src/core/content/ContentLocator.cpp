#include "core/content/ContentLocator.h"

#include <cstdlib>

namespace amhire {

namespace {
bool looksLikeContent(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::is_directory(dir / "rubrics", ec);
}
}  // namespace

std::filesystem::path findContentDir(const std::optional<std::filesystem::path>& explicitDir,
                                     const std::filesystem::path& executable)
{
    if (explicitDir)
        return *explicitDir;
    if (const char* env = std::getenv("AMHIRE_CONTENT_DIR"); env && *env)
        return env;
    std::error_code ec;
    auto exe = std::filesystem::weakly_canonical(executable, ec);
    if (!ec && exe.has_parent_path()) {
        auto installed = exe.parent_path().parent_path() / AMHIRE_INSTALL_DATADIR / "amhire";
        if (looksLikeContent(installed))
            return installed;
    }
    return AMHIRE_SOURCE_CONTENT_DIR;
}

}  // namespace amhire
