#include "core/compare/Anonymisation.h"

#include <algorithm>

namespace amhire {
namespace {

// Bytes of multi-byte UTF-8 sequences count as letters, so "José" is one word.
bool isWordByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

unsigned char lowerAscii(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

bool matchesAt(std::string_view text, size_t at, std::string_view pattern)
{
    if (text.size() - at < pattern.size())
        return false;
    for (size_t i = 0; i < pattern.size(); ++i)
        if (lowerAscii(static_cast<unsigned char>(text[at + i])) !=
            lowerAscii(static_cast<unsigned char>(pattern[i])))
            return false;
    const size_t end = at + pattern.size();
    const bool wordEnds = end == text.size() || !isWordByte(static_cast<unsigned char>(text[end])) ||
                          !isWordByte(static_cast<unsigned char>(pattern.back()));
    return wordEnds;
}

std::vector<std::string> nameParts(std::string_view name)
{
    std::vector<std::string> parts;
    std::string part;
    auto flush = [&] {
        if (part.size() >= 2)
            parts.push_back(part);
        part.clear();
    };
    for (char c : name) {
        if (c == ' ' || c == '\t' || c == '-' || c == ',' || c == '.')
            flush();
        else
            part += c;
    }
    flush();
    return parts;
}

} // namespace

std::string aliasLetters(size_t index)
{
    // Bijective base 26: after Z comes AA, not BA.
    std::string letters;
    size_t n = index + 1;
    while (n > 0) {
        --n;
        letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
        n /= 26;
    }
    return letters;
}

std::string candidateAlias(size_t index)
{
    return "Candidate " + aliasLetters(index);
}

IdentityRedactor::IdentityRedactor(std::string_view name, std::string_view email, std::string_view company,
                                   std::string alias)
{
    auto add = [&](std::string_view text, const std::string& replacement) {
        if (text.size() >= 2)
            patterns_.push_back({std::string(text), replacement});
    };
    add(name, alias);
    for (const std::string& part : nameParts(name))
        add(part, alias);
    add(email, "[email]");
    add(company, "[company]");
    std::stable_sort(patterns_.begin(), patterns_.end(),
                     [](const Pattern& a, const Pattern& b) { return a.text.size() > b.text.size(); });
}

std::string IdentityRedactor::redact(std::string_view text) const
{
    if (patterns_.empty())
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    size_t at = 0;
    while (at < text.size()) {
        const bool wordStart = at == 0 || !isWordByte(static_cast<unsigned char>(text[at - 1]));
        const Pattern* match = nullptr;
        if (wordStart)
            for (const Pattern& pattern : patterns_)
                if (matchesAt(text, at, pattern.text)) {
                    match = &pattern;
                    break;
                }
        if (match) {
            out += match->replacement;
            at += match->text.size();
        }
        else {
            out += text[at++];
        }
    }
    return out;
}

} // namespace amhire
