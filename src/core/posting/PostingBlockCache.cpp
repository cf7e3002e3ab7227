#include "core/posting/PostingBlock.h"

#include <algorithm>

// Header only: the hash is inlined into the look-ups.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/posting/PayScan.h"
#include "core/posting/PlainBlockHtml.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/TextScan.h"

namespace amhire {

namespace {

// Whether [start, end) of a block meets one of its values, whose starts and
// ends `valueEdges` holds in pairs; with no pairs to go by, anything might.
bool meetsValue(const std::vector<size_t>& valueEdges, size_t start, size_t end)
{
    if (valueEdges.size() % 2 != 0)
        return true;
    for (size_t i = 0; i < valueEdges.size(); i += 2)
        if (valueEdges[i] < end && valueEdges[i + 1] > start)
            return true;
    return false;
}

}  // namespace

size_t PostingBlockCache::TextHash::operator()(std::string_view text) const
{
    return static_cast<size_t>(XXH3_64bits(text.data(), text.size()));
}

PostingBlockCache::PostingBlockCache(size_t capacity, uint64_t keptPreviews)
    : capacity_(capacity), keptPreviews_(keptPreviews), seenWithValues_(4096)
{
}

template <typename Analysis>
void PostingBlockCache::sweep(Entries<Analysis>& entries)
{
    if (preview_ % keptPreviews_ == 0)
        for (auto it = entries.begin(); it != entries.end();)
            it = it->second->lastUsed + keptPreviews_ < preview_ ? entries.erase(it) : std::next(it);
    // Many different postings in a short time: start over.
    if (entries.size() > capacity_)
        entries.clear();
}

void PostingBlockCache::startPreview()
{
    ++preview_;
    // Room for the blocks with values of a posting as long as the last one
    // (or a few more), not of the longest ever typed.
    if (valueBlocks_.size() > std::max<size_t>(2 * nextValueBlock_, 16))
        valueBlocks_.resize(std::max<size_t>(2 * nextValueBlock_, 16));
    nextValueBlock_ = 0;
    sweep(blocks_);
    sweep(pieces_);
}

template <typename Analysis, typename Make>
const Analysis& PostingBlockCache::find(Entries<Analysis>& entries, std::string_view text, Make make)
{
    auto found = entries.find(text);
    if (found == entries.end()) {
        auto entry = std::make_unique<Entry<Analysis>>();
        entry->text = std::string(text);
        entry->analysis = make(std::string_view(entry->text));
        found = entries.emplace(std::string_view(entry->text), std::move(entry)).first;
    }
    found->second->lastUsed = preview_;
    return found->second->analysis;
}

TextChecks PostingBlockCache::checkCounted(std::string_view text, const GenderCodedWordIndex& words)
{
    ++analysed_;
    analysedBytes_ += text.size();
    return amhire::checkText(text, words);
}

bool PostingBlockCache::seenBefore(std::string_view text)
{
    const uint64_t hash = XXH3_64bits(text.data(), text.size());
    uint64_t& seen = seenWithValues_[hash % seenWithValues_.size()];
    const bool before = seen == hash;
    seen = hash;
    return before;
}

const TextChecks& PostingBlockCache::checkText(std::string_view text, bool holdsValue,
                                               const GenderCodedWordIndex& words)
{
    auto check = [&](std::string_view entryText) { return checkCounted(entryText, words); };
    if (!holdsValue || seenBefore(text))
        return find(pieces_, text, check);
    pieceScratch_ = checkCounted(text, words);
    return pieceScratch_;
}

// A cut at `at` in a one-line piece, after a space and before a letter or
// digit, splits no word, placeholder or amount: the words, coded words,
// syllables and amount starts of the two sides are those of the whole. Only
// the sentence count differs: the side before counts its last word as
// ending a sentence, which in the whole it does only if the gap after it
// holds a full stop, '!' or '?' (see measureReadability; the gap ends in the
// space, so whatever ends the sentence is followed by one).
void PostingBlockCache::checkPiece(std::string_view block, size_t start, size_t end,
                                   const std::vector<size_t>& valueEdges, const GenderCodedWordIndex& words,
                                   TextChecks& out)
{
    const std::string_view piece = block.substr(start, end - start);
    auto holdsValue = [&](size_t from, size_t to) { return meetsValue(valueEdges, start + from, start + to); };
    std::vector<size_t>& cuts = cutsScratch_;
    cuts.clear();
    for (size_t edge : valueEdges) {
        if (edge <= start || edge >= end)
            continue;
        size_t at = edge - start;
        while (at < piece.size() && piece[at] == ' ')
            ++at;
        if (at < piece.size() && piece[at - 1] == ' ' && (isAsciiLetter(piece[at]) || isAsciiDigit(piece[at])) &&
            (cuts.empty() || at > cuts.back()))
            cuts.push_back(at);
    }
    if (cuts.empty()) {
        out.append(checkText(piece, holdsValue(0, piece.size()), words), start);
        return;
    }
    cuts.push_back(piece.size());
    TextChecks& joined = joinedScratch_;
    joined.clear();
    size_t from = 0;
    for (size_t cut : cuts) {
        const TextChecks& part = checkText(piece.substr(from, cut - from), holdsValue(from, cut), words);
        joined.append(part, from);
        if (cut < piece.size()) {
            // Nothing before the cut to end a sentence: check the piece whole.
            if (part.lastWordEnd == std::string_view::npos) {
                out.append(checkText(piece, holdsValue(0, piece.size()), words), start);
                return;
            }
            const size_t gapStart = from + part.lastWordEnd;
            if (piece.substr(gapStart, cut - gapStart).find_first_of(".!?") == std::string_view::npos)
                --joined.readability.sentences;
        }
        from = cut;
    }
    out.append(joined, start);
}

void PostingBlockCache::analyseBlock(std::string_view text, const GenderCodedWordIndex& words,
                                     const std::vector<size_t>& valueEdges, PostingBlock& block)
{
    if (!writePlainBlockHtml(block.html, text))
        block.html = toHtml(std::string(text));
    block.rendersAlone = rendersAlone(text);
    block.startsList = startsList(text);
    const size_t newline = text.find('\n');
    const bool oneLine = newline == std::string_view::npos || newline + 1 == text.size();
    block.isHeading = !text.empty() && text[0] == '#' && oneLine;
    TextChecks& checks = block.checks;
    checks.clear();
    std::vector<size_t> cuts = pieceCuts(text);
    if (cuts.empty() && !oneLine) {
        // Several lines, not a list: a value in them is rare.
        checks.append(checkText(text, meetsValue(valueEdges, 0, text.size()), words), 0);
    }
    else {
        // Each piece is one line (but for its line break). Where the values
        // are known, the pieces next to each other that hold none are checked
        // as one: they stay the same whatever is typed, and a run of them is
        // cut (and remembered) the same way each time.
        cuts.push_back(text.size());
        size_t start = 0;
        size_t runStart = 0;  // of pieces without values, not yet checked
        auto edge = valueEdges.begin();
        for (size_t end : cuts) {
            while (edge != valueEdges.end() && *edge < start)
                ++edge;
            const bool holdsValue = valueEdges.empty() || (edge != valueEdges.end() && *edge <= end);
            if (holdsValue) {
                if (runStart < start)
                    checkPiece(text, runStart, start, valueEdges, words, checks);
                checkPiece(text, start, end, valueEdges, words, checks);
                runStart = end;
            }
            start = end;
        }
        if (runStart < text.size())
            checkPiece(text, runStart, text.size(), valueEdges, words, checks);
    }
    // A range needs a currency, and a currency sign or code begins where an
    // amount may start with something other than a digit (see mayStartAmount).
    const std::vector<size_t>& starts = checks.amountStarts;
    if (std::any_of(starts.begin(), starts.end(), [&](size_t at) { return !isAsciiDigit(text[at]); }))
        block.payCandidates = findPayRangeCandidates(text, starts);
    else
        block.payCandidates.clear();
    checks.amountStarts.clear();
}

const PostingBlock& PostingBlockCache::analysis(std::string_view text, const GenderCodedWordIndex& words,
                                                const std::vector<size_t>& valueEdges)
{
    if (valueEdges.empty())
        return find(blocks_, text, [&](std::string_view entryText) {
            PostingBlock block;
            analyseBlock(entryText, words, {}, block);
            return block;
        });
    if (nextValueBlock_ == valueBlocks_.size())
        valueBlocks_.emplace_back();
    ValueBlock& kept = valueBlocks_[nextValueBlock_++];
    if (kept.text == text)
        return kept.analysis;
    // Seen before elsewhere, as a value that many postings share (a city) may be.
    if (auto found = blocks_.find(text); found != blocks_.end()) {
        found->second->lastUsed = preview_;
        return found->second->analysis;
    }
    if (seenBefore(text))
        return find(blocks_, text, [&](std::string_view entryText) {
            PostingBlock block;
            analyseBlock(entryText, words, valueEdges, block);
            return block;
        });
    kept.text.assign(text);
    analyseBlock(kept.text, words, valueEdges, kept.analysis);
    return kept.analysis;
}

}  // namespace amhire
