#include <catch2/catch.hpp>

#include "core/posting/MarkdownEscape.h"
#include "core/posting/PostingFormats.h"

using namespace amhire;

namespace {
// What cmark makes of the escaped text: it must be the text itself.
std::string rendered(const std::string& plain)
{
    return toHtml(escapeMarkdown(plain));
}
}  // namespace

TEST_CASE("Markdown-special characters in plain text are escaped", "[posting]")
{
    CHECK(escapeMarkdown("A*B") == "A\\*B");
    CHECK(escapeMarkdown("snake_case [x] `y` <b> C#") == "snake\\_case \\[x\\] \\`y\\` \\<b> C\\#");
    CHECK(escapeMarkdown("back\\slash") == "back\\\\slash");
    CHECK(escapeMarkdown("AT&T") == "AT&T");
    CHECK(escapeMarkdown("&amp; &#42;") == "\\&amp; \\&\\#42;");
    CHECK(escapeMarkdown("Acme Corp, Inc. (EMEA) 100% - fast!") == "Acme Corp, Inc. (EMEA) 100% - fast!");
}

TEST_CASE("block markers are escaped at the start only", "[posting]")
{
    CHECK(escapeMarkdown("- Acme") == "\\- Acme");
    CHECK(escapeMarkdown("+1 Solutions") == "\\+1 Solutions");
    CHECK(escapeMarkdown("> Team") == "\\> Team");
    CHECK(escapeMarkdown("1. Corp") == "1\\. Corp");
    CHECK(escapeMarkdown("2024) Ltd") == "2024\\) Ltd");
    CHECK(escapeMarkdown("2024 Ltd") == "2024 Ltd");
    CHECK(escapeMarkdown("a-b > c") == "a-b > c");
    CHECK(escapeMarkdown("~~~ Tilde Ltd") == "\\~~~ Tilde Ltd");
    CHECK(escapeMarkdown("a ~ b") == "a ~ b");
}

TEST_CASE("an ampersand at the end of a piece is escaped: the next piece may complete an entity", "[posting]")
{
    CHECK(escapeMarkdown("R&") == "R\\&");
    CHECK(escapeMarkdown("R&#") == "R\\&\\#");
    CHECK(escapeMarkdown("AT&T") == "AT&T");
    CHECK(toHtml(escapeMarkdown("R&") + escapeMarkdown("amp; Co")) == "<p>R&amp;amp; Co</p>\n");
}

TEST_CASE("escaped text renders as exactly the text", "[posting]")
{
    CHECK(rendered("A*B and C*D") == "<p>A*B and C*D</p>\n");
    CHECK(rendered("_under_ **bold**") == "<p>_under_ **bold**</p>\n");
    CHECK(rendered("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    CHECK(rendered("[link](http://x)") == "<p>[link](http://x)</p>\n");
    CHECK(rendered("- not a list") == "<p>- not a list</p>\n");
    CHECK(rendered("# not a heading") == "<p># not a heading</p>\n");
    CHECK(rendered("1. not a list") == "<p>1. not a list</p>\n");
    CHECK(rendered("&copy; stays") == "<p>&amp;copy; stays</p>\n");
    CHECK(rendered("ends with a backslash\\") == "<p>ends with a backslash\\</p>\n");
    CHECK(rendered("~~~ not a fence") == "<p>~~~ not a fence</p>\n");
}
