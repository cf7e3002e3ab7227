// Files of a load are read one after another into the same XmlFileBytes;
// each must read, parse and locate exactly as one read on its own.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "TestPaths.h"
#include "core/content/XmlFile.h"
#include "core/content/XmlFileBytes.h"

namespace {

std::string writeFile(const amhire::test::TempDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = (dir.path() / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// `words` words of text inside a root, one per line, so that the file is
// as long as asked and its last element sits on a known line.
std::string document(int words)
{
    std::string text = "<r>\n";
    for (int i = 0; i < words; ++i)
        text += "  <w n=\"" + std::to_string(i) + "\">word</w>\n";
    return text + "  <last/>\n</r>\n";
}

}  // namespace

TEST_CASE("files read one after another into the same bytes each read as on their own", "[content][bytes]")
{
    amhire::test::TempDir dir;
    amhire::XmlFileBytes bytes;
    // Small, larger (the bytes grow), small again, then larger than double.
    for (int words : {3, 200, 1, 50, 900}) {
        const std::string text = document(words);
        const std::string path = writeFile(dir, "f" + std::to_string(words) + ".xml", text);
        amhire::Diagnostics out;
        const auto shared = amhire::XmlFile::load(path, out, {}, &bytes);
        REQUIRE(shared);
        const auto own = amhire::XmlFile::load(path, out, {});
        REQUIRE(own);
        CHECK(out.empty());
        CHECK(shared->original() == text);
        CHECK(own->original() == text);
        const pugi::xml_node last = shared->root().child("last");
        REQUIRE(last);
        CHECK(shared->locate(last).line == words + 2);
        CHECK(shared->locate(last).column == 3);
        CHECK(own->locate(own->root().child("last")).line == words + 2);
    }
}

TEST_CASE("a file that cannot be parsed leaves the bytes fit for the next", "[content][bytes]")
{
    amhire::test::TempDir dir;
    amhire::XmlFileBytes bytes;
    amhire::Diagnostics out;
    CHECK_FALSE(amhire::XmlFile::load(writeFile(dir, "bad.xml", "<r><unclosed></r>"), out, {}, &bytes));
    CHECK(out.size() == 1);
    const auto good = amhire::XmlFile::load(writeFile(dir, "good.xml", document(2)), out, {}, &bytes);
    REQUIRE(good);
    CHECK(out.size() == 1);
    CHECK(good->original() == document(2));
}
