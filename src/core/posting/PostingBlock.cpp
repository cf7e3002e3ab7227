#include "core/posting/PostingBlock.h"

#include <algorithm>
#include <array>

#include "core/content/Placeholders.h"
#include "core/posting/PayScan.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/TextScan.h"

namespace amhire {

namespace {

// Appends `from` to `to` in one go (one growth at most), then moves the new
// entries' offsets along.
template <typename T, typename Offset>
void appendShifted(std::vector<T>& to, const std::vector<T>& from, size_t offset, Offset offsetOf)
{
    const size_t first = to.size();
    to.insert(to.end(), from.begin(), from.end());
    for (size_t i = first; i < to.size(); ++i)
        offsetOf(to[i]) += offset;
}

}  // namespace

void TextChecks::clear()
{
    placeholders.clear();
    genderCodedHits.clear();
    genderCodedWords.clear();
    readability = {};
    amountStarts.clear();
    lastWordEnd = std::string_view::npos;
}

void TextChecks::append(const TextChecks& piece, size_t offset)
{
    auto findingOffset = [](Finding& f) -> size_t& { return f.offset; };
    appendShifted(placeholders, piece.placeholders, offset, findingOffset);
    appendShifted(genderCodedHits, piece.genderCodedHits, offset, [](GenderCodedHit& h) -> size_t& { return h.offset; });
    appendShifted(genderCodedWords, piece.genderCodedWords, offset, findingOffset);
    readability.words += piece.readability.words;
    readability.sentences += piece.readability.sentences;
    readability.syllables += piece.readability.syllables;
    appendShifted(amountStarts, piece.amountStarts, offset, [](size_t& start) -> size_t& { return start; });
    if (piece.lastWordEnd != std::string_view::npos)
        lastWordEnd = offset + piece.lastWordEnd;
}

void BlockRun::add(const PostingBlock& block, size_t offset)
{
    if (empty) {
        joined.rendersAlone = block.rendersAlone;
        joined.startsList = block.startsList;
        empty = false;
    }
    else {
        // A list right after another block could carry on a list in it.
        joined.rendersAlone = joined.rendersAlone && block.rendersAlone && (!block.startsList || joined.isHeading);
    }
    joined.isHeading = block.isHeading;
    joined.html += block.html;
    joined.checks.append(block.checks, offset);
    appendShifted(joined.payCandidates, block.payCandidates, offset,
                  [](PayRangeCandidate& c) -> size_t& { return c.found.offset; });
}

TextChecks checkText(std::string_view text, const GenderCodedWordIndex& words)
{
    TextChecks checks;
    std::vector<TextWord> split;
    checkText(text, words, checks, split);
    return checks;
}

void checkText(std::string_view text, const GenderCodedWordIndex& words, TextChecks& checks,
               std::vector<TextWord>& split)
{
    checks.clear();
    if (text.find('{') != std::string_view::npos)
        for (const PlaceholderUse& use : findPlaceholders(text))
            checks.placeholders.push_back(placeholderFinding(use));
    splitWords(text, split);
    checks.genderCodedHits = findGenderCodedWords(split, words);
    for (const GenderCodedHit& hit : checks.genderCodedHits)
        checks.genderCodedWords.push_back(genderCodedWordFinding(hit));
    checks.readability = measureReadability(text, split);
    payAmountStarts(text, checks.amountStarts);
    if (!split.empty())
        checks.lastWordEnd = split.back().offset + split.back().text.size();
}

std::vector<size_t> pieceCuts(std::string_view block)
{
    std::vector<size_t> cuts;
    const size_t newline = block.find('\n');
    if (newline != std::string_view::npos && newline + 1 != block.size()) {
        // A list item's line ends a sentence at its end (the next line
        // starts a block), so a list is checked item by item.
        for (size_t start = 0; start < block.size(); start = block.find('\n', start) + 1) {
            if (block.substr(start, 2) != "- ")
                return {};
            if (start > 0)
                cuts.push_back(start);
            if (block.find('\n', start) == std::string_view::npos)
                break;
        }
        return cuts;
    }
    // The word before the full stop ends at it (a '.' joins only digits), and
    // the gap to the next word starts with ". ", which ends a sentence.
    for (size_t stop = block.find(". "); stop != std::string_view::npos; stop = block.find(". ", stop + 1))
        if (stop > 0 && (isAsciiLetter(block[stop - 1]) || isAsciiDigit(block[stop - 1])))
            cuts.push_back(stop + 2);
    return cuts;
}

// A range needs a currency, and a currency sign or code begins where an
// amount may start with something other than a digit (see mayStartAmount):
// most blocks need no search.
void findBlockPayCandidates(std::string_view text, PostingBlock& block)
{
    const std::vector<size_t>& starts = block.checks.amountStarts;
    if (std::any_of(starts.begin(), starts.end(), [&](size_t at) { return !isAsciiDigit(text[at]); }))
        block.payCandidates = findPayRangeCandidates(text, starts);
    else
        block.payCandidates.clear();
    block.checks.amountStarts.clear();
}

}  // namespace amhire
