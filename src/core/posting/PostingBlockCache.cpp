#include "core/posting/PostingBlockCache.h"

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

template <typename Kept>
void PostingBlockCache::sweep(Kept& entries)
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
    sweep(shapes_);
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
    Sighting& seen = seenWithValues_[hash % seenWithValues_.size()];
    // Seen as long ago as the cache keeps what is unused, and no longer: text
    // seen again only after that would be dropped again before its next time.
    const bool before = seen.hash == hash && seen.preview + keptPreviews_ >= preview_;
    seen = {hash, preview_};
    return before;
}

const TextChecks& PostingBlockCache::checkText(std::string_view text, bool holdsValue,
                                               const GenderCodedWordIndex& words)
{
    auto check = [&](std::string_view entryText) { return checkCounted(entryText, words); };
    if (!holdsValue || seenBefore(text))
        return find(pieces_, text, check);
    ++analysed_;
    analysedBytes_ += text.size();
    amhire::checkText(text, words, pieceScratch_, wordsScratch_);
    return pieceScratch_;
}

void PostingBlockCache::note(CheckStep::Kind kind, size_t start, size_t end, const TextChecks* checks)
{
    if (!trace_)
        return;
    CheckStep step;
    step.kind = kind;
    step.start = start;
    step.end = end;
    if (kind == CheckStep::Kind::Remembered)
        step.checks = *checks;
    trace_->push_back(std::move(step));
}

// Spaces and line breaks after the last word change no check: the last word
// ends a sentence either way, and they start no word, amount or placeholder.
// Without them, the name in the title ("Acme\n") and in the summary ("Acme ")
// is the same text, checked once.
const TextChecks& PostingBlockCache::checkValue(std::string_view piece, const GenderCodedWordIndex& words)
{
    while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n'))
        piece.remove_suffix(1);
    if (piece != lastValueText_) {
        lastValueText_.assign(piece);
        lastValueChecks_ = checkText(piece, true, words);
    }
    return lastValueChecks_;
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
    auto checkWhole = [&] {
        const bool wholeHoldsValue = holdsValue(0, piece.size());
        const TextChecks& whole = checkText(piece, wholeHoldsValue, words);
        out.append(whole, start);
        note(wholeHoldsValue ? CheckStep::Kind::Fresh : CheckStep::Kind::Remembered, start, end, &whole);
    };
    if (cuts.empty()) {
        checkWhole();
        return;
    }
    cuts.push_back(piece.size());
    TextChecks& joined = joinedScratch_;
    joined.clear();
    std::vector<CheckStep>* const blockTrace = trace_;
    pieceSteps_.clear();
    trace_ = blockTrace ? &pieceSteps_ : nullptr;  // the piece's steps stand only if no part sends it back whole
    size_t from = 0;
    for (size_t cut : cuts) {
        const bool partHoldsValue = holdsValue(from, cut);
        const TextChecks& part = checkText(piece.substr(from, cut - from), partHoldsValue, words);
        joined.append(part, from);
        note(partHoldsValue ? CheckStep::Kind::Fresh : CheckStep::Kind::Remembered, start + from, start + cut,
             &part);
        if (cut < piece.size()) {
            // Nothing before the cut to end a sentence: check the piece whole.
            if (part.lastWordEnd == std::string_view::npos) {
                trace_ = blockTrace;
                checkWhole();
                return;
            }
            const size_t gapStart = from + part.lastWordEnd;
            if (piece.substr(gapStart, cut - gapStart).find_first_of(".!?") == std::string_view::npos) {
                --joined.readability.sentences;
                note(CheckStep::Kind::EndsNoSentence, start + cut, start + cut);
            }
        }
        from = cut;
    }
    trace_ = blockTrace;
    if (trace_)
        for (CheckStep& step : pieceSteps_)
            trace_->push_back(std::move(step));
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
        const bool holdsValue = meetsValue(valueEdges, 0, text.size());
        const TextChecks& whole = checkText(text, holdsValue, words);
        checks.append(whole, 0);
        note(holdsValue ? CheckStep::Kind::Fresh : CheckStep::Kind::Remembered, 0, text.size(), &whole);
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
    findBlockPayCandidates(text, block);
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
    if (!analyseByShape(kept.text, words, valueEdges, kept.analysis))
        analyseBlock(kept.text, words, valueEdges, kept.analysis);
    return kept.analysis;
}

bool PostingBlockCache::analyseByShape(std::string_view text, const GenderCodedWordIndex& words,
                                       const std::vector<size_t>& valueEdges, PostingBlock& block)
{
    if (valueEdges.size() % 2 != 0)
        return false;
    for (size_t i = 0; i < valueEdges.size(); i += 2)
        if (valueEdges[i] >= valueEdges[i + 1] || valueEdges[i + 1] > text.size() ||
            (i > 0 && valueEdges[i] < valueEdges[i - 1]) ||
            !isPlainWords(text.substr(valueEdges[i], valueEdges[i + 1] - valueEdges[i])))
            return false;
    const uint64_t key = BlockShape::keyOf(text, valueEdges);
    if (auto found = shapes_.find(key); found != shapes_.end() && found->second->shape.fits(text, valueEdges)) {
        KeptShape& kept = *found->second;
        kept.lastUsed = preview_;
        if (!kept.shape.usable())
            return false;
        kept.shape.compose(
            text, valueEdges, [&](std::string_view piece) -> const TextChecks& { return checkValue(piece, words); },
            block);
        ++composed_;
        return true;
    }
    // First seen (or a clash of hashes): worked out step by step, and its shape kept.
    std::vector<CheckStep> steps;
    trace_ = &steps;
    struct StopTracing {  // however the analysis ends
        std::vector<CheckStep>*& trace;
        ~StopTracing() { trace = nullptr; }
    } stopTracing{trace_};
    analyseBlock(text, words, valueEdges, block);
    shapes_[key] = std::make_unique<KeptShape>(KeptShape{BlockShape(text, valueEdges, block, std::move(steps)), preview_});
    return true;
}

}  // namespace amhire
