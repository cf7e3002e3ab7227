#include "core/posting/PostingPreview.h"

#include <algorithm>
#include <string_view>

#include "core/posting/PayScan.h"
#include "core/posting/PostingFormats.h"

namespace amhire {

namespace {

// Skeletons for more templates than a session shows: start over.
constexpr size_t kMaxSkeletons = 64;

// Calls `block(offset, length)` for each run of lines between empty lines,
// with its line break.
template <typename Block>
void forEachBlock(std::string_view markdown, Block block)
{
    size_t start = 0;
    while (start < markdown.size()) {
        while (start < markdown.size() && markdown[start] == '\n')
            ++start;
        if (start == markdown.size())
            break;
        size_t end = markdown.find("\n\n", start);
        end = end == std::string_view::npos ? markdown.size() : end + 1;
        block(start, end - start);
        start = end;
    }
}

}  // namespace

PostingPreviewer::PostingPreviewer(GenderCodedWords words)
    : words_(std::make_unique<const GenderCodedWords>(std::move(words))), index_(*words_)
{
}

// In fixed text, the blocks after its first empty line and up to its last
// are the same in every posting: a block in the whole Markdown ends at the
// first "\n\n" after its start and the next starts after the line breaks
// that follow, so from an empty line inside the part on, the blocks depend
// on the part's text alone, up to the last empty line in it.
std::vector<PostingPreviewer::FixedBlocks> PostingPreviewer::fixedBlocksOf(const PostingSkeleton& skeleton)
{
    std::vector<FixedBlocks> all;
    for (size_t part = 0; part < skeleton.parts.size(); ++part) {
        if (skeleton.parts[part].kind != SkeletonPart::Kind::Fixed)
            continue;
        const std::string_view text = skeleton.parts[part].text;
        const size_t firstEmpty = text.find("\n\n");
        if (firstEmpty == std::string_view::npos)
            continue;
        const size_t start = text.find_first_not_of('\n', firstEmpty);
        const size_t end = text.rfind("\n\n") + 1;  // there is one: firstEmpty
        if (start == std::string_view::npos || end <= start)
            continue;
        FixedBlocks fixed{part, start, end, {}};
        BlockRun run;
        addBlocks(run, text.substr(start, end - start));
        fixed.run = std::move(run.joined);
        all.push_back(std::move(fixed));
    }
    return all;
}

const PostingPreviewer::KeptSkeleton& PostingPreviewer::skeletonFor(const JobTemplate& jobTemplate, Level level)
{
    std::unique_ptr<KeptSkeleton>& kept = skeletons_[{&jobTemplate, level}];
    if (kept && kept->sources.match(jobTemplate, level))
        return *kept;
    if (skeletons_.size() > kMaxSkeletons) {
        skeletons_.clear();
        return skeletonFor(jobTemplate, level);
    }
    ++skeletonsMade_;
    kept = std::make_unique<KeptSkeleton>();
    kept->sources = SkeletonSources(jobTemplate, level);
    kept->skeleton = postingSkeleton(jobTemplate, level);
    kept->fixedBlocks = fixedBlocksOf(kept->skeleton);
    return *kept;
}

// The blocks of `text`, which starts at a block's start, `offset` bytes into
// the run; `valueEdges` are where values start and end in the run.
void PostingPreviewer::addBlocks(BlockRun& run, std::string_view text, size_t offset,
                                 const std::vector<size_t>& valueEdges)
{
    auto edge = std::lower_bound(valueEdges.begin(), valueEdges.end(), offset);
    forEachBlock(text, [&](size_t at, size_t length) {
        const size_t start = offset + at;
        edgesInBlock_.clear();
        for (; edge != valueEdges.end() && *edge < start + length; ++edge)
            if (*edge >= start)
                edgesInBlock_.push_back(*edge - start);
        run.add(cache_.analysis(text.substr(at, length), index_, edgesInBlock_), start);
    });
}

PostingPreview PostingPreviewer::preview(const JobTemplate& jobTemplate, const PostingInput& input)
{
    const LevelBand& band = offeredBand(jobTemplate, input.level);
    const KeptSkeleton& kept = skeletonFor(jobTemplate, input.level);
    PostingPreview preview;
    FilledPlaces& places = places_;
    places.partStarts.clear();
    places.valueEdges.clear();
    fillPlaceholderValues(values_, input, band);
    preview.posting = renderPosting(kept.skeleton, input, band, values_, &places);
    const std::vector<size_t>& partStarts = places.partStarts;
    const std::string& markdown = preview.posting.markdown;
    cache_.startPreview();

    BlockRun whole;
    // Room for it all at once: HTML is a little longer than its Markdown.
    whole.joined.html.reserve(markdown.size() + markdown.size() / 4);
    whole.joined.checks.genderCodedHits.reserve(32);
    whole.joined.checks.genderCodedWords.reserve(32);
    size_t done = 0;
    for (const FixedBlocks& fixed : kept.fixedBlocks) {
        const size_t start = partStarts[fixed.part] + fixed.start;
        addBlocks(whole, std::string_view(markdown).substr(done, start - done), done, places.valueEdges);
        whole.add(fixed.run, start);
        done = partStarts[fixed.part] + fixed.end;
    }
    addBlocks(whole, std::string_view(markdown).substr(done), done, places.valueEdges);
    // A list first in the posting would start it.
    if (whole.joined.rendersAlone && !whole.joined.startsList)
        preview.html = std::move(whole.joined.html);
    else
        preview.html = toHtml(markdown);

    TextChecks& checks = whole.joined.checks;
    PostingCheckParts parts;
    parts.placeholders = std::move(checks.placeholders);
    parts.payRanges = choosePayRanges(std::move(whole.joined.payCandidates));
    parts.wordListGiven = !words_->empty();
    if (parts.wordListGiven) {
        parts.genderCodedWords = std::move(checks.genderCodedWords);
        parts.masculineWords.reserve(checks.genderCodedHits.size());
        parts.feminineWords.reserve(checks.genderCodedHits.size());
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
