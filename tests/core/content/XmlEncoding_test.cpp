// findEncodingProblem passes eight plain ASCII bytes at a time; a problem must
// still be found at its exact byte wherever it falls in or across a word.
#include <catch2/catch.hpp>

#include <string>

#include "core/content/XmlEncoding.h"

using amhire::findEncodingProblem;

namespace {

struct Case {
    const char* bytes;
    const char* message;  // part of the expected message
    size_t firstAt = 0;   // a byte order mark is allowed at the very start
};

const Case kCases[] = {
    {"\x01", "control character U+0001"},
    {"\x1B", "control character U+001B"},
    {"\xFF", "invalid UTF-8"},
    {"\xC3", "invalid UTF-8"},          // a lead byte with no continuation
    {"\xED\xA0\x80", "invalid UTF-8"},  // a surrogate
    {"\xEF\xBB\xBF", "byte order mark (U+FEFF)", 1},
    {"\xEF\xBF\xBE", "U+FFFE is not a character"},
    {"&#0;", "character reference '&#0;'"},
    {"&#x1B;", "character reference '&#x1B;'"},
    {"&#;", "malformed character reference"},
};

// `length` bytes of indented text: letters, spaces, tabs and line ends;
// `newlinesOnly` leaves out the tabs and CRs, as most files do, so that the
// 64-byte steps (which pass only '\n' among the control bytes) are taken.
std::string filler(size_t length, bool newlinesOnly = false)
{
    const std::string pattern = newlinesOnly ? "\n    <a x=\"1\">text" : "\r\n\t  <a x=\"1\">text";
    std::string out;
    while (out.size() < length)
        out += pattern;
    return out.substr(0, length);
}

}  // namespace

TEST_CASE("an encoding problem is found at its byte at every position within a word", "[content][encoding]")
{
    for (const Case& c : kCases) {
        for (bool newlinesOnly : {false, true}) {
            for (size_t at = c.firstAt; at < 140; ++at) {
                for (size_t after : {0, 1, 7, 8, 9, 20, 63, 64, 70}) {
                    const std::string text = filler(at, newlinesOnly) + c.bytes + filler(after, newlinesOnly);
                    INFO("bytes at " << at << ", " << after << " after: " << c.message);
                    const auto problem = findEncodingProblem(text);
                    REQUIRE(problem);
                    CHECK(problem->offset == at);
                    CHECK_THAT(problem->message, Catch::Matchers::Contains(c.message));
                }
            }
        }
    }
}

TEST_CASE("plain text, line ends, tabs, references and UTF-8 pass", "[content][encoding]")
{
    CHECK_FALSE(findEncodingProblem("\xEF\xBB\xBF<a b=\"c\">tab\there\r\nline &amp; &#233; &#x1F600;</a>\n"));
    CHECK_FALSE(findEncodingProblem("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 and a long ASCII tail of text"));
    std::string everyPrintable;
    for (int c = 0x20; c < 0x7F; ++c)
        if (c != '&')
            everyPrintable += static_cast<char>(c);
    CHECK_FALSE(findEncodingProblem(everyPrintable + everyPrintable));
    // A DEL (0x7F) is a character XML allows.
    CHECK_FALSE(findEncodingProblem("abcdefg\x7F" "abcdefgh"));
}
