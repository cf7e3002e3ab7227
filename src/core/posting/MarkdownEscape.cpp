#include "core/posting/MarkdownEscape.h"

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

bool isAlnum(char c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// "&amp;" or "&#42;" would be read as an entity; "AT&T" would not.
bool startsEntity(std::string_view text, size_t at)
{
    size_t i = at + 1;
    if (i < text.size() && text[i] == '#')
        ++i;
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
    size_t i = 0;
    if (!text.empty()) {
        const char first = text[0];
        if (first == '-' || first == '+' || first == '=' || first == '>') {
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
    for (; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '#': out += '\\'; break;
        case '&':
            if (startsEntity(text, i))
                out += '\\';
            break;
        default: break;
        }
        out += c;
    }
    return out;
}

}  // namespace amhire
