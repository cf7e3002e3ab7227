#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/posting/GenderCodedWords.h"
#include "core/posting/PayScan.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/Readability.h"

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

// The analyses of recently seen blocks by their exact text: while a form is
// typed into, only the block the edited value lands in changes, and in it
// only the sentence or list item, and in that only the value: given where
// values start and end, a sentence or item is cut there too where the cut
// leaves the checks as they are for the whole (see checkPiece), so
// "Acme is hiring …" is checked as "Acme " and a remembered "is hiring …".
//
// Text with a typed value in it is mostly new: the company's name is in no
// other posting. So such text is remembered by its text only when seen a
// second time, as a team's name or a city may be in the postings of a team
// (a table of the hashes of such text seen tells the second time). Until
// then a piece of a sentence or item with a value is worked out each time,
// and a block with one is kept by its place among the blocks with values of
// the preview (the third, say): the next preview finds it there if the value
// typed into is elsewhere, or else works it out again in the same room.
//
// Bounded: every `keptPreviews` previews, what they did not use is dropped,
// so nothing unused lives longer than twice that; and it starts over if it
// ever holds more than `capacity` blocks (or pieces). Analyses depend on the
// word list: one cache per list.
class PostingBlockCache {
public:
    explicit PostingBlockCache(size_t capacity = 2048, uint64_t keptPreviews = 128);

    // Call once per preview, before its blocks are looked up in order:
    // analyses returned earlier stay valid until the next call.
    void startPreview();
    // `valueEdges`: where values start and end in `text`, in order; the
    // analysis is the same whatever they are.
    const PostingBlock& analysis(std::string_view text, const GenderCodedWordIndex& words,
                                 const std::vector<size_t>& valueEdges = {});

    size_t size() const { return blocks_.size() + pieces_.size(); }
    // How many pieces of text have been checked rather than found, since
    // creation.
    uint64_t analysedCount() const { return analysed_; }
    // How many bytes those pieces held.
    uint64_t analysedBytes() const { return analysedBytes_; }

private:
    template <typename Analysis>
    struct Entry {
        std::string text;
        Analysis analysis;
        uint64_t lastUsed = 0;
    };
    // XXH3 rather than std::hash: every block of a posting is looked up on
    // every keystroke, and std::hash reads a byte at a time.
    struct TextHash {
        size_t operator()(std::string_view text) const;
    };
    // Keys view the text of their own entry.
    template <typename Analysis>
    using Entries = std::unordered_map<std::string_view, std::unique_ptr<Entry<Analysis>>, TextHash>;

    template <typename Analysis, typename Make>
    const Analysis& find(Entries<Analysis>& entries, std::string_view text, Make make);
    template <typename Analysis>
    void sweep(Entries<Analysis>& entries);
    // Works out `block` for `text` in place, reusing its room.
    void analyseBlock(std::string_view text, const GenderCodedWordIndex& words,
                      const std::vector<size_t>& valueEdges, PostingBlock& block);
    // checkText, counted in analysedCount and analysedBytes.
    TextChecks checkCounted(std::string_view text, const GenderCodedWordIndex& words);
    // Whether text with values in it was seen before (see above); notes it as seen.
    bool seenBefore(std::string_view text);
    // The checks of a piece of text, remembered unless it holds a value seen
    // for the first time.
    const TextChecks& checkText(std::string_view text, bool holdsValue, const GenderCodedWordIndex& words);
    // Appends to `out` the checks of the piece of `block` from `start` to
    // `end`, a line or lines; `valueEdges` are where values start and end in
    // the block.
    void checkPiece(std::string_view block, size_t start, size_t end, const std::vector<size_t>& valueEdges,
                    const GenderCodedWordIndex& words, TextChecks& out);

    size_t capacity_;
    uint64_t keptPreviews_;
    uint64_t preview_ = 0;
    uint64_t analysed_ = 0;
    uint64_t analysedBytes_ = 0;
    Entries<PostingBlock> blocks_;
    Entries<TextChecks> pieces_;
    // Blocks with values, by their place in the last preview (see above).
    struct ValueBlock {
        std::string text;
        PostingBlock analysis;
    };
    std::deque<ValueBlock> valueBlocks_;  // a deque: analyses handed out stay where they are
    size_t nextValueBlock_ = 0;
    // Hashes of text with values seen, by hash modulo the size: a clash only
    // costs a second analysis.
    std::vector<uint64_t> seenWithValues_;
    // Kept for their room.
    TextChecks joinedScratch_;
    TextChecks pieceScratch_;
    std::vector<size_t> cutsScratch_;
};

}  // namespace amhire
