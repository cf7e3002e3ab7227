#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/Diagnostic.h"

namespace amhire {

enum class GenderCoding { Masculine, Feminine };

// The word lists of Gaucher, Friesen & Kay (2011), as read from
// data/gender-coded-words.txt. A stem ending in '*' matches any word it
// starts; other stems match only the exact word. Stems are lower case.
struct GenderCodedWords {
    std::vector<std::string> masculine;
    std::vector<std::string> feminine;

    bool empty() const { return masculine.empty() && feminine.empty(); }
};

// Where the list lives in a content folder (see findContentDir).
std::filesystem::path genderCodedWordsFile(const std::filesystem::path& contentDir);

// Reads the list format: `[masculine]` and `[feminine]` sections, one stem per
// line, '#' comments. Problems are appended as `displayPath:line:col` errors.
GenderCodedWords parseGenderCodedWords(std::string_view text, const std::string& displayPath,
                                       Diagnostics& out);
GenderCodedWords loadGenderCodedWords(const std::filesystem::path& file, Diagnostics& out);

// One coded word in a text.
struct GenderCodedHit {
    GenderCoding coding = GenderCoding::Masculine;
    std::string word;   // lower case, as found: "competitive"
    size_t offset = 0;  // byte range in the text
    size_t length = 0;
};

// Every coded word in `text`, in text order. Words are matched whole, ignoring
// case and a possessive "'s"; a hyphenated word no stem covers as a whole
// ("self-reliant" is covered) is matched part by part ("long-term").
std::vector<GenderCodedHit> findGenderCodedWords(std::string_view text, const GenderCodedWords& words);

// The overall leaning, by the rule of Kat Matfield's Gender Decoder: the
// difference d = feminine − masculine decides; d = 0 is "neutral" (or "empty"
// when no coded word occurs at all), 1 ≤ d ≤ 3 "feminine-coded", d ≥ 4
// "strongly feminine-coded", and the same the other way round for masculine.
std::string genderCodingVerdict(int masculineCount, int feminineCount);

}  // namespace amhire
