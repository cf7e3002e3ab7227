#include "core/posting/Readability.h"

#include <algorithm>

#include "core/posting/TextScan.h"

namespace amhire {

namespace {

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// `w`: the part's letters, lower case.
int syllablesOfLetters(std::string_view w)
{
    if (w.size() <= 3)
        return 1;
    const char beforeEnding = w[w.size() - 3];
    if (endsWith(w, "ed")) {
        if (beforeEnding != 't' && beforeEnding != 'd')
            w.remove_suffix(2);
    }
    else if (endsWith(w, "es")) {
        if (std::string_view("cgsxzh").find(beforeEnding) == std::string_view::npos)
            w.remove_suffix(2);
    }
    else if (endsWith(w, "e") && !isVowel(w[w.size() - 2])) {
        const bool consonantLe = endsWith(w, "le") && !isVowel(beforeEnding);
        if (!consonantLe)
            w.remove_suffix(1);
    }
    if (!w.empty() && w[0] == 'y')
        w.remove_prefix(1);
    int groups = 0;
    bool inVowels = false;
    for (char c : w) {
        const bool vowel = isVowel(c);
        if (vowel && !inVowels)
            ++groups;
        inVowels = vowel;
    }
    return groups > 0 ? groups : 1;
}

int syllablesOfPart(std::string_view part)
{
    // Counted for every word on every keystroke: the letters go on the stack
    // unless the part is unusually long.
    char small[48];
    std::string large;
    char* letters = small;
    if (part.size() > sizeof small) {
        large.resize(part.size());
        letters = large.data();
    }
    size_t count = 0;
    for (char c : part)
        if (isAsciiLetter(c))
            letters[count++] = toLowerAscii(c);
    return syllablesOfLetters(std::string_view(letters, count));
}

std::string_view trimmedLeft(std::string_view line)
{
    const size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos ? std::string_view() : line.substr(first);
}

// A line that starts a block of its own: a list item, heading or quote.
bool startsBlock(std::string_view line)
{
    line = trimmedLeft(line);
    if (line.empty())
        return false;
    if (line[0] == '#' || line[0] == '>' || line.substr(0, 3) == "\u2022")
        return true;
    if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line.size() > 1 && line[1] == ' ')
        return true;
    size_t digits = 0;
    while (digits < line.size() && isAsciiDigit(line[digits]))
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

std::string_view lineAround(std::string_view text, size_t offset)
{
    size_t start = offset;
    while (start > 0 && text[start - 1] != '\n')
        --start;
    const size_t end = text.find('\n', offset);
    return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// Whether the gap between a word and the next (at `next`; npos after the last
// word) ends a sentence.
bool endsSentence(std::string_view text, size_t gapStart, size_t next)
{
    if (next == std::string_view::npos)
        return true;
    // Most words are followed by one space and the next word.
    if (next == gapStart + 1 && text[gapStart] == ' ')
        return false;
    const std::string_view gap = text.substr(gapStart, next - gapStart);
    // Closing quotes, brackets or emphasis may come between the full stop and
    // the space; a '.' without a space after it is inside a name ("amhire.io").
    const size_t stop = gap.find_first_of(".!?");
    if (stop != std::string_view::npos && gap.find_first_of(" \t\r\n", stop + 1) != std::string_view::npos)
        return true;
    const size_t newlines = static_cast<size_t>(std::count(gap.begin(), gap.end(), '\n'));
    if (newlines == 0)
        return false;
    // Lines between two words hold no words: blank lines, underlines, rules.
    if (newlines > 1)
        return true;
    return trimmedLeft(lineAround(text, gapStart)).substr(0, 1) == "#" || startsBlock(lineAround(text, next));
}

}  // namespace

double fleschReadingEase(int words, int sentences, int syllables)
{
    if (words <= 0 || sentences <= 0)
        return 0;
    return 206.835 - 1.015 * (static_cast<double>(words) / sentences) -
           84.6 * (static_cast<double>(syllables) / words);
}

int countSyllables(std::string_view word)
{
    int total = 0;
    size_t start = 0;
    while (start <= word.size()) {
        size_t end = word.find('-', start);
        if (end == std::string_view::npos)
            end = word.size();
        if (end > start)
            total += syllablesOfPart(word.substr(start, end - start));
        start = end + 1;
    }
    return total > 0 ? total : 1;
}

ReadabilityStats measureReadability(std::string_view text)
{
    return measureReadability(text, splitWords(text));
}

ReadabilityStats measureReadability(std::string_view text, const std::vector<TextWord>& words)
{
    ReadabilityStats stats;
    for (size_t i = 0; i < words.size(); ++i) {
        stats.syllables += countSyllables(words[i].text);
        const size_t gapStart = words[i].offset + words[i].text.size();
        if (endsSentence(text, gapStart, i + 1 < words.size() ? words[i + 1].offset : std::string_view::npos))
            ++stats.sentences;
    }
    stats.words = static_cast<int>(words.size());
    stats.fleschReadingEase = fleschReadingEase(stats.words, stats.sentences, stats.syllables);
    return stats;
}

const char* describeReadingEase(double score)
{
    if (score >= 90)
        return "very easy";
    if (score >= 80)
        return "easy";
    if (score >= 70)
        return "fairly easy";
    if (score >= 60)
        return "standard";
    if (score >= 50)
        return "fairly difficult";
    if (score >= 30)
        return "difficult";
    return "very difficult";
}

}  // namespace amhire
