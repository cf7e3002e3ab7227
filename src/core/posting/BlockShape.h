#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/posting/PostingBlock.h"

namespace amhire {

// Whether a typed value is plain words: ASCII letters, digits, spaces and
// hyphens, starting with a letter and ending in a letter or digit
// ("Contoso 5", "Customer Success", "on-site"). Such a value has nothing
// Markdown, cmark or the checks read as more than words: no markup, no
// sentence end, no line break (a hyphen inside it joins words, which only
// the value's own checks see).
bool isPlainWords(std::string_view value);

// A block with values, as the text between its values and what working it
// out did there: the HTML either side of each value and the steps of its
// checks. The company's name is in every posting and in no two alike, so the
// blocks that hold it are new in every posting, but their shape is not.
//
// Why working out a block with other plain-word values takes the same steps:
// the pieces a block is cut into (sentences, list items, and the cuts at
// value edges, see PostingBlockCache::checkPiece) are decided by the text
// either side of each value and by the kind of character a value starts and
// ends with, which for plain words is always a letter at the start and a
// letter or digit at the end. The same holds for whether a sentence ends at a
// cut (the gap after a piece's last word lies in the text around the
// values), for the HTML (plain words are written as they are, and a list
// item or paragraph starting with one starts with a letter either way) and
// for the block's kind. Only the checks of the pieces holding values differ:
// those are worked out afresh. The tests hold the result to working the
// block out from scratch.
class BlockShape {
public:
    // The key a block's shape is found by: a hash of its text between values.
    static uint64_t keyOf(std::string_view text, const std::vector<size_t>& valueEdges);

    // The shape of `text`, whose values (at `valueEdges`, in pairs) are plain
    // words, from `block` as worked out for it by `steps`. A shape that
    // cannot be used again (a block cmark renders, say) says so in usable().
    BlockShape(std::string_view text, const std::vector<size_t>& valueEdges, const PostingBlock& block,
               std::vector<CheckStep> steps);

    bool usable() const { return usable_; }
    // Whether `text` with values at `valueEdges` has this shape's text between values.
    bool fits(std::string_view text, const std::vector<size_t>& valueEdges) const;

    // Works out `block` for `text`, which fits, with plain-word values;
    // `checkFresh` gives the checks of a piece that holds a value.
    void compose(std::string_view text, const std::vector<size_t>& valueEdges,
                 const std::function<const TextChecks&(std::string_view)>& checkFresh, PostingBlock& block) const;

private:
    // A place in a block: `offset` bytes into its text between values number `literal`.
    struct Place {
        size_t literal = 0;
        size_t offset = 0;
    };
    struct Step {
        CheckStep::Kind kind;
        Place start;
        Place end;
        TextChecks checks;
    };

    // Where the text between values number `literal` starts and ends.
    static size_t literalStart(const std::vector<size_t>& valueEdges, size_t literal);
    static size_t literalEnd(std::string_view text, const std::vector<size_t>& valueEdges, size_t literal);
    bool placeOf(size_t at, std::string_view text, const std::vector<size_t>& valueEdges, Place& place) const;

    bool usable_ = false;
    std::vector<std::string> literals_;   // the text between values: one more than the values
    std::vector<std::string> htmlParts_;  // the HTML between values, likewise
    bool rendersAlone_ = true;
    bool startsList_ = false;
    bool isHeading_ = false;
    std::vector<Step> steps_;
};

}  // namespace amhire
