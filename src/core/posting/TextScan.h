#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace amhire {

// A word of a posting as the checks see it, with its byte range in the text.
struct TextWord {
    std::string_view text;
    size_t offset = 0;
};

// Splits text into words: runs of letters and digits, joined by an apostrophe
// or hyphen between letters ("client's", "self-reliant") and by '.' or ','
// between digits ("70,000", "2.5"). Markdown markup, punctuation and symbols
// are not words, so Markdown and plain text of one posting count alike.
std::vector<TextWord> splitWords(std::string_view text);
// The same into `words`, emptied first: its room is used again.
void splitWords(std::string_view text, std::vector<TextWord>& words);


// Character tests and case mapping for ASCII only, the same whatever the C
// locale (which a GUI may set): bytes of UTF-8 sequences are never letters here.
inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline char toLowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string lowerAscii(std::string_view text);

// One Unicode code point decoded from UTF-8; invalid bytes decode as U+FFFD,
// one byte long, so a scan always moves forward.
struct CodePoint {
    char32_t value = 0;
    size_t length = 1;
};
CodePoint decodeUtf8(std::string_view text, size_t offset);

// Letters and digits of any script; punctuation, dashes, quotes, currency
// signs and other symbols are not.
bool isWordCharacter(char32_t c);

// 1-based line and column; the column counts characters, as editors do.
struct TextPosition {
    int line = 1;
    int column = 1;
};

// Maps byte offsets of one text to lines and columns, going forward: each
// offset asked for must be at or after the one before, so the text is read
// once however many are asked for. The text must outlive it.
class LineCursor {
public:
    explicit LineCursor(std::string_view text) : text_(text) {}
    TextPosition locate(size_t offset);

private:
    std::string_view text_;
    size_t scanned_ = 0;    // line breaks before this are counted
    size_t lineStart_ = 0;  // where the line of `scanned_` starts
    int line_ = 1;
};

}  // namespace amhire
