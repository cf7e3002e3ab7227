#pragma once

#include <memory>
#include <string>

#include "core/content/JobTemplate.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/Posting.h"
#include "core/posting/PostingBlock.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingInput.h"

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
// the edited value appears in. The result is byte for byte what
// renderPosting, toHtml and checkPosting give. One per view, kept for its
// lifetime; not for use from two threads at once.
class PostingPreviewer {
public:
    explicit PostingPreviewer(GenderCodedWords words);

    // Throws as renderPosting does.
    PostingPreview preview(const JobTemplate& jobTemplate, const PostingInput& input);

    const PostingBlockCache& cache() const { return cache_; }

private:
    // The index views into the list, which therefore stays where it is.
    std::unique_ptr<const GenderCodedWords> words_;
    GenderCodedWordIndex index_;
    PostingBlockCache cache_;
};

}  // namespace amhire
