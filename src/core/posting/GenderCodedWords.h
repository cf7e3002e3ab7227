#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/Diagnostic.h"
#include "core/posting/TextScan.h"

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

// The stems by their first two letters, so a word is held against the one
// or two stems that could match it rather than all of them: postings are
// checked on every keystroke and have hundreds of words. Stems shorter than
// that ("a*") are held against every word. Views into `words`, which must
// outlive the index.
class GenderCodedWordIndex {
public:
    explicit GenderCodedWordIndex(const GenderCodedWords& words);

    // `word` is lower case. Masculine stems are tried first, as always.
    std::optional<GenderCoding> coding(std::string_view word) const;

private:
    struct Bucket {
        std::vector<std::string_view> masculine;
        std::vector<std::string_view> feminine;
    };
    static constexpr size_t kOther = 26;  // any character but a to z
    static size_t slot(char c) { return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : kOther; }
    static size_t pairSlot(std::string_view word) { return slot(word[0]) * 27 + slot(word[1]); }
    Bucket& bucket(std::string_view stem);

    std::array<Bucket, 27 * 27> buckets_;
    Bucket short_;  // stems with fewer than two letters before any '*'
};

// Every coded word in `text`, in text order. Words are matched whole, ignoring
// case and a possessive "'s"; a hyphenated word no stem covers as a whole
// ("self-reliant" is covered) is matched part by part ("long-term").
std::vector<GenderCodedHit> findGenderCodedWords(std::string_view text, const GenderCodedWords& words);
// The same with an index built once, for a caller that checks many texts.
std::vector<GenderCodedHit> findGenderCodedWords(std::string_view text, const GenderCodedWordIndex& index);
// The same given splitWords(text).
std::vector<GenderCodedHit> findGenderCodedWords(const std::vector<TextWord>& words,
                                                 const GenderCodedWordIndex& index);

// The overall leaning, by the rule of Kat Matfield's Gender Decoder: the
// difference d = feminine − masculine decides; d = 0 is "neutral" (or "empty"
// when no coded word occurs at all), 1 ≤ d ≤ 3 "feminine-coded", d ≥ 4
// "strongly feminine-coded", and the same the other way round for masculine.
std::string genderCodingVerdict(int masculineCount, int feminineCount);

}  // namespace amhire
