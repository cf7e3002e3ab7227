#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

#include "core/posting/TextScan.h"

using namespace amhire;

namespace {
std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> out;
    for (const TextWord& w : splitWords(text))
        out.emplace_back(w.text);
    return out;
}
}  // namespace

TEST_CASE("words are letters and digits, joined by inner apostrophes, hyphens and digit separators",
          "[posting]")
{
    CHECK(wordsOf("The client's self-reliant team earns $70,000–$90,000 (2.5%).") ==
          std::vector<std::string>{"The", "client's", "self-reliant", "team", "earns", "70,000", "90,000",
                                   "2.5"});
    CHECK(wordsOf("## Skills\n\n- **Clear** writing\n• Café — naïve’s") ==
          std::vector<std::string>{"Skills", "Clear", "writing", "Café", "naïve’s"});
    CHECK(wordsOf("end. Next, 'quoted' -- dash -x") ==
          std::vector<std::string>{"end", "Next", "quoted", "dash", "x"});
    CHECK(wordsOf("").empty());
    CHECK(wordsOf(" \n*** --- ").empty());
}

TEST_CASE("word offsets are byte offsets into the text", "[posting]")
{
    const std::string text = "— Acme's";
    const auto words = splitWords(text);
    REQUIRE(words.size() == 1);
    CHECK(words[0].offset == 4);  // the em dash is three bytes
}

TEST_CASE("invalid UTF-8 does not stop the scan", "[posting]")
{
    CHECK(wordsOf("ab\xC3 cd\xFF"
                  "ef") == std::vector<std::string>{"ab", "cd", "ef"});
}

TEST_CASE("offsets map to 1-based lines and character columns", "[posting]")
{
    const std::string text = "ab\n€x\n\nz";
    LineCursor index(text);  // offsets asked in order
    CHECK(index.locate(0).line == 1);
    CHECK(index.locate(0).column == 1);
    CHECK(index.locate(1).column == 2);
    const size_t x = text.find('x');
    CHECK(index.locate(x).line == 2);
    CHECK(index.locate(x).column == 2);  // after one character of three bytes
    CHECK(index.locate(text.find('z')).line == 4);
    CHECK(index.locate(text.size() + 10).line == 4);
}

TEST_CASE("lines and columns are those counted byte by byte, on long lines and short", "[posting]")
{
    std::mt19937 random(7);
    const std::vector<std::string> pieces = {"a", "word ", "\n", "\n\n", "\xE2\x82\xAC", "\xC3\xBC", std::string(40, 'x')};
    for (int round = 0; round < 50; ++round) {
        std::string text;
        while (text.size() < 600)
            text += pieces[random() % pieces.size()];
        std::vector<size_t> offsets;
        for (int i = 0; i < 20; ++i)
            offsets.push_back(random() % (text.size() + 5));
        std::sort(offsets.begin(), offsets.end());
        LineCursor cursor(text);
        for (size_t offset : offsets) {
            int line = 1;
            int column = 1;
            for (size_t i = 0; i < std::min(offset, text.size()); ++i) {
                if (text[i] == '\n') {
                    ++line;
                    column = 1;
                }
                else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                    ++column;
            }
            const TextPosition at = cursor.locate(offset);
            INFO(offset);
            CHECK(at.line == line);
            CHECK(at.column == column);
        }
    }
}
