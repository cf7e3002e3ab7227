#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "core/content/JobTemplate.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingBlockCache.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingInput.h"
#include "core/posting/PostingSkeleton.h"

namespace amhire {

// What the Postings view shows for a form: the posting, its HTML and its
// readiness checks.
struct PostingPreview {
    Posting posting;
    std::string html;       // toHtml(posting.markdown)
    PostingReport report;   // checkPosting(posting.markdown, checkContextFor(...))
};

// Renders, converts and checks postings as the user types, remembering the
// work for each block of Markdown so that a keystroke redoes only the blocks
// the edited value appears in. For each template and level it keeps the
// posting's skeleton with the blocks that lie wholly in its fixed text
// already joined, so those are neither rendered nor looked up again. The
// result is byte for byte what renderPosting, toHtml and checkPosting give.
// One per view, kept for its lifetime; not for use from two threads at once.
class PostingPreviewer {
public:
    explicit PostingPreviewer(GenderCodedWords words);

    // Throws as renderPosting does.
    PostingPreview preview(const JobTemplate& jobTemplate, const PostingInput& input);

    const PostingBlockCache& cache() const { return cache_; }

    // How many skeletons have been made, since creation.
    uint64_t skeletonsMade() const { return skeletonsMade_; }

private:
    // Blocks in one fixed part of a skeleton, from `start` to `end` in its
    // text, that every posting from it has as they are.
    struct FixedBlocks {
        size_t part = 0;
        size_t start = 0;
        size_t end = 0;
        PostingBlock run;
    };
    struct KeptSkeleton {
        SkeletonSources sources;  // what it was made from, to tell a changed template
        PostingSkeleton skeleton;
        std::vector<FixedBlocks> fixedBlocks;
    };

    const KeptSkeleton& skeletonFor(const JobTemplate& jobTemplate, Level level);
    std::vector<FixedBlocks> fixedBlocksOf(const PostingSkeleton& skeleton);
    void addBlocks(BlockRun& run, std::string_view text, size_t offset = 0,
                   const std::vector<size_t>& valueEdges = {});

    // The index views into the list, which therefore stays where it is.
    std::unique_ptr<const GenderCodedWords> words_;
    GenderCodedWordIndex index_;
    PostingBlockCache cache_;
    // By the template's address; a template changed in place is told by its sources.
    std::map<std::pair<const JobTemplate*, Level>, std::unique_ptr<KeptSkeleton>> skeletons_;
    uint64_t skeletonsMade_ = 0;
    std::vector<size_t> edgesInBlock_;  // kept for its room: filled for every block looked up
    PlaceholderValueList values_;       // the same: filled for every preview
    FilledPlaces places_;               // the same
};

}  // namespace amhire
