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

#if defined(__SSE2__)
// Bytes below ' ' (white space other than ' ', or a control character).
__m128i belowSpace(__m128i block)
{
    return _mm_cmpeq_epi8(_mm_min_epu8(block, _mm_set1_epi8(0x1F)), block);
}

unsigned spaceMask(__m128i block)
{
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8(' '))));
}

// Whether the 16 bytes at `bytes` hold no white space but single spaces, and
// no space right after `afterSpace`.
bool isFoldedBlock(const char* bytes, bool afterSpace)
{
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    const unsigned spaces = spaceMask(block);
    return _mm_movemask_epi8(belowSpace(block)) == 0 &&
           (spaces & ((spaces << 1) | unsigned{afterSpace})) == 0;
}

// The same for the 32 bytes at `bytes`, in one test: long texts take most of
// the time, and a step of two blocks halves what each block costs besides its
// compares. Sets `afterSpace` for the next step.
bool isFoldedDoubleBlock(const char* bytes, bool& afterSpace)
{
    const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
    const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16));
    const auto spaces = static_cast<std::uint32_t>(spaceMask(low) | (spaceMask(high) << 16));
    const bool folded = _mm_movemask_epi8(_mm_or_si128(belowSpace(low), belowSpace(high))) == 0 &&
                        (spaces & ((spaces << 1) | std::uint32_t{afterSpace})) == 0;
    afterSpace = (spaces >> 31) != 0;
    return folded;
}
#endif

std::uint64_t loadWord(const char* bytes)
{
    std::uint64_t word;
    std::memcpy(&word, bytes, 8);
    return word;
}

std::uint32_t loadHalfWord(const char* bytes)
{
    std::uint32_t half;
    std::memcpy(&half, bytes, 4);
    return half;
}

// Whether `text` has no white space at its ends, and none inside it but single spaces.
//
// The bytes past the last whole step are taken as one more step that ends at
// the text's end and overlaps the one before, rather than byte by byte: most
// attributes and many texts are shorter than a step or two. Checking a byte
// twice changes nothing, as long as every pair of neighbours falls inside
// one step or across the carried boundary. A short text is read as two
// overlapping halves; that may pair two bytes that are not neighbours, which
// can only send a text that was folded to the folding path, never the reverse.
bool isCollapsedAlready(std::string_view text)
{
    const size_t size = text.size();
    if (size == 0)
        return true;
    if (isFoldedSpace(static_cast<unsigned char>(text.front())) ||
        isFoldedSpace(static_cast<unsigned char>(text.back())))
        return false;
    const char* const data = text.data();
#if defined(__SSE2__)
    if (size >= 16) {
        bool afterSpace = false;
        size_t i = 0;
        for (; i + 32 <= size; i += 32)
            if (!isFoldedDoubleBlock(data + i, afterSpace))
                return false;
        if (i + 16 <= size) {
            if (!isFoldedBlock(data + i, afterSpace))
                return false;
            i += 16;
        }
        // The pair across the start of this last step lies in the steps before.
        return i == size || isFoldedBlock(data + size - 16, false);
    }
#endif
    if (size >= 8) {
        bool afterSpace = false;
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            const std::uint64_t word = loadWord(data + i);
            if (!isFoldedAlready(word, afterSpace))
                return false;
            afterSpace = (word >> 56) == ' ';
        }
        return i == size || isFoldedAlready(loadWord(data + size - 8), false);
    }
    if (size >= 4) {
        const std::uint64_t halves =
            loadHalfWord(data) | (std::uint64_t{loadHalfWord(data + size - 4)} << 32);
        return isFoldedAlready(halves, false);
    }
    bool afterSpace = false;
    for (size_t i = 0; i < size; ++i) {
        const bool space = isFoldedSpace(static_cast<unsigned char>(data[i]));
        if (space && (afterSpace || data[i] != ' '))
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
            const bool space = isFoldedSpace(static_cast<unsigned char>(text[i]));
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
