// Every file under tests/data/hostile/ is loaded the way the app loads
// content, in place of one file of a valid content folder, and must give the
// diagnostic EXPECTED.txt names for it, at its line:col (or for the whole
// file), without an exception, a crash or a long wait. Cases too big to commit
// (a 50 MB file, nesting half a million deep, 100k items) are generated here.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

#include "ContentFixture.h"
#include "core/content/XmlFile.h"

namespace fs = std::filesystem;
using amhire::test::ContentFixture;

namespace {

struct Expectation {
    std::string location;  // "line:col", or "file" for a whole-file diagnostic
    std::string fragment;  // part of the message
};

fs::path hostileDir() { return amhire::test::dataDir() / "hostile"; }

// EXPECTED.txt: "<kind>/<file> <line:col|file> <message fragment>" per line.
std::map<std::string, Expectation> readExpectations()
{
    std::map<std::string, Expectation> expected;
    std::ifstream in(hostileDir() / "EXPECTED.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string file;
        Expectation e;
        fields >> file >> e.location;
        std::getline(fields >> std::ws, e.fragment);
        expected[file] = e;
    }
    return expected;
}

std::string locationOf(const amhire::Diagnostic& d)
{
    return d.line == 0 ? "file" : std::to_string(d.line) + ":" + std::to_string(d.column);
}

// The valid fixture file of each kind, which a hostile file replaces.
const std::map<std::string, std::string> kFixtureFile = {
    {"rubrics", "rubrics/core.xml"}, {"questionbank", "questionbank/bank.xml"}, {"templates", "templates/general.xml"}};

struct HostileLoad {
    std::vector<amhire::Diagnostic> forFile;  // diagnostics about the hostile file itself
    std::vector<amhire::Diagnostic> all;
    double seconds = 0;
};

// Loads a content folder in which `bytes` (or a copy of `source`) replaces
// the kind's valid file under the name `relative`.
HostileLoad loadWith(const std::string& relative, const fs::path& source, const std::string* bytes = nullptr)
{
    ContentFixture fixture;
    const std::string kind = relative.substr(0, relative.find('/'));
    fs::remove(fixture.path() / kFixtureFile.at(kind));
    const fs::path target = fixture.path() / relative;
    if (bytes)
        fixture.write(relative, *bytes);
    else
        fs::copy_file(source, target);
    HostileLoad result;
    const auto start = std::chrono::steady_clock::now();
    amhire::ContentLoadResult loaded;
    REQUIRE_NOTHROW(loaded = amhire::loadContent(fixture.path()));
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.all = loaded.diagnostics;
    for (const auto& d : loaded.diagnostics)
        if (d.path == target.string())
            result.forFile.push_back(d);
    return result;
}

// What every diagnostic must be, whatever the input: placed and worded.
void checkWellFormed(const HostileLoad& load)
{
    for (const auto& d : load.all) {
        CHECK_FALSE(d.path.empty());
        CHECK_FALSE(d.message.empty());
        CHECK(d.line >= 0);
        CHECK(d.column >= 0);
        CHECK((d.line == 0) == (d.column == 0));
        // Nothing a file refers to (here /etc/passwd) may reach a message.
        CHECK(d.message.find("root:x:0:0") == std::string::npos);
    }
    // Generous for sanitizer builds; an unbounded loop or blow-up takes far longer.
    CHECK(load.seconds < 20);
}

void checkExpected(const HostileLoad& load, const Expectation& expected)
{
    REQUIRE_FALSE(load.forFile.empty());
    bool found = false;
    for (const auto& d : load.forFile)
        found = found || (locationOf(d) == expected.location && d.message.find(expected.fragment) != std::string::npos);
    if (!found)
        for (const auto& d : load.forFile)
            UNSCOPED_INFO("got: " << d.format());
    CHECK(found);
}

}  // namespace

TEST_CASE("every hostile content file gives its expected diagnostic", "[content][hostile]")
{
    const auto expected = readExpectations();
    REQUIRE(expected.size() >= 50);
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(hostileDir()))
        if (entry.is_regular_file() && entry.path().extension() == ".xml")
            files.push_back(fs::relative(entry.path(), hostileDir()).generic_string());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == expected.size());  // no file without an expectation, and the reverse

    for (const std::string& file : files) {
        DYNAMIC_SECTION(file)
        {
            auto it = expected.find(file);
            REQUIRE(it != expected.end());
            const HostileLoad load = loadWith(file, hostileDir() / file);
            checkWellFormed(load);
            checkExpected(load, it->second);
        }
    }
}

