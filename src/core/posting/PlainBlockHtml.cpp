#include "core/posting/PlainBlockHtml.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

// How cmark's inline parser (with CMARK_OPT_DEFAULT) treats each ASCII byte
// of plain text: as text, as text it writes escaped, or as something else —
// markup, '#' (which may close a heading), control characters and tabs (NUL
// is replaced).
enum ByteKind : unsigned char { kText, kEscaped, kNotText };
constexpr std::array<ByteKind, 128> kByteKinds = [] {
    std::array<ByteKind, 128> kinds{};
    for (size_t c = 0; c < 0x20; ++c)
        kinds[c] = kNotText;
    for (char c : {'\\', '`', '&', '<', '*', '_', '[', ']', '!', '#', '\x7F'})
        kinds[static_cast<size_t>(c)] = kNotText;
    kinds['>'] = kEscaped;
    kinds['"'] = kEscaped;
    return kinds;
}();

// How many bytes from `at` on are plain text cmark writes as they are
// (kText in kByteKinds), looked at 16 at a time: nearly every byte of a
// posting is one, and a byte-by-byte table look-up is most of the cost.
size_t plainTextRun(std::string_view text, size_t at)
{
    size_t i = at;
#if defined(__SSE2__)
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        // Signed: bytes from 0x80 on are below ' ' too, and go the slow way.
        __m128i other = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(' ')),
                                     _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\x7F')));
        for (char c : {'\\', '`', '&', '<', '*', '_', '[', ']', '!', '#', '>', '"'})
            other = _mm_or_si128(other, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)));
        if (const int mask = _mm_movemask_epi8(other); mask != 0)
            return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask))) - at;
    }
#endif
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
           kByteKinds[static_cast<unsigned char>(text[i])] == kText)
        ++i;
    return i - at;
}

// Appends the HTML cmark writes for `text` inside a text node that holds
// more (or exactly it): only text bytes (see kByteKinds) and only valid UTF-8
// (invalid bytes are replaced). Returns false otherwise, with part of the
// HTML appended.
bool appendPlainText(std::string& out, std::string_view text)
{
    size_t written = 0;
    size_t i = 0;
    while (i < text.size()) {
        i += plainTextRun(text, i);
        if (i == text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // Overlong forms and surrogates are invalid too.
            const CodePoint cp = decodeUtf8(text, i);
            const size_t shortest = cp.value < 0x80 ? 1 : cp.value < 0x800 ? 2 : cp.value < 0x10000 ? 3 : 4;
            if (cp.length == 1 || cp.length != shortest || (cp.value >= 0xD800 && cp.value <= 0xDFFF) ||
                cp.value > 0x10FFFF)
                return false;
            i += cp.length;
            continue;
        }
        if (kByteKinds[c] == kNotText)
            return false;
        if (kByteKinds[c] == kEscaped) {
            out.append(text, written, i - written);
            out += c == '>' ? "&gt;" : "&quot;";
            written = i + 1;
        }
        ++i;
    }
    out.append(text, written, std::string_view::npos);
    return true;
}

// The same for the whole of a text node, which must not end in a space
// (cmark strips it); `marks` are offsets into `text`, in order, at which
// `htmlMarks` is given where the HTML has got to.
bool appendPlainInlineHtml(std::string& out, std::string_view text, std::vector<size_t>::const_iterator& mark,
                           std::vector<size_t>::const_iterator marksEnd, size_t textStart,
                           std::vector<size_t>* htmlMarks)
{
    if (text.empty() || text.back() == ' ')
        return false;
    size_t done = 0;
    for (; mark != marksEnd && *mark >= textStart && *mark <= textStart + text.size(); ++mark) {
        if (!appendPlainText(out, text.substr(done, *mark - textStart - done)))
            return false;
        done = *mark - textStart;
        htmlMarks->push_back(out.size());
    }
    return appendPlainText(out, text.substr(done));
}

}  // namespace

bool rendersAlone(std::string_view text)
{
    if (text.empty() || text[0] == ' ' || text[0] == '\t')
        return false;
    for (std::string_view across : {"~~~", "```", "]:", "<"})
        if (text.find(across) != std::string_view::npos)
            return false;
    return true;
}

bool startsList(std::string_view text)
{
    return !text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '*' || isAsciiDigit(text[0]));
}

bool writePlainBlockHtml(std::string& html, std::string_view text, const std::vector<size_t>* marks,
                         std::vector<size_t>* htmlMarks)
{
    static const std::vector<size_t> none;
    auto mark = (marks ? marks : &none)->begin();
    const auto marksEnd = (marks ? marks : &none)->end();
    html.clear();
    if (!text.empty() && text.back() == '\n')
        text.remove_suffix(1);
    html.reserve(text.size() + 32);
    if (text.find('\n') != std::string_view::npos) {
        html += "<ul>\n";
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            end = end == std::string_view::npos ? text.size() : end;
            const std::string_view line = text.substr(start, end - start);
            html += "<li>";
            if (line.size() < 3 || line[0] != '-' || line[1] != ' ' || !isAsciiLetter(line[2]) ||
                (mark != marksEnd && *mark < start + 2) ||
                !appendPlainInlineHtml(html, line.substr(2), mark, marksEnd, start + 2, htmlMarks))
                return false;
            html += "</li>\n";
            start = end + 1;
        }
        html += "</ul>\n";
        return mark == marksEnd;
    }
    size_t level = 0;
    while (level < text.size() && text[level] == '#')
        ++level;
    if (level > 6 || (level > 0 && (level + 1 >= text.size() || text[level] != ' ')))
        return false;
    const std::string_view content = level > 0 ? text.substr(level + 1) : text;
    // A letter first cannot start any other kind of block.
    if (content.empty() || !isAsciiLetter(content[0]))
        return false;
    const char tag[] = {level > 0 ? 'h' : 'p', level > 0 ? static_cast<char>('0' + level) : '\0', '\0'};
    ((html += '<') += tag) += '>';
    const size_t contentStart = level > 0 ? level + 1 : 0;
    if ((mark != marksEnd && *mark < contentStart) ||
        !appendPlainInlineHtml(html, content, mark, marksEnd, contentStart, htmlMarks))
        return false;
    ((html += "</") += tag) += ">\n";
    return mark == marksEnd;
}


}  // namespace amhire
