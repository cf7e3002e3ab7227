#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "TestPaths.h"
#include "core/export/PartialFile.h"

using namespace amhire;
namespace fs = std::filesystem;

namespace {

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

} // namespace

TEST_CASE("A partial file takes its target's place only when committed", "[export]")
{
    test::TempDir dir;
    const fs::path target = dir / "kit.pdf";
    write(target, "the earlier export");
    SECTION("committed: the new bytes replace the old, and nothing is left beside them")
    {
        PartialFile file(target);
        write(file.path(), "the new export");
        CHECK(contents(target) == "the earlier export");
        file.commit();
        CHECK(contents(target) == "the new export");
        CHECK_FALSE(fs::exists(file.path()));
    }
    SECTION("abandoned half-way: the earlier file stays, and the half-made one goes")
    {
        fs::path partial;
        {
            PartialFile file(target);
            partial = file.path();
            write(partial, "half of");
        }
        CHECK(contents(target) == "the earlier export");
        CHECK_FALSE(fs::exists(partial));
    }
}

TEST_CASE("A partial file's failure names the file the user chose", "[export]")
{
    test::TempDir dir;
    const fs::path target = dir / "report.html";
    PartialFile file(target);
    const auto error =
        file.aboutTarget(std::runtime_error("Cannot create " + file.path().string() + ": full."));
    CHECK(std::string(error.what()) == "Cannot create " + target.string() + ": full.");
}

TEST_CASE("A partial file that cannot take its target's place says why", "[export]")
{
    test::TempDir dir;
    const fs::path target = dir / "occupied";
    fs::create_directories(target / "inside"); // a non-empty folder cannot be renamed over
    PartialFile file(target);
    write(file.path(), "text");
    CHECK_THROWS_WITH(file.commit(), Catch::Contains("Cannot replace " + target.string()));
}