TEST_CASE("hostile content too big to commit is refused with a clear message", "[content][hostile]")
{
    SECTION("a 50 MB file is refused before it is read")
    {
        std::string big = "<rubric id=\"core\" version=\"1\" title=\"Core\">\n";
        big.reserve(50u * 1024u * 1024u);
        while (big.size() < 50u * 1024u * 1024u)
            big += "<competency id=\"padding\" name=\"Padding\" category=\"x\" weight=\"1\"/>\n";
        const HostileLoad load = loadWith("rubrics/fifty-megabytes.xml", {}, &big);
        checkWellFormed(load);
        checkExpected(load, {"file", "content files may be at most 4194304 bytes"});
    }
    SECTION("half a million elements nested inside each other")
    {
        std::string deep = "<rubric>";
        for (int i = 0; i < 550'000; ++i)
            deep += "<a>";
        const HostileLoad open = loadWith("rubrics/deep-unclosed.xml", {}, &deep);
        checkWellFormed(open);
        checkExpected(open, {"1:1650008", "the file ends early"});
        for (int i = 0; i < 550'000; ++i)
            deep += "</a>";
        deep += "</rubric>";
        const HostileLoad closed = loadWith("rubrics/deep.xml", {}, &deep);
        checkWellFormed(closed);
        checkExpected(closed, {"1:54", "nested more than 16 deep"});
    }
    SECTION("100,000 questions in one bank")
    {
        std::string bank = "<questionbank id=\"bank\" title=\"Bank\">\n";
        for (int i = 0; i < 100'000; ++i)
            bank += "<question id=\"q\"/>\n";
        bank += "</questionbank>\n";
        const HostileLoad load = loadWith("questionbank/many.xml", {}, &bank);
        checkWellFormed(load);
        checkExpected(load, {"1:1", "<questionbank> has more than 1000 child elements"});
    }
    SECTION("a 3 MB attribute")
    {
        std::string rubric = ContentFixture::kRubric;
        rubric.replace(rubric.find("title=\"Core\""), 12, "title=\"" + std::string(3'000'000, 'A') + "\"");
        const HostileLoad load = loadWith("rubrics/huge-attribute.xml", {}, &rubric);
        checkWellFormed(load);
        checkExpected(load, {"2:31", "attribute 'title' is 3000000 bytes long"});
    }
}

TEST_CASE("content paths that are not regular files are refused without hanging", "[content][hostile]")
{
    ContentFixture fixture;
    const fs::path fifo = fixture.path() / "rubrics/pipe.xml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    fs::create_symlink("/dev/zero", fixture.path() / "rubrics/zero.xml");
    const auto result = fixture.load();
    std::vector<std::string> messages;
    for (const auto& d : result.diagnostics)
        if (d.path == fifo.string() || d.path == (fixture.path() / "rubrics/zero.xml").string())
            messages.push_back(locationOf(d) + " " + d.message);
    REQUIRE(messages.size() == 2);
    for (const auto& m : messages)
        CHECK_THAT(m, Catch::Matchers::StartsWith("file cannot read file"));
}

TEST_CASE("one UTF-8 byte order mark is accepted and takes no column", "[content][hostile]")
{
    ContentFixture fixture;
    fixture.write("rubrics/core.xml", std::string("\xEF\xBB\xBF") + ContentFixture::kRubric);
    CHECK(fixture.messages().empty());
    fixture.write("rubrics/core.xml", std::string("\xEF\xBB\xBF<rubric id=\"Bad\" version=\"1\" title=\"T\"/>"));
    const auto messages = fixture.messages();
    REQUIRE_FALSE(messages.empty());
    CHECK_THAT(messages[0], Catch::Matchers::StartsWith("rubrics/core.xml:1:9: error: 'Bad' is not a valid id"));
}

TEST_CASE("a path wrongly listed as a regular file is still refused as the listing would have it",
          "[content][hostile]")
{
    // Between listing a folder and opening a file, the file can be swapped
    // for a pipe: the file opened as a regular one is looked at first.
    ContentFixture fixture;
    const fs::path fifo = fixture.path() / "rubrics/pipe.xml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    amhire::Diagnostics viaListing;
    amhire::Diagnostics careful;
    CHECK(amhire::XmlFile::load(fifo.string(), viaListing, {}, nullptr, true) == nullptr);
    CHECK(amhire::XmlFile::load(fifo.string(), careful) == nullptr);
    REQUIRE(viaListing.size() == 1);
    REQUIRE(careful.size() == 1);
    CHECK(viaListing[0].message == careful[0].message);
    CHECK_THAT(viaListing[0].message, Catch::Matchers::StartsWith("cannot read file"));
}
