#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting/TextScan.h"

namespace amhire {

// Counts behind the Flesch reading ease of a text; words as splitWords sees them.
struct ReadabilityStats {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double fleschReadingEase = 0;  // 0 for a text without words
};

// Flesch (1948): 206.835 − 1.015 × words/sentences − 84.6 × syllables/words.
// Higher is easier; job postings do well at 50–70.
double fleschReadingEase(int words, int sentences, int syllables);

// Syllables of an English word by a heuristic (no dictionary), as most
// readability tools do. Only the letters a–z count, in lower case:
//   1. no letters (a number) or at most three letters: one syllable;
//   2. a silent ending is dropped: "-ed" unless after t or d ("shared" but
//      not "wanted"), "-es" unless after c, g, s, x, z or h ("makes" but not
//      "places"), and a final "e" after a consonant unless it ends a
//      consonant + "le" ("make" but not "table");
//   3. a leading "y" is a consonant ("year");
//   4. each run of the vowels a, e, i, o, u, y is one syllable, at least one.
// A hyphenated word counts its parts.
int countSyllables(std::string_view word);

// Sentences end at '.', '!' or '?' followed by white space or the end, and at
// the end of a block: a heading, a list item, or a paragraph before a blank
// line, so a bullet without a full stop is a sentence of its own. Lines
// wrapped inside a paragraph do not end sentences, so the Markdown and the
// plain text of a posting count alike.
ReadabilityStats measureReadability(std::string_view text);
// The same given splitWords(text), for a caller that needs the words too.
ReadabilityStats measureReadability(std::string_view text, const std::vector<TextWord>& words);

// Flesch's own bands: "very easy" (90+), "easy", "fairly easy", "standard"
// (60–69), "fairly difficult", "difficult" (30–49), "very difficult" (< 30).
const char* describeReadingEase(double score);

}  // namespace amhire
