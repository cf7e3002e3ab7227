#include "core/posting/PostingBlock.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Header only: the hash is inlined into the look-ups.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/content/Placeholders.h"
#include "core/posting/PayScan.h"
#include "core/posting/PostingFormats.h"
#include "core/posting/TextScan.h"

namespace amhire {

namespace {

// CommonMark reads blocks across an empty line only through fenced code,
// HTML blocks (which need '<'), link reference definitions ("[x]: /url"
// applies to the whole document), indented code or list continuations
// (which start with a space or tab), and lists that go on after the empty
// line (see startsList). Rendered postings escape all of these; a value
// typed into the form ("~~~") might still open one, and then the posting is
// rendered whole.
bool rendersAlone(std::string_view text)
{
    if (text.empty() || text[0] == ' ' || text[0] == '\t')
        return false;
    for (std::string_view across : {"~~~", "```", "]:", "<"})
        if (text.find(across) != std::string_view::npos)
            return false;
    return true;
}

// Any line that could be a list item or continue a list; more than that is
// harmless (the posting is then rendered whole).
bool startsList(std::string_view text)
{
    return !text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '*' || isAsciiDigit(text[0]));
}

// How cmark's inline parser (with CMARK_OPT_DEFAULT) treats each ASCII byte
// of plain text: as text, as text it writes escaped, or as something else —
// markup, '#' (which may close a heading), control characters and tabs (NUL
// is replaced).
enum ByteKind : unsigned char { kText, kEscaped, kNotText };
constexpr std::array<ByteKind, 128> kByteKinds = [] {
    std::array<ByteKind, 128> kinds{};
    for (size_t c = 0; c < 0x20; ++c)
        kinds[c] = kNotText;
    for (char c : {'\\', '`', '&', '<', '*', '_', '[', ']', '!', '#', '\x7F'})
        kinds[static_cast<size_t>(c)] = kNotText;
    kinds['>'] = kEscaped;
    kinds['"'] = kEscaped;
    return kinds;
}();

// How many bytes from `at` on are plain text cmark writes as they are
// (kText in kByteKinds), looked at 16 at a time: nearly every byte of a
// posting is one, and a byte-by-byte table look-up is most of the cost.
size_t plainTextRun(std::string_view text, size_t at)
{
    size_t i = at;
#if defined(__SSE2__)
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        // Signed: bytes from 0x80 on are below ' ' too, and go the slow way.
        __m128i other = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(' ')),
                                     _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\x7F')));
        for (char c : {'\\', '`', '&', '<', '*', '_', '[', ']', '!', '#', '>', '"'})
            other = _mm_or_si128(other, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)));
        if (const int mask = _mm_movemask_epi8(other); mask != 0)
            return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask))) - at;
    }
#endif
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
           kByteKinds[static_cast<unsigned char>(text[i])] == kText)
        ++i;
    return i - at;
}

// Appends the HTML cmark writes for `text` if it reads it as one text node
// and nothing else: only text bytes (see kByteKinds), only valid UTF-8
// (invalid bytes are replaced) and no space at the end (which is stripped).
// Returns false otherwise, with part of the HTML appended.
bool appendPlainInlineHtml(std::string& out, std::string_view text)
{
    if (text.empty() || text.back() == ' ')
        return false;
    size_t written = 0;
    size_t i = 0;
    while (i < text.size()) {
        i += plainTextRun(text, i);
        if (i == text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // Overlong forms and surrogates are invalid too.
            const CodePoint cp = decodeUtf8(text, i);
            const size_t shortest = cp.value < 0x80 ? 1 : cp.value < 0x800 ? 2 : cp.value < 0x10000 ? 3 : 4;
            if (cp.length == 1 || cp.length != shortest || (cp.value >= 0xD800 && cp.value <= 0xDFFF) ||
                cp.value > 0x10FFFF)
                return false;
            i += cp.length;
            continue;
        }
        if (kByteKinds[c] == kNotText)
            return false;
        if (kByteKinds[c] == kEscaped) {
            out.append(text, written, i - written);
            out += c == '>' ? "&gt;" : "&quot;";
            written = i + 1;
        }
        ++i;
    }
    out.append(text, written, std::string_view::npos);
    return true;
}

// cmark's output for a block of plain text (see appendPlainInlineHtml),
// written directly into `html` (emptied first): a one-line paragraph or ATX
// heading starting with a letter, or a tight list of "- " items each starting
// with a letter. A posting has several of those, one naming the company that
// changes at every keystroke, and cmark's set-up costs more than the text.
// False when cmark is needed; the tests hold the two to the same bytes.
bool writePlainBlockHtml(std::string& html, std::string_view text)
{
    html.clear();
    if (!text.empty() && text.back() == '\n')
        text.remove_suffix(1);
    html.reserve(text.size() + 32);
    if (text.find('\n') != std::string_view::npos) {
        html += "<ul>\n";
        size_t start = 0;
        while (start < text.size()) {
            size_t end = text.find('\n', start);
            end = end == std::string_view::npos ? text.size() : end;
            const std::string_view line = text.substr(start, end - start);
            html += "<li>";
            if (line.size() < 3 || line[0] != '-' || line[1] != ' ' || !isAsciiLetter(line[2]) ||
                !appendPlainInlineHtml(html, line.substr(2)))
                return false;
            html += "</li>\n";
            start = end + 1;
        }
        html += "</ul>\n";
        return true;
    }
    size_t level = 0;
    while (level < text.size() && text[level] == '#')
        ++level;
    if (level > 6 || (level > 0 && (level + 1 >= text.size() || text[level] != ' ')))
        return false;
    const std::string_view content = level > 0 ? text.substr(level + 1) : text;
    // A letter first cannot start any other kind of block.
    if (content.empty() || !isAsciiLetter(content[0]))
        return false;
    const char tag[] = {level > 0 ? 'h' : 'p', level > 0 ? static_cast<char>('0' + level) : '\0', '\0'};
    ((html += '<') += tag) += '>';
    if (!appendPlainInlineHtml(html, content))
        return false;
    ((html += "</") += tag) += ">\n";
    return true;
}

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
    for (const PlaceholderUse& use : findPlaceholders(text))
        checks.placeholders.push_back(placeholderFinding(use));
    const std::vector<TextWord> split = splitWords(text);
    checks.genderCodedHits = findGenderCodedWords(split, words);
    for (const GenderCodedHit& hit : checks.genderCodedHits)
        checks.genderCodedWords.push_back(genderCodedWordFinding(hit));
    checks.readability = measureReadability(text, split);
    checks.amountStarts = payAmountStarts(text);
    if (!split.empty())
        checks.lastWordEnd = split.back().offset + split.back().text.size();
    return checks;
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
