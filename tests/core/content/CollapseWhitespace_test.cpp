// collapseWhitespace takes 16 or 8 bytes at a time where it can; it must give what
// the plain definition gives for any text.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/content/CollapseWhitespace.h"

using amhire::collapseWhitespace;

namespace {

bool isCLocaleSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The definition: the words, joined by one space.
std::string collapsedByWords(const std::string& text)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isCLocaleSpace(text[i]))
            ++i;
        const size_t start = i;
        while (i < text.size() && !isCLocaleSpace(text[i]))
            ++i;
        if (i > start)
            out += (out.empty() ? "" : " ") + text.substr(start, i - start);
    }
    return out;
}

}  // namespace

TEST_CASE("collapseWhitespace drops white space at the ends and makes each run one space", "[content][collapse]")
{
    CHECK(collapseWhitespace("") == "");
    CHECK(collapseWhitespace(" \t\r\n") == "");
    CHECK(collapseWhitespace("  a \n\t b  ") == "a b");
    CHECK(collapseWhitespace("Reaches renewals on value.") == "Reaches renewals on value.");
    CHECK(collapseWhitespace("\n      Reaches renewals\r\n      on  value, caf\xC3\xA9.\n    ") ==
          "Reaches renewals on value, caf\xC3\xA9.");
    CHECK(collapseWhitespace("a\vb\fc") == "a b c");
    CHECK(collapseWhitespace("\x01" "a\x7F") == "\x01" "a\x7F");  // other control characters stay
}

// Random texts from `alphabet` (of which the first `letters(round)` are
// used), up to `maxLength` bytes, each folded both ways.
template <size_t N, typename Letters>
void checkRandomTexts(unsigned seed, const char (&alphabet)[N], size_t maxLength, Letters letters)
{
    std::mt19937 engine(seed);
    for (int round = 0; round < 20000; ++round) {
        std::string text(engine() % maxLength, 'a');
        for (char& c : text)
            c = alphabet[engine() % letters(round)];
        INFO("text: " << text);
        REQUIRE(collapseWhitespace(text) == collapsedByWords(text));
    }
}

TEST_CASE("collapseWhitespace gives the definition's result for any text", "[content][collapse]")
{
    const char alphabet[] = {'a', 'b', ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '!', '\x1F', '\xC3', '\xA9', 'z'};
    checkRandomTexts(2026, alphabet, 40, [&](int) { return sizeof alphabet; });
}

TEST_CASE("collapseWhitespace copies text that is folded already, and only such text", "[content][collapse]")
{
    // Mostly words parted by single spaces, so that the 16- and 8-byte steps
    // see both texts that need no change and a rare run or control byte.
    const char alphabet[] = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', ' ', ' ', '\xC3', '\xA9', '\t', '\x1F', '\n'};
    checkRandomTexts(2027, alphabet, 70, [&](int round) { return round % 2 == 0 ? size_t{12} : sizeof alphabet; });
}

TEST_CASE("collapseWhitespace finds one flaw at any place in a text of any length", "[content][collapse]")
{
    // The check takes whole steps of 16, 8 or 4 bytes and one last step
    // overlapping the one before: a double space, a tab or a line break must
    // be found wherever it falls against those steps.
    const std::string flaws[] = {"  ", "\t", "\n", "\r\n", " \n ", "\x1F"};
    for (size_t length = 1; length <= 70; ++length) {
        std::string words(length, 'w');
        for (size_t i = 3; i < length; i += 4)
            words[i] = ' ';  // words of three letters parted by one space
        if (words.back() == ' ')
            words.back() = 'w';
        REQUIRE(collapseWhitespace(words) == words);
        for (const std::string& flaw : flaws)
            for (size_t at = 0; at <= length; ++at) {
                const std::string text = words.substr(0, at) + flaw + words.substr(at);
                INFO("length " << length << ", flaw at " << at);
                REQUIRE(collapseWhitespace(text) == collapsedByWords(text));
            }
    }
}
