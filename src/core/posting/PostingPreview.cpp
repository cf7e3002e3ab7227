#include "core/posting/PostingPreview.h"

#include <string_view>

#include "core/posting/PayScan.h"
#include "core/posting/PostingFormats.h"

namespace amhire {

namespace {

struct BlockPlace {
    size_t offset = 0;
    size_t length = 0;
};

// Runs of lines between empty lines, each with its line break.
std::vector<BlockPlace> blocksOf(std::string_view markdown)
{
    std::vector<BlockPlace> blocks;
    size_t start = 0;
    while (start < markdown.size()) {
        while (start < markdown.size() && markdown[start] == '\n')
            ++start;
        if (start == markdown.size())
            break;
        size_t end = markdown.find("\n\n", start);
        end = end == std::string_view::npos ? markdown.size() : end + 1;
        blocks.push_back({start, end - start});
        start = end;
    }
    return blocks;
}

}  // namespace

PostingPreviewer::PostingPreviewer(GenderCodedWords words)
    : words_(std::make_unique<const GenderCodedWords>(std::move(words))), index_(*words_)
{
}

PostingPreview PostingPreviewer::preview(const JobTemplate& jobTemplate, const PostingInput& input)
{
    PostingPreview preview;
    preview.posting = renderPosting(jobTemplate, input);
    const std::string& markdown = preview.posting.markdown;
    cache_.startPreview();

    TextChecks checks;
    std::vector<PayRangeCandidate> payCandidates;
    bool rendersAlone = true;
    const PostingBlock* previous = nullptr;
    for (const BlockPlace& place : blocksOf(markdown)) {
        const PostingBlock& block =
            cache_.analysis(std::string_view(markdown).substr(place.offset, place.length), index_);
        // A list right after another block could carry on a list in it.
        rendersAlone = rendersAlone && block.rendersAlone && (!block.startsList || (previous && previous->isHeading));
        previous = &block;
        if (rendersAlone)
            preview.html += block.html;
        checks.append(block.checks, place.offset);
        for (const PayRangeCandidate& candidate : block.payCandidates) {
            payCandidates.push_back(candidate);
            payCandidates.back().found.offset += place.offset;
        }
    }
    if (!rendersAlone)
        preview.html = toHtml(markdown);

    PostingCheckParts parts;
    parts.placeholders = std::move(checks.placeholders);
    parts.payRanges = choosePayRanges(std::move(payCandidates));
    parts.wordListGiven = !words_->empty();
    if (parts.wordListGiven) {
        parts.genderCodedWords = std::move(checks.genderCodedWords);
        for (GenderCodedHit& hit : checks.genderCodedHits)
            (hit.coding == GenderCoding::Masculine ? parts.masculineWords : parts.feminineWords)
                .push_back(std::move(hit.word));
    }
    parts.readability = checks.readability;
    parts.readability.fleschReadingEase =
        fleschReadingEase(parts.readability.words, parts.readability.sentences, parts.readability.syllables);
    preview.report = checkPosting(markdown, checkContextFor(jobTemplate, input.level, {}), std::move(parts));
    return preview;
}

}  // namespace amhire
