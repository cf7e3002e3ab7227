#include "core/posting/BlockShape.h"

// Header only: the hash is inlined.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/posting/PlainBlockHtml.h"
#include "core/posting/TextScan.h"

namespace amhire {

bool isPlainWords(std::string_view value)
{
    if (value.empty() || !isAsciiLetter(value.front()) || !(isAsciiLetter(value.back()) || isAsciiDigit(value.back())))
        return false;
    for (char c : value)
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != ' ' && c != '-')
            return false;
    return true;
}

size_t BlockShape::literalStart(const std::vector<size_t>& valueEdges, size_t literal)
{
    return literal == 0 ? 0 : valueEdges[2 * literal - 1];
}

size_t BlockShape::literalEnd(std::string_view text, const std::vector<size_t>& valueEdges, size_t literal)
{
    return 2 * literal < valueEdges.size() ? valueEdges[2 * literal] : text.size();
}

uint64_t BlockShape::keyOf(std::string_view text, const std::vector<size_t>& valueEdges)
{
    const size_t literals = valueEdges.size() / 2 + 1;
    uint64_t hash = literals;
    for (size_t i = 0; i < literals; ++i) {
        const size_t start = literalStart(valueEdges, i);
        hash = XXH3_64bits_withSeed(text.data() + start, literalEnd(text, valueEdges, i) - start, hash);
    }
    return hash;
}

bool BlockShape::placeOf(size_t at, std::string_view text, const std::vector<size_t>& valueEdges,
                         Place& place) const
{
    for (size_t i = 0; i < literals_.size(); ++i) {
        const size_t start = literalStart(valueEdges, i);
        if (at >= start && at <= literalEnd(text, valueEdges, i)) {
            place = {i, at - start};
            return true;
        }
    }
    return false;  // inside a value
}

BlockShape::BlockShape(std::string_view text, const std::vector<size_t>& valueEdges, const PostingBlock& block,
                       std::vector<CheckStep> steps)
    : rendersAlone_(block.rendersAlone), startsList_(block.startsList), isHeading_(block.isHeading)
{
    const size_t literals = valueEdges.size() / 2 + 1;
    for (size_t i = 0; i < literals; ++i) {
        const size_t start = literalStart(valueEdges, i);
        literals_.emplace_back(text.substr(start, literalEnd(text, valueEdges, i) - start));
    }
    // The HTML either side of each value, which is written as it is.
    std::string html;
    std::vector<size_t> htmlEdges;
    if (!writePlainBlockHtml(html, text, &valueEdges, &htmlEdges) || html != block.html ||
        htmlEdges.size() != valueEdges.size())
        return;
    for (size_t i = 0; i < literals; ++i) {
        const size_t start = i == 0 ? 0 : htmlEdges[2 * i - 1];
        const size_t end = i + 1 < literals ? htmlEdges[2 * i] : html.size();
        htmlParts_.push_back(html.substr(start, end - start));
    }
    for (CheckStep& step : steps) {
        Step kept{step.kind, {}, {}, std::move(step.checks)};
        if (!placeOf(step.start, text, valueEdges, kept.start) || !placeOf(step.end, text, valueEdges, kept.end))
            return;
        steps_.push_back(std::move(kept));
    }
    usable_ = true;
}

bool BlockShape::fits(std::string_view text, const std::vector<size_t>& valueEdges) const
{
    if (valueEdges.size() + 2 != 2 * literals_.size())
        return false;
    for (size_t i = 0; i < literals_.size(); ++i) {
        const size_t start = literalStart(valueEdges, i);
        const size_t end = literalEnd(text, valueEdges, i);
        if (end < start || text.substr(start, end - start) != literals_[i])
            return false;
    }
    return true;
}

void BlockShape::compose(std::string_view text, const std::vector<size_t>& valueEdges,
                         const std::function<const TextChecks&(std::string_view)>& checkFresh,
                         PostingBlock& block) const
{
    block.html.clear();
    for (size_t i = 0; i < htmlParts_.size(); ++i) {
        block.html += htmlParts_[i];
        if (i + 1 < htmlParts_.size())
            block.html.append(text, valueEdges[2 * i], valueEdges[2 * i + 1] - valueEdges[2 * i]);
    }
    block.rendersAlone = rendersAlone_;
    block.startsList = startsList_;
    block.isHeading = isHeading_;
    TextChecks& checks = block.checks;
    checks.clear();
    auto at = [&](const Place& place) { return literalStart(valueEdges, place.literal) + place.offset; };
    for (const Step& step : steps_) {
        const size_t start = at(step.start);
        switch (step.kind) {
        case CheckStep::Kind::Remembered:
            checks.append(step.checks, start);
            break;
        case CheckStep::Kind::Fresh:
            checks.append(checkFresh(text.substr(start, at(step.end) - start)), start);
            break;
        case CheckStep::Kind::EndsNoSentence:
            --checks.readability.sentences;
            break;
        }
    }
    findBlockPayCandidates(text, block);
}

}  // namespace amhire
