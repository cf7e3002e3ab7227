#include <sstream>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "PostingFixture.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingFormats.h"

using namespace amhire;
using amhire::test::completeInput;
using amhire::test::sampleTemplate;
using Catch::Matchers::Contains;

namespace {

// HTML fragments are XHTML-compatible: they parse as XML inside one root.
pugi::xml_parse_result parseFragment(const std::string& html, pugi::xml_document& doc)
{
    const std::string wrapped = "<root>" + html + "</root>";
    return doc.load_buffer(wrapped.data(), wrapped.size(), pugi::parse_default, pugi::encoding_utf8);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

size_t characters(const std::string& s)
{
    return static_cast<size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

TEST_CASE("the HTML of a posting is well-formed and keeps the sections", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Senior);
    input.company = "Smith & Jones <Ltd> \"Q\"";
    const Posting p = renderPosting(sampleTemplate(), input);
    const std::string html = toHtml(p.markdown);
    pugi::xml_document doc;
    const auto parsed = parseFragment(html, doc);
    INFO(html);
    REQUIRE(parsed);
    CHECK(std::string(doc.child("root").child("h1").text().get()) ==
          "Senior SaaS Account Manager — Smith & Jones <Ltd> \"Q\"");
    std::vector<std::string> headings;
    for (pugi::xml_node h2 : doc.child("root").children("h2"))
        headings.push_back(h2.text().get());
    CHECK(headings == std::vector<std::string>{"What you will do", "What you bring", "Skills",
                                               "Compensation and benefits", "How to apply"});
    CHECK(doc.child("root").select_nodes("ul/li").size() == 6);
}

TEST_CASE("raw HTML typed into a field is shown, never passed through", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Mid);
    input.company = "<img src=x onerror=alert(1)>";
    input.howToApply = "<script>alert(1)</script>";
    const std::string html = toHtml(renderPosting(sampleTemplate(), input).markdown);
    CHECK_THAT(html, !Contains("<img") && !Contains("<script"));
    CHECK_THAT(html, Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Even unescaped Markdown cannot inject: cmark's safe mode drops raw HTML.
    CHECK_THAT(toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1))"),
               !Contains("<script") && !Contains("javascript:"));
}

TEST_CASE("the saved HTML document is complete and well-formed", "[posting]")
{
    const Posting p = renderPosting(sampleTemplate(), completeInput("saas", Level::Mid));
    const std::string html = toHtmlDocument(p.markdown, "A <title> & more");
    pugi::xml_document doc;
    REQUIRE(doc.load_string(html.c_str()));
    CHECK(std::string(doc.select_node("/html/head/title").node().text().get()) == "A <title> & more");
    CHECK(doc.select_node("/html/head/style"));
    CHECK(std::string(doc.select_node("/html/body/h1").node().text().get()) == "SaaS Account Manager — Acme");
}

TEST_CASE("a highlighted range is marked in the HTML, and the HTML stays well-formed", "[posting]")
{
    const std::string md = "# Title\n\nThe **aggressive** plan for {company}.\n";
    const size_t word = md.find("aggressive");
    CHECK(toHtmlHighlighting(md, word, 10) ==
          "<h1>Title</h1>\n<p>The <strong><mark>aggressive</mark></strong> plan for {company}.</p>\n");
    const size_t brace = md.find("{company}");
    CHECK_THAT(toHtmlHighlighting(md, brace, 9), Contains("for <mark>{company}</mark>."));
    // A range across markup is cut at the first tag rather than cross it.
    const std::string across = toHtmlHighlighting(md, md.find("The"), 20);
    CHECK_THAT(across, Contains("<p><mark>The </mark><strong>aggressive</strong>"));
    CHECK(toHtmlHighlighting(md, 0, 0) == toHtml(md));
    CHECK(toHtmlHighlighting(md, md.size() + 5, 3) == toHtml(md));
    for (size_t offset = 0; offset < md.size(); ++offset) {
        pugi::xml_document doc;
        INFO(offset);
        CHECK(parseFragment(toHtmlHighlighting(md, offset, 7), doc));
    }
}

TEST_CASE("plain text: capital headings, bullets and wrapped lines", "[posting]")
{
    PostingInput input = completeInput("saas", Level::Mid);
    input.extraBenefits = {"A long benefit that goes on and on about the many things we offer people "
                           "who join us, far past the width of one line of text."};
    const std::string text = toPlainText(renderPosting(sampleTemplate(), input).markdown);
    const auto l = lines(text);
    REQUIRE(l.size() > 10);
    CHECK(l[0] == "SAAS ACCOUNT MANAGER — ACME");
    CHECK(l[1] == std::string(characters(l[0]), '='));
    CHECK(l[2].empty());
    CHECK_THAT(text, Contains("\n\nWHAT YOU WILL DO\n----------------\n\n• Own renewals for your book.\n\n"));
    CHECK_THAT(text, Contains("• Pay per year: $65,000–$85,000 base + commission, OTE $90,000–$120,000\n"
                              "• Health insurance.\n"));
    CHECK_THAT(text, Contains("• A long benefit that goes on and on about the many things we offer\n"
                              "  people who join us, far past the width of one line of text.\n"));
    CHECK_THAT(text, !Contains("**") && !Contains("\\"));
    for (const std::string& line : l) {
        INFO(line);
        CHECK(characters(line) <= 72);
        CHECK((line.empty() || line.back() != ' '));
    }
}

TEST_CASE("plain text keeps the words of links, emphasis and ordered lists", "[posting]")
{
    CHECK(toPlainText("See [our site](https://acme.example) or *email* `us`.\n") ==
          "See our site (https://acme.example) or email us.\n");
    CHECK(toPlainText("1. First\n2. Second\n\n> Quoted\n") == "1. First\n2. Second\n\n> Quoted\n");
    CHECK(toPlainText("A\\*B \\<b>\n") == "A*B <b>\n");
}
