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
    // 64 bytes a step: each compare gives -1 in a byte lane per newline, so
    // subtracting the compares counts newlines per lane without a mask or a
    // branch per block. Four compares a step, so after 63 steps a lane may
    // hold 252 and is added up before it could pass 255.
    const __m128i newline = _mm_set1_epi8('\n');
    while (i + 64 <= text.size()) {
        const size_t steps = std::min<size_t>((text.size() - i) / 64, 63);
        __m128i lanes = _mm_setzero_si128();
        for (size_t step = 0; step < steps; ++step, i += 64) {
            const auto* block = reinterpret_cast<const __m128i*>(text.data() + i);
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(block), newline));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(block + 1), newline));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(block + 2), newline));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(block + 3), newline));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit sums
        count += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
                 static_cast<size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    }
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        // A line holds dozens of bytes: most blocks hold no newline, and the
        // rest one or two, fewer steps than a popcount without POPCNT takes.
        for (auto found = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)));
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

size_t lastNewline(std::string_view text)
{
    size_t end = text.size();
#if defined(__SSE2__)
    for (; end >= 16; end -= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + end - 16));
        const auto found =
            static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
        if (found != 0)
            return end - 16 + static_cast<size_t>(31 - __builtin_clz(found));
    }
#endif
    while (end > 0)
        if (text[--end] == '\n')
            return end;
    return std::string_view::npos;
}

LineColumn TextPositions::at(size_t offset)
{
    offset = std::min(offset, text_.size());
    if (offset >= cursor_) {
        const std::string_view between = text_.substr(cursor_, offset - cursor_);
        if (const size_t newlines = countNewlines(between)) {
            line_ += static_cast<int>(newlines);
            lineStart_ = cursor_ + lastNewline(between) + 1;
        }
    }
    else if (offset < lineStart_) {
        const std::string_view between = text_.substr(offset, lineStart_ - offset);
        line_ -= static_cast<int>(countNewlines(between));
        // The line begins after the last newline before `offset`.
        const size_t previous = lastNewline(text_.substr(0, offset));
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
