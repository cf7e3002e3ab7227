// TextPositions works out line:column with a cursor instead of a line table;
// it must give what the line table gave, for any order of offsets.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/content/TextPositions.h"
#include "core/content/XmlEncoding.h"

using amhire::LineColumn;
using amhire::TextPositions;

namespace {

// The way XmlFile::locate worked before: a table of line starts, searched.
LineColumn withLineTable(const std::string& text, size_t offset)
{
    std::vector<size_t> lineStarts{0};
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            lineStarts.push_back(i + 1);
    offset = std::min(offset, text.size());
    auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    const size_t lineIndex = static_cast<size_t>(it - lineStarts.begin()) - 1;
    const size_t from = lineIndex == 0 ? std::min(offset, amhire::utf8BomLength(text)) : lineStarts[lineIndex];
    int column = 1;
    for (size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    return {static_cast<int>(lineIndex) + 1, column};
}

const std::vector<std::string> kTexts = {
    "",
    "\n",
    "\n\n\n",
    "<a/>",
    "<?xml version=\"1.0\"?>\r\n<rubric>\r\n\t<x y=\"1\"/>\r\n</rubric>\r\n",
    "\xEF\xBB\xBF<rubric title=\"caf\xC3\xA9\"/>\n<x/>",
    "\xEF\xBB\xBF\n\xEF\xBB\xBF",
    "\t\tl\xC3\xBC" "ck\xE2\x82\xAC \xF0\x9F\x98\x80 end\nsecond line that is long enough to span words\n\n\nlast",
    std::string(100, '\n') + std::string(50, 'x') + "\n" + std::string(30, ' '),
};

void checkEveryOffset(const std::string& text, const std::vector<size_t>& order)
{
    TextPositions positions(text);
    for (size_t offset : order) {
        INFO("offset " << offset << " of " << text.size());
        const LineColumn expected = withLineTable(text, offset);
        const LineColumn got = positions.at(offset);
        CHECK(got.line == expected.line);
        CHECK(got.column == expected.column);
    }
}

}  // namespace

TEST_CASE("TextPositions gives the line table's line:col going forward, backward and at random",
          "[content][positions]")
{
    std::mt19937 engine(20261123);
    for (const std::string& text : kTexts) {
        std::vector<size_t> order;
        for (size_t offset = 0; offset <= text.size() + 2; ++offset)  // past the end is clamped
            order.push_back(offset);
        checkEveryOffset(text, order);
        std::reverse(order.begin(), order.end());
        checkEveryOffset(text, order);
        std::shuffle(order.begin(), order.end(), engine);
        checkEveryOffset(text, order);
    }
}

TEST_CASE("columns count characters: a tab is one, a multi-byte character is one, a BOM is none",
          "[content][positions]")
{
    const std::string text = "\xEF\xBB\xBF<a>\r\n\tcaf\xC3\xA9 \xF0\x9F\x98\x80x\r\n";
    TextPositions positions(text);
    CHECK(positions.at(3).column == 1);                     // '<' after the BOM
    CHECK(positions.at(text.find('\t')).line == 2);
    CHECK(positions.at(text.find('\t')).column == 1);
    CHECK(positions.at(text.find('c')).column == 2);       // after the tab
    CHECK(positions.at(text.find(' ', 8)).column == 6);    // "caf\u00e9" is 4 characters
    CHECK(positions.at(text.find('x')).column == 8);       // the emoji is one
    CHECK(positions.at(text.find('\r')).column == 4);      // CR is an ordinary character before LF
}

TEST_CASE("countNewlines counts every newline, across and within words", "[content][positions]")
{
    std::mt19937 engine(7);
    for (size_t length = 0; length < 70; ++length) {
        std::string text(length, 'a');
        for (char& c : text)
            c = "a\n\r\xC3\x0A"[engine() % 5];
        CHECK(amhire::countNewlines(text) == static_cast<size_t>(std::count(text.begin(), text.end(), '\n')));
    }
    CHECK(amhire::countNewlines(std::string(1000, '\n')) == 1000);
}

TEST_CASE("countNewlines and lastNewline agree with a plain count and search at any length",
          "[content][positions]")
{
    // Lengths around the 64-byte steps and past the 63 steps after which the
    // per-lane counts are added up; texts with many, few and no newlines.
    std::mt19937 engine(11);
    for (size_t length : {size_t{0}, size_t{1}, size_t{15}, size_t{16}, size_t{63}, size_t{64}, size_t{65},
                          size_t{127}, size_t{129}, size_t{4031}, size_t{4032}, size_t{4033}, size_t{4100},
                          size_t{9000}, size_t{20000}})
        for (unsigned every : {1u, 2u, 40u, 100000u}) {
            std::string text(length, 'a');
            for (char& c : text)
                c = engine() % every == 0 ? '\n' : "a\r\xC3\x0B"[engine() % 4];
            INFO("length " << length << ", a newline in " << every);
            CHECK(amhire::countNewlines(text) == static_cast<size_t>(std::count(text.begin(), text.end(), '\n')));
            CHECK(amhire::lastNewline(text) == text.rfind('\n'));
            for (size_t end = 0; end <= std::min<size_t>(length, 40); ++end) {
                const std::string_view head = std::string_view(text).substr(0, end);
                CHECK(amhire::lastNewline(head) == head.rfind('\n'));
            }
        }
}
