#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace amhire::test {

inline std::filesystem::path dataDir() { return AMHIRE_TEST_DATA_DIR; }
inline std::filesystem::path sourceDir() { return AMHIRE_SOURCE_DIR; }

// A fresh, empty directory under the system temp dir, removed when it goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "amhire-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
}

inline TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace amhire::test
