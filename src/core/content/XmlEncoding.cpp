#include "core/content/XmlEncoding.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

namespace amhire {

namespace {

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// XML 1.0, production [2] Char.
bool isXmlChar(std::uint32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

std::string describeRejected(std::uint32_t c)
{
    if (c == 0)
        return "NUL byte is not allowed in XML (is this a binary file?)";
    if (c < 0x20)
        return fmt::format("control character U+{:04X} is not allowed in XML", c);
    return fmt::format("U+{:04X} is not a character XML allows", c);
}

// Decodes one strict UTF-8 sequence at `i` (no overlongs, no surrogates,
// nothing past U+10FFFF); returns its length, or 0 when it is invalid.
size_t decodeUtf8(std::string_view s, size_t i, std::uint32_t& c)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    std::uint32_t min = 0;
    if (b0 < 0x80)
        return c = b0, 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        len = 2, min = 0x80, c = b0 & 0x1F;
    else if (b0 >= 0xE0 && b0 <= 0xEF)
        len = 3, min = 0x800, c = b0 & 0x0F;
    else if (b0 >= 0xF0 && b0 <= 0xF4)
        len = 4, min = 0x10000, c = b0 & 0x07;
    else
        return 0;
    if (i + len > s.size())
        return 0;
    for (size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b >> 6) != 0x2)
            return 0;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return len;
}

// Checks a character reference starting at `at` ("&#"); pugixml would turn a
// bad one into a NUL, a control character or bytes that are not UTF-8.
std::optional<EncodingProblem> checkCharacterReference(std::string_view s, size_t at)
{
    size_t i = at + 2;
    const bool hex = i < s.size() && s[i] == 'x';
    if (hex)
        ++i;
    const size_t digitsStart = i;
    std::uint64_t value = 0;
    for (; i < s.size(); ++i) {
        const char ch = s[i];
        int digit = -1;
        if (ch >= '0' && ch <= '9')
            digit = ch - '0';
        else if (hex && ch >= 'a' && ch <= 'f')
            digit = ch - 'a' + 10;
        else if (hex && ch >= 'A' && ch <= 'F')
            digit = ch - 'A' + 10;
        if (digit < 0)
            break;
        // Saturates, so any number of digits is read without overflow.
        value = std::min<std::uint64_t>(value * (hex ? 16 : 10) + static_cast<unsigned>(digit), 0x7FFFFFFF);
    }
    const std::string shown(s.substr(at, std::min<size_t>(i - at + 1, 24)));
    if (i == digitsStart || i >= s.size() || s[i] != ';')
        return EncodingProblem{at, false, fmt::format("malformed character reference '{}'", shown)};
    if (!isXmlChar(static_cast<std::uint32_t>(value)))
        return EncodingProblem{at, false,
                               fmt::format("character reference '{}' is not a character XML allows", shown)};
    return std::nullopt;
}

constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
constexpr std::uint64_t kLowBits = 0x7F7F7F7F7F7F7F7Full;

// The high bit of each byte of `word` that is zero, exactly (no carry
// between bytes).
std::uint64_t zeroBytes(std::uint64_t word)
{
    return ~(((word & kLowBits) + kLowBits) | word | kLowBits);
}

// Whether the 8 bytes at `p` are all ASCII that needs no decoding: printable
// but '&' (which may start a character reference), or a tab or line end,
// which every indented line has.
bool isPlainAscii(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    if ((word & kHighBits) != 0 || zeroBytes(word ^ (kEveryByte * '&')) != 0)
        return false;
    // Below 0x20 exactly when the top three bits are clear (ASCII only here).
    const std::uint64_t controls = zeroBytes(word & (kEveryByte * 0xE0));
    if (controls == 0)
        return true;
    const std::uint64_t allowed = zeroBytes(word ^ (kEveryByte * '\t')) | zeroBytes(word ^ (kEveryByte * '\n')) |
                                  zeroBytes(word ^ (kEveryByte * '\r'));
    return (controls & ~allowed) == 0;
}

#if defined(__SSE2__)
// isPlainAscii for 16 bytes at `p`, in a handful of instructions (every
// x86-64 processor has SSE2). A byte with its high bit set is negative as
// a signed byte, so one compare finds it and the control characters alike.
bool isPlainAscii16(const char* p)
{
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i lineEnds = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')),
                                          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')),
                                                       _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r'))));
    const __m128i belowSpaceOrHigh = _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20));
    const __m128i looked = _mm_or_si128(_mm_andnot_si128(lineEnds, belowSpaceOrHigh),
                                        _mm_cmpeq_epi8(bytes, _mm_set1_epi8('&')));
    return _mm_movemask_epi8(looked) == 0;
}

