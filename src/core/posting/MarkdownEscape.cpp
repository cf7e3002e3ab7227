#include "core/posting/MarkdownEscape.h"

#include <array>

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

bool isAlnum(char c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// "&amp;" or "&#42;" would be read as an entity; "AT&T" would not. Nor
// would "R&" alone, but the next piece of the posting (the value of a
// placeholder, escaped on its own) may complete one: "amp; Co".
bool mayStartEntity(std::string_view text, size_t at)
{
    size_t i = at + 1;
    if (i < text.size() && text[i] == '#')
        ++i;
    if (i == text.size())
        return true;
    const size_t nameStart = i;
    while (i < text.size() && isAlnum(text[i]))
        ++i;
    return i > nameStart && i < text.size() && text[i] == ';';
}

}  // namespace

std::string escapeMarkdown(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    appendEscapedMarkdown(out, text);
    return out;
}

void appendEscapedMarkdown(std::string& out, std::string_view text)
{
    size_t i = 0;
    if (!text.empty()) {
        const char first = text[0];
        // '~' as well: "~~~" opens a fenced code block that would swallow the
        // rest of the posting.
        if (first == '-' || first == '+' || first == '=' || first == '>' || first == '~') {
            out += '\\';
        }
        else if (isAsciiDigit(first)) {
            // An ordered list marker is up to nine digits and '.' or ')'.
            size_t end = 0;
            while (end < text.size() && isAsciiDigit(text[end]))
                ++end;
            if (end < text.size() && (text[end] == '.' || text[end] == ')')) {
                out.append(text.substr(0, end));
                out += '\\';
                i = end;
            }
        }
    }
    // Nearly all text has nothing to escape: copy it in runs.
    static const auto special = [] {
        std::array<bool, 256> table{};
        for (unsigned char c : std::string_view("\\`*_[]<#&"))
            table[c] = true;
        return table;
    }();
    while (i < text.size()) {
        size_t run = i;
        while (run < text.size() && !special[static_cast<unsigned char>(text[run])])
            ++run;
        out.append(text.data() + i, run - i);
        if (run == text.size())
            break;
        if (text[run] != '&' || mayStartEntity(text, run))
            out += '\\';
        out += text[run];
        i = run + 1;
    }
}

}  // namespace amhire
