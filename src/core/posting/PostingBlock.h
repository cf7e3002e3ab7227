#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/posting/GenderCodedWords.h"
#include "core/posting/PayScan.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/Readability.h"
#include "core/posting/TextScan.h"

namespace amhire {

// What the checks need from a piece of a posting's Markdown; offsets are
// within the piece.
struct TextChecks {
    std::vector<Finding> placeholders;
    std::vector<GenderCodedHit> genderCodedHits;
    std::vector<Finding> genderCodedWords;  // one for each hit
    ReadabilityStats readability;           // the reading ease is not set
    std::vector<size_t> amountStarts;
    size_t lastWordEnd = std::string_view::npos;  // where the last word ends; npos: no word

    // Adds what was found in a piece that starts `offset` bytes later.
    void append(const TextChecks& piece, size_t offset);
    // Empties it as made, keeping its room.
    void clear();
};

TextChecks checkText(std::string_view text, const GenderCodedWordIndex& words);
// The same into `checks`, with `split` for the words: their room is used again.
void checkText(std::string_view text, const GenderCodedWordIndex& words, TextChecks& checks,
               std::vector<TextWord>& split);

// What the preview and the checks need from one block of a posting's
// Markdown: a run of lines between empty lines.
//
// Blocks can be worked out one by one because nothing the checks look at
// crosses an empty line: words and placeholders stay within a line, two line
// breaks between words always end a sentence (see measureReadability), and
// pay ranges stop at a blank line (see findPayRanges). A paragraph is checked
// sentence by sentence and a list item by item in the same way (see
// pieceCuts); pay ranges, which can cross lines, are found in the whole block
// from where its pieces say an amount may start.
struct PostingBlock {
    std::string html;         // cmark's HTML for the block on its own
    bool rendersAlone = true; // false: cmark might read it together with other blocks
    bool startsList = false;  // its first line is a list item
    bool isHeading = false;   // it is one line starting with '#'
    TextChecks checks;        // without amountStarts: payCandidates has what they gave
    std::vector<PayRangeCandidate> payCandidates;
};

// Blocks analysed one by one, joined as if analysed together: `joined`
// holds the HTML, checks and pay candidates of the run at their offsets in
// it; it renders alone if each block does and no list follows a block that
// could carry it on (startsList is its first block's, isHeading its last's).
struct BlockRun {
    PostingBlock joined;
    bool empty = true;

    // Adds the block (or run) that starts `offset` bytes into the run.
    void add(const PostingBlock& block, size_t offset);
};

// Where a block may be cut into pieces that checkText sees as the whole
// block would: a block of one line after each ". " that follows a letter or
// digit; a block of "- " lines at each line. Empty for other blocks.
std::vector<size_t> pieceCuts(std::string_view block);

// One step of working out a block's checks, from `start` to `end` in it:
// what was added, so that a block made of the same text around other
// values can be worked out by the same steps (see BlockShape).
struct CheckStep {
    enum class Kind {
        Remembered,      // the checks of text without values: `checks`
        Fresh,           // the checks of text with a value, worked out for that text
        EndsNoSentence,  // one sentence fewer: a cut counted one the whole does not have
    };
    Kind kind = Kind::Remembered;
    size_t start = 0;
    size_t end = 0;
    TextChecks checks;
};

// Adds the pay candidates `block.checks.amountStarts` lead to in `text`, and
// then empties those.
void findBlockPayCandidates(std::string_view text, PostingBlock& block);

}  // namespace amhire
