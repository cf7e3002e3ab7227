#include "core/posting/TextScan.h"

#include "core/content/TextPositions.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    splitWords(text, words);
    return words;
}

void splitWords(std::string_view text, std::vector<TextWord>& words)
{
    words.clear();
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
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = toLowerAscii(c);
    return out;
}

namespace {

#if defined(__SSE2__)
// How many of the 16 bytes of `matches` (each 0 or 0xFF) are 0xFF, without a
// popcount instruction, which the baseline x86-64 does not have.
int countMatches(__m128i matches)
{
    const __m128i sums = _mm_sad_epu8(_mm_and_si128(matches, _mm_set1_epi8(1)), _mm_setzero_si128());
    return _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
}
#endif

// The characters in [from, to): bytes that do not continue a UTF-8 sequence.
int countCharacters(std::string_view text, size_t from, size_t to)
{
    int characters = 0;
    size_t i = from;
#if defined(__SSE2__)
    for (; i + 16 <= to; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i top = _mm_and_si128(bytes, _mm_set1_epi8(static_cast<char>(0xC0)));
        characters += 16 - countMatches(_mm_cmpeq_epi8(top, _mm_set1_epi8(static_cast<char>(0x80))));
    }
#endif
    for (; i < to; ++i)
        characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return characters;
}

}  // namespace

TextPosition LineCursor::locate(size_t offset)
{
    offset = std::min(offset, text_.size());
    if (offset > scanned_) {
        const std::string_view between = text_.substr(scanned_, offset - scanned_);
        if (const size_t breaks = countNewlines(between)) {
            line_ += static_cast<int>(breaks);
            lineStart_ = scanned_ + lastNewline(between) + 1;
        }
        scanned_ = offset;
    }
    return {line_, 1 + countCharacters(text_, lineStart_, offset)};
}

}  // namespace amhire
