#include "core/posting/TextScan.h"

#include <algorithm>

namespace amhire {

namespace {

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char32_t c)
{
    return isWordCharacter(c) && !isDigit(c);
}

bool isApostrophe(char32_t c)
{
    return c == '\'' || c == U'\u2019';
}

}  // namespace

CodePoint decodeUtf8(std::string_view text, size_t offset)
{
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(offset);
    if (lead < 0x80)
        return {lead, 1};
    size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    }
    else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    }
    else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    }
    else {
        return {U'\uFFFD', 1};
    }
    if (offset + length > text.size())
        return {U'\uFFFD', 1};
    for (size_t i = 1; i < length; ++i) {
        if ((byte(offset + i) & 0xC0) != 0x80)
            return {U'\uFFFD', 1};
        value = (value << 6) | (byte(offset + i) & 0x3F);
    }
    return {value, length};
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    // Ranges of punctuation and symbols that would otherwise glue words
    // together: Latin-1 signs (no-break space, £, «), × and ÷, general
    // punctuation (dashes, curly quotes, bullets), currency signs, arrows,
    // mathematical and technical symbols, shapes, CJK punctuation, emoji.
    if ((c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7)
        return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE6F))
        return false;
    if ((c >= 0xFF00 && c <= 0xFF0F) || c == 0xFFFD || c >= 0x1F000)
        return false;
    return true;
}

// decodeUtf8 with the ASCII case inline: posting text is mostly ASCII and is
// split into words on every keystroke.
static CodePoint decodeAt(std::string_view text, size_t at)
{
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80)
        return {byte, 1};
    return decodeUtf8(text, at);
}

std::vector<TextWord> splitWords(std::string_view text)
{
    std::vector<TextWord> words;
    words.reserve(text.size() / 6); // about one word in six bytes of English
    size_t i = 0;
    while (i < text.size()) {
        CodePoint cp = decodeAt(text, i);
        if (!isWordCharacter(cp.value)) {
            i += cp.length;
            continue;
        }
        const size_t start = i;
        char32_t previous = cp.value;
        i += cp.length;
        while (i < text.size()) {
            CodePoint next = decodeAt(text, i);
            if (isWordCharacter(next.value)) {
                previous = next.value;
                i += next.length;
                continue;
            }
            // A joiner belongs to the word only with word characters on both sides.
            if (i + next.length >= text.size())
                break;
            const CodePoint after = decodeAt(text, i + next.length);
            const bool joins =
                (isApostrophe(next.value) && isLetter(previous) && isLetter(after.value)) ||
                (next.value == '-' && isWordCharacter(after.value)) ||
                ((next.value == '.' || next.value == ',') && isDigit(previous) && isDigit(after.value));
            if (!joins)
                break;
            previous = after.value;
            i += next.length + after.length;
        }
        words.push_back({text.substr(start, i - start), start});
    }
    return words;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = toLowerAscii(c);
    return out;
}

TextPosition LineCursor::locate(size_t offset)
{
    offset = std::min(offset, text_.size());
    for (size_t newline = text_.find('\n', scanned_); newline < offset; newline = text_.find('\n', newline + 1)) {
        ++line_;
        lineStart_ = newline + 1;
    }
    scanned_ = std::max(scanned_, offset);
    int column = 1;
    for (size_t i = lineStart_; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
            ++column;
    return {line_, column};
}

}  // namespace amhire
