#include <catch2/catch.hpp>

#include <chrono>

#include "ContentFixture.h"
#include "core/content/ContentStamp.h"

using amhire::changedContentFiles;
using amhire::stampContent;
using amhire::test::ContentFixture;
using Files = std::vector<std::string>;

TEST_CASE("A content stamp lists every file a load reads, by its path in the folder", "[content][stamp]")
{
    ContentFixture fixture;
    fixture.write("rubrics/notes.txt", "not content");
    std::filesystem::create_directories(fixture.path() / "data");
    fixture.write("data/gender-coded-words.txt", "masculine: lead*\n");

    const auto stamp = stampContent(fixture.path());
    Files paths;
    for (const auto& file : stamp.files)
        paths.push_back(file.path);
    CHECK(paths == Files{"data/gender-coded-words.txt", "questionbank/bank.xml", "rubrics/core.xml",
                         "templates/general.xml"});
    CHECK(stamp.files[2].size == std::string(ContentFixture::kRubric).size());
}

TEST_CASE("Nothing touched, nothing changed", "[content][stamp]")
{
    ContentFixture fixture;
    const auto before = stampContent(fixture.path());
    const auto after = stampContent(fixture.path());
    CHECK(before == after);
    CHECK(changedContentFiles(before, after).empty());
}

TEST_CASE("An edit, a new file and a removed file are each noticed", "[content][stamp]")
{
    ContentFixture fixture;
    const auto before = stampContent(fixture.path());

    SECTION("an edit that changes the size")
    {
        fixture.edit("questionbank/bank.xml", "Respond.", "Respond to it.");
        CHECK(changedContentFiles(before, stampContent(fixture.path())) == Files{"questionbank/bank.xml"});
    }
    SECTION("an edit of the same size, told by its time")
    {
        fixture.edit("rubrics/core.xml", "Core", "Main");
        const auto file = fixture.path() / "rubrics/core.xml";
        // Two writes within one tick of the file clock can share a time.
        std::filesystem::last_write_time(file,
                                         std::filesystem::last_write_time(file) + std::chrono::seconds(1));
        const auto after = stampContent(fixture.path());
        CHECK(before != after);
        CHECK(changedContentFiles(before, after) == Files{"rubrics/core.xml"});
    }
    SECTION("a file added and one removed")
    {
        fixture.write("templates/agency.xml", ContentFixture::kTemplate);
        std::filesystem::remove(fixture.path() / "rubrics/core.xml");
        CHECK(changedContentFiles(before, stampContent(fixture.path())) ==
              Files{"rubrics/core.xml", "templates/agency.xml"});
    }
    SECTION("a whole folder gone")
    {
        std::filesystem::remove_all(fixture.path() / "templates");
        CHECK(changedContentFiles(before, stampContent(fixture.path())) == Files{"templates/general.xml"});
    }
}
