#include "core/content/TextPositions.h"

#include <cstdint>
#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/content/XmlEncoding.h"

namespace amhire {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;

// The number of bytes of `word` equal to zero, exactly (no carry between
// bytes): a byte's high bit ends up set only for a zero byte, and the
// multiplication adds those bits up in the top byte.
size_t zeroBytes(std::uint64_t word)
{
    const std::uint64_t nonZeroHigh = ((word & kLow7) + kLow7) | word;
    const std::uint64_t zeroFlags = (~(nonZeroHigh | kLow7)) >> 7;
    return static_cast<size_t>((zeroFlags * kOnes) >> 56);
}

}  // namespace

size_t countNewlines(std::string_view text)
{
    size_t count = 0;
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        // A line holds dozens of bytes: most steps find no newline, and the
        // rest one or two, fewer steps than a popcount without POPCNT takes.
        for (auto found = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
             found != 0; found &= found - 1)
            ++count;
    }
#endif
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        count += zeroBytes(word ^ (kOnes * '\n'));
    }
    for (; i < text.size(); ++i)
        count += text[i] == '\n';
    return count;
}

LineColumn TextPositions::at(size_t offset)
{
    offset = std::min(offset, text_.size());
    if (offset >= cursor_) {
        const std::string_view between = text_.substr(cursor_, offset - cursor_);
        if (const size_t newlines = countNewlines(between)) {
            line_ += static_cast<int>(newlines);
            lineStart_ = cursor_ + between.rfind('\n') + 1;
        }
    }
    else if (offset < lineStart_) {
        const std::string_view between = text_.substr(offset, lineStart_ - offset);
        line_ -= static_cast<int>(countNewlines(between));
        // The line begins after the last newline before `offset`.
        const size_t previous = offset == 0 ? std::string_view::npos : text_.rfind('\n', offset - 1);
        lineStart_ = previous == std::string_view::npos ? 0 : previous + 1;
    }
    cursor_ = offset;
    // A byte order mark is invisible in editors, so it takes no column.
    const size_t from = line_ == 1 ? std::min(offset, utf8BomLength(text_)) : lineStart_;
    int column = 1;
    for (size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
            ++column;
    return {line_, column};
}

}  // namespace amhire
