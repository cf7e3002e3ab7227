#include "core/content/CollapseWhitespace.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace amhire {

namespace {

constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kLowBits = 0x7F7F7F7F7F7F7F7Full;

// Whether the 8 bytes of `word` need no folding: no white space but single
// spaces, and no space right after the white space before the word. Words
// of text parted by one space, nearly all of it, pass.
bool isFoldedAlready(std::uint64_t word, bool afterSpace)
{
    const std::uint64_t belowSpace = (word - kEveryByte * ' ') & ~word & kHighBits;  // any byte below ' '
    const std::uint64_t notSpace = word ^ (kEveryByte * ' ');
    const std::uint64_t spaces = ~(((notSpace & kLowBits) + kLowBits) | notSpace | kLowBits);  // exact, per byte
    const bool spaceAfterSpace = (spaces & (spaces << 8)) != 0 || (afterSpace && (spaces & 0x80) != 0);
    return belowSpace == 0 && !spaceAfterSpace;
}

bool isSpace(unsigned char byte)
{
    // ' ', or '\t' '\n' '\v' '\f' '\r' (9 to 13), as isspace in the C locale.
    return byte == ' ' || static_cast<unsigned>(byte - 9) <= 4u;
}

// Whether `text` has no white space at its ends, and none inside it but single spaces.
bool isCollapsedAlready(std::string_view text)
{
    if (text.empty())
        return true;
    if (isSpace(static_cast<unsigned char>(text.front())) || isSpace(static_cast<unsigned char>(text.back())))
        return false;
    bool afterSpace = false;
    size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes a step: no byte below ' ' (white space other than ' ',
    // or a control character), and no ' ' after a ' '.
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i belowSpace = _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes);
        const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '))));
        if (_mm_movemask_epi8(belowSpace) != 0 || (spaces & (spaces << 1)) != 0 || (afterSpace && (spaces & 1)))
            return false;
        afterSpace = (spaces & 0x8000) != 0;
    }
#endif
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (!isFoldedAlready(word, afterSpace))
            return false;
        afterSpace = (word >> 56) == ' ';
    }
    for (; i < text.size(); ++i) {
        const bool space = isSpace(static_cast<unsigned char>(text[i]));
        if (space && (afterSpace || text[i] != ' '))
            return false;
        afterSpace = space;
    }
    return true;
}

}  // namespace

// Every text and attribute of every file passes here, so this takes 8 bytes
// a step while they need no change, and otherwise goes byte by byte without
// branches on the bytes (a branch on "is this a space" mispredicts at every
// word): each byte is written, as ' ' if it is white space, and the write
// position moves on unless it is white space after white space.
std::string collapseWhitespace(std::string_view text)
{
    // Most texts are written on one line with single spaces: they are
    // copied as they are, without writing them byte by byte.
    if (isCollapsedAlready(text))
        return std::string(text);
    std::string folded(text.size(), '\0');
    char* const out = folded.data();
    size_t length = 0;
    bool afterSpace = true;  // drops leading white space
    for (size_t i = 0; i < text.size();) {
        std::uint64_t word = 0;
        if (i + 8 <= text.size())
            std::memcpy(&word, text.data() + i, 8);
        if (i + 8 <= text.size() && isFoldedAlready(word, afterSpace)) {
            std::memcpy(out + length, &word, 8);
            length += 8;
            afterSpace = (word >> 56) == ' ';
            i += 8;
            continue;
        }
        for (const size_t wordEnd = std::min(i + 8, text.size()); i < wordEnd; ++i) {
            const bool space = isSpace(static_cast<unsigned char>(text[i]));
            out[length] = space ? ' ' : text[i];
            length += !(space && afterSpace);
            afterSpace = space;
        }
    }
    if (length > 0 && afterSpace)  // one trailing space is left of a trailing run
        --length;
    folded.resize(length);
    return folded;
}

void assignCollapsed(std::string& out, std::string_view text)
{
    if (isCollapsedAlready(text))
        out.assign(text);
    else
        out = collapseWhitespace(text);
}

}  // namespace amhire