// A quicker test of 64 bytes at `p` that passes only plain ASCII (printable
// but '&') and '\n': the bytes of nearly every line of content, indentation
// included. It tests for one line end rather than three, and once for all
// four blocks; a block holding a tab or a CR fails it and is looked at again
// by isPlainAscii16.
bool isPlainAsciiOrNewline64(const char* p)
{
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i ampersand = _mm_set1_epi8('&');
    __m128i looked = _mm_setzero_si128();
    for (int block = 0; block < 4; ++block) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p) + block);
        const __m128i belowSpaceOrHigh = _mm_cmplt_epi8(bytes, space);
        looked = _mm_or_si128(looked, _mm_andnot_si128(_mm_cmpeq_epi8(bytes, newline), belowSpaceOrHigh));
        looked = _mm_or_si128(looked, _mm_cmpeq_epi8(bytes, ampersand));
    }
    return _mm_movemask_epi8(looked) == 0;
}
#endif

}  // namespace

size_t utf8BomLength(std::string_view text)
{
    return startsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
}

std::optional<EncodingProblem> findEncodingProblem(std::string_view text)
{
    using namespace std::string_view_literals;
    // UTF-32 first: its little-endian mark begins with the UTF-16 one.
    if (startsWith(text, "\xFF\xFE\0\0"sv) || startsWith(text, "\0\0\xFE\xFF"sv))
        return EncodingProblem{0, true, "file is UTF-32; content files must be UTF-8"};
    if (startsWith(text, "\xFF\xFE") || startsWith(text, "\xFE\xFF"))
        return EncodingProblem{0, true, "file is UTF-16; content files must be UTF-8"};
    // '<' or a space next to a NUL in the first two bytes is UTF-16 text saved
    // without a byte order mark.
    if (text.size() >= 2 && ((text[0] == '\0') != (text[1] == '\0')))
        return EncodingProblem{0, true, "file looks like UTF-16 without a byte order mark; content files must be UTF-8"};

    for (size_t i = utf8BomLength(text); i < text.size();) {
        // Content is almost all plain ASCII: 64, 16 or 8 bytes pass at once,
        // and only a word holding anything else is looked at byte by byte.
#if defined(__SSE2__)
        if (i + 64 <= text.size() && isPlainAsciiOrNewline64(text.data() + i)) {
            i += 64;
            continue;
        }
        if (i + 16 <= text.size() && isPlainAscii16(text.data() + i)) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= text.size() && isPlainAscii(text.data() + i)) {
            i += 8;
            continue;
        }
        for (const size_t wordEnd = std::min(i + 8, text.size()); i < wordEnd;) {
            const auto b = static_cast<unsigned char>(text[i]);
            if ((b >= 0x20 && b < 0x80 && b != '&') || b == '\n' || b == '\t' || b == '\r') {
                ++i;
                continue;
            }
            std::uint32_t c = 0;
            const size_t len = decodeUtf8(text, i, c);
            if (len == 0)
                return EncodingProblem{i, false, "invalid UTF-8 byte sequence; content files must be UTF-8"};
            if (c == 0xFEFF)
                return EncodingProblem{i, false,
                                       "a byte order mark (U+FEFF) is only allowed at the very start of the file"};
            if (!isXmlChar(c))
                return EncodingProblem{i, false, describeRejected(c)};
            if (c == '&' && i + 1 < text.size() && text[i + 1] == '#')
                if (auto problem = checkCharacterReference(text, i))
                    return problem;
            i += len;
        }
    }
    return std::nullopt;
}

}  // namespace amhire
