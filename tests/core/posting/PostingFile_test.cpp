#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "TestPaths.h"
#include "core/export/ExportError.h"
#include "core/posting/PostingFile.h"

using namespace amhire;
namespace fs = std::filesystem;

namespace {

Posting samplePosting()
{
    return {"Account Manager, SaaS", "# Account Manager, SaaS\n\nYou will look after **forty** accounts.\n"};
}

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("A posting file's format comes from its id or its extension", "[posting]")
{
    for (PostingFileFormat format :
         {PostingFileFormat::Markdown, PostingFileFormat::Html, PostingFileFormat::Text})
        CHECK(parsePostingFileFormat(postingFileFormatId(format)) == format);
    CHECK_FALSE(parsePostingFileFormat("pdf"));
    CHECK(postingFileFormatFor("job.md") == PostingFileFormat::Markdown);
    CHECK(postingFileFormatFor("job.Markdown") == PostingFileFormat::Markdown);
    CHECK(postingFileFormatFor("/tmp/job.HTML") == PostingFileFormat::Html);
    CHECK(postingFileFormatFor("job.htm") == PostingFileFormat::Html);
    CHECK(postingFileFormatFor("job.txt") == PostingFileFormat::Text);
    CHECK_FALSE(postingFileFormatFor("job"));
    CHECK_FALSE(postingFileFormatFor("job.md.bak"));
}

TEST_CASE("A saved posting holds its format's text and replaces an earlier file", "[posting]")
{
    test::TempDir dir;
    const Posting posting = samplePosting();
    const fs::path md = dir / "posting.md";
    std::ofstream(md) << "an earlier, longer posting that must not survive in part";
    savePosting(posting, PostingFileFormat::Markdown, md);
    CHECK(contents(md) == posting.markdown);

    const fs::path html = dir / "posting.html";
    savePosting(posting, PostingFileFormat::Html, html);
    CHECK(contents(html).rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contents(html).find("<strong>forty</strong>") != std::string::npos);

    const fs::path text = dir / "posting.txt";
    savePosting(posting, PostingFileFormat::Text, text);
    CHECK(contents(text).find("ACCOUNT MANAGER, SAAS") != std::string::npos);
    CHECK(contents(text).find("**") == std::string::npos);
    CHECK(fs::directory_iterator(dir.path()) !=
          fs::directory_iterator()); // and nothing half-made beside them
    for (const auto& entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().extension() != ".partial");
}

TEST_CASE("A posting that cannot be saved says where, and leaves nothing behind", "[posting]")
{
    test::TempDir dir;
    const fs::path missing = dir / "no-such-folder" / "posting.md";
    CHECK_THROWS_AS(savePosting(samplePosting(), PostingFileFormat::Markdown, missing), ExportError);
    CHECK_THROWS_WITH(savePosting(samplePosting(), PostingFileFormat::Markdown, missing),
                      Catch::Contains(missing.string()));
    CHECK(fs::is_empty(dir.path()));
}
