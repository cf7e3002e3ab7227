#include "core/posting/GenderCodedWords.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

bool matchesStem(std::string_view word, std::string_view stem)
{
    if (!stem.empty() && stem.back() == '*') {
        stem.remove_suffix(1);
        return word.substr(0, stem.size()) == stem;
    }
    return word == stem;
}

// "leader's" is "leader"; the curly apostrophe is three bytes.
std::string_view withoutPossessive(std::string_view word)
{
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")})
        if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix)
            return word.substr(0, word.size() - suffix.size());
    return word;
}

bool match(const GenderCodedWordIndex& index, std::string_view text, size_t offset, std::vector<GenderCodedHit>& out)
{
    const std::string_view word = withoutPossessive(text);
    // Most words are short: lower-cased on the stack, allocated only on a hit.
    char small[32];
    std::string large;
    std::string_view lowered;
    if (word.size() <= sizeof small) {
        for (size_t i = 0; i < word.size(); ++i)
            small[i] = toLowerAscii(word[i]);
        lowered = std::string_view(small, word.size());
    }
    else {
        large = lowerAscii(word);
        lowered = large;
    }
    const std::optional<GenderCoding> coding = index.coding(lowered);
    if (!coding)
        return false;
    out.push_back({*coding, std::string(lowered), offset, text.size()});
    return true;
}

bool validStem(std::string_view stem)
{
    if (stem.empty() || stem == "*")
        return false;
    for (size_t i = 0; i < stem.size(); ++i) {
        const char c = stem[i];
        const bool letter = c >= 'a' && c <= 'z';
        if (!letter && c != '-' && !(c == '*' && i + 1 == stem.size()))
            return false;
    }
    return true;
}

}  // namespace

GenderCodedWordIndex::GenderCodedWordIndex(const GenderCodedWords& words)
{
    for (const std::string& stem : words.masculine)
        bucket(stem).masculine.push_back(stem);
    for (const std::string& stem : words.feminine)
        bucket(stem).feminine.push_back(stem);
}

GenderCodedWordIndex::Bucket& GenderCodedWordIndex::bucket(std::string_view stem)
{
    // A word a stem matches starts with the stem's letters before the '*'.
    const size_t letters = !stem.empty() && stem.back() == '*' ? stem.size() - 1 : stem.size();
    return letters < 2 ? short_ : buckets_[pairSlot(stem)];
}

std::optional<GenderCoding> GenderCodedWordIndex::coding(std::string_view word) const
{
    if (word.empty())
        return std::nullopt;
    static const Bucket kNone;
    const Bucket& b = word.size() < 2 ? kNone : buckets_[pairSlot(word)];
    auto matches = [&](const std::vector<std::string_view>& stems) {
        return std::any_of(stems.begin(), stems.end(),
                           [&](std::string_view stem) { return matchesStem(word, stem); });
    };
    if (matches(b.masculine) || matches(short_.masculine))
        return GenderCoding::Masculine;
    if (matches(b.feminine) || matches(short_.feminine))
        return GenderCoding::Feminine;
    return std::nullopt;
}

std::filesystem::path genderCodedWordsFile(const std::filesystem::path& contentDir)
{
    return contentDir / "data" / "gender-coded-words.txt";
}

GenderCodedWords parseGenderCodedWords(std::string_view text, const std::string& displayPath,
                                       Diagnostics& out)
{
    GenderCodedWords words;
    std::vector<std::string>* section = nullptr;
    int lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++lineNumber;
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#')
            continue;
        const size_t last = line.find_last_not_of(" \t\r");
        const std::string_view entry = line.substr(first, last - first + 1);
        const int column = static_cast<int>(first) + 1;
        if (entry == "[masculine]") {
            section = &words.masculine;
        }
        else if (entry == "[feminine]") {
            section = &words.feminine;
        }
        else if (entry.front() == '[') {
            out.push_back({displayPath, lineNumber, column, Severity::Error,
                           fmt::format("unknown section {} (use [masculine] or [feminine])", entry)});
        }
        else if (!section) {
            out.push_back({displayPath, lineNumber, column, Severity::Error,
                           fmt::format("'{}' comes before any [masculine] or [feminine] section", entry)});
        }
        else if (!validStem(lowerAscii(entry))) {
            out.push_back(
                {displayPath, lineNumber, column, Severity::Error,
                 fmt::format("'{}' is not a stem: use letters and '-', with an optional '*' at the end",
                             entry)});
        }
        else {
            section->push_back(lowerAscii(entry));
        }
    }
    if (words.masculine.empty() || words.feminine.empty())
        out.push_back({displayPath, 0, 0, Severity::Error,
                       "the word list needs both [masculine] and [feminine] words"});
    return words;
}

GenderCodedWords loadGenderCodedWords(const std::filesystem::path& file, Diagnostics& out)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.push_back({file.string(), 0, 0, Severity::Error, "cannot read the gender-coded word list"});
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseGenderCodedWords(text.str(), file.string(), out);
}

std::vector<GenderCodedHit> findGenderCodedWords(std::string_view text, const GenderCodedWords& words)
{
    if (words.empty())
        return {};
    return findGenderCodedWords(text, GenderCodedWordIndex(words));
}

std::vector<GenderCodedHit> findGenderCodedWords(std::string_view text, const GenderCodedWordIndex& index)
{
    return findGenderCodedWords(splitWords(text), index);
}

std::vector<GenderCodedHit> findGenderCodedWords(const std::vector<TextWord>& words,
                                                 const GenderCodedWordIndex& index)
{
    std::vector<GenderCodedHit> hits;
    for (const TextWord& w : words) {
        if (match(index, w.text, w.offset, hits) || w.text.find('-') == std::string_view::npos)
            continue;
        size_t partStart = 0;
        while (partStart <= w.text.size()) {
            size_t partEnd = w.text.find('-', partStart);
            if (partEnd == std::string_view::npos)
                partEnd = w.text.size();
            if (partEnd > partStart)
                match(index, w.text.substr(partStart, partEnd - partStart), w.offset + partStart, hits);
            partStart = partEnd + 1;
        }
    }
    return hits;
}

std::string genderCodingVerdict(int masculineCount, int feminineCount)
{
    const int difference = feminineCount - masculineCount;
    if (difference == 0)
        return feminineCount > 0 ? "neutral" : "empty";
    if (difference > 3)
        return "strongly feminine-coded";
    if (difference > 0)
        return "feminine-coded";
    if (difference < -3)
        return "strongly masculine-coded";
    return "masculine-coded";
}

}  // namespace amhire
