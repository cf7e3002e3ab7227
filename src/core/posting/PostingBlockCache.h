#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/posting/BlockShape.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/PostingBlock.h"

namespace amhire {

// The analyses of recently seen blocks by their exact text: while a form is
// typed into, only the block the edited value lands in changes, and in it
// only the sentence or list item, and in that only the value: given where
// values start and end, a sentence or item is cut there too where the cut
// leaves the checks as they are for the whole (see checkPiece), so
// "Acme is hiring …" is checked as "Acme " and a remembered "is hiring …".
//
// Text with a typed value in it is mostly new: the company's name is in no
// other posting. So such text is remembered by its text only when seen a
// second time within as many previews as the cache keeps what is unused, as
// a team's name or a city may be in the postings of a team (a table of the
// hashes of such text seen, and when, tells the second time). Until
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
    // How many blocks have been worked out through their shape, since creation.
    uint64_t composedCount() const { return composed_; }

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
    // Drops what the last keptPreviews previews did not use, from any map of
    // unique_ptrs to something with a lastUsed.
    template <typename Kept>
    void sweep(Kept& entries);
    // Works out `block` for `text` in place, reusing its room.
    void analyseBlock(std::string_view text, const GenderCodedWordIndex& words,
                      const std::vector<size_t>& valueEdges, PostingBlock& block);
    // checkText, counted in analysedCount and analysedBytes.
    TextChecks checkCounted(std::string_view text, const GenderCodedWordIndex& words);
    // Whether text with values in it was seen before (see above); notes it as seen.
    bool seenBefore(std::string_view text);
    // Notes a step in trace_, when one is being taken.
    void note(CheckStep::Kind kind, size_t start, size_t end, const TextChecks* checks = nullptr);
    // A block with values made of plain words, worked out through its shape
    // (see BlockShape); false if it cannot be.
    bool analyseByShape(std::string_view text, const GenderCodedWordIndex& words,
                        const std::vector<size_t>& valueEdges, PostingBlock& block);
    // The checks of a piece holding a value in a block worked out through its
    // shape, without the spaces and line breaks after it; the last one's are
    // kept (copied), since the name in the title comes again in the summary.
    const TextChecks& checkValue(std::string_view piece, const GenderCodedWordIndex& words);
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
    uint64_t composed_ = 0;
    Entries<PostingBlock> blocks_;
    Entries<TextChecks> pieces_;
    // Blocks with values, by their place in the last preview (see above).
    struct ValueBlock {
        std::string text;
        PostingBlock analysis;
    };
    std::deque<ValueBlock> valueBlocks_;  // a deque: analyses handed out stay where they are
    size_t nextValueBlock_ = 0;
    // Text with values seen, by the hash of the text modulo the size: a clash
    // only costs a second analysis.
    struct Sighting {
        uint64_t hash = 0;
        uint64_t preview = 0;
    };
    std::vector<Sighting> seenWithValues_;
    // The shapes of blocks with values, by the hash of their text between values.
    struct KeptShape {
        BlockShape shape;
        uint64_t lastUsed = 0;
    };
    std::unordered_map<uint64_t, std::unique_ptr<KeptShape>> shapes_;
    std::vector<CheckStep>* trace_ = nullptr;  // where analyseBlock notes its steps, while a shape is made
    std::vector<CheckStep> pieceSteps_;         // a piece's steps, until it is known whether they stand
    // Kept for their room.
    TextChecks joinedScratch_;
    TextChecks pieceScratch_;
    std::string lastValueText_;
    TextChecks lastValueChecks_;
    std::vector<TextWord> wordsScratch_;
    std::vector<size_t> cutsScratch_;
};

}  // namespace amhire
