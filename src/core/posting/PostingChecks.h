#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/Diagnostic.h"
#include "core/content/JobTemplate.h"
#include "core/content/Placeholders.h"
#include "core/posting/GenderCodedWords.h"
#include "core/posting/PayScan.h"
#include "core/posting/Readability.h"

namespace amhire {

// One readiness problem (or remark) about a posting, placed in the text the
// user sees so a view can highlight it. Severity::Error blocks publishing.
// Findings about the text as a whole (no pay range, length, reading ease, the
// overall leaning) sit at 1:1 with length 0.
struct Finding {
    Severity severity = Severity::Note;
    std::string code;  // "placeholder", "pay-missing", "pay-order", "pay-outside-band",
                       // "gender-coded", "length", "readability"
    std::string message;
    int line = 1;  // 1-based; the column counts characters
    int column = 1;
    size_t offset = 0;  // byte range in the checked text
    size_t length = 0;
};

struct PostingReport {
    std::vector<Finding> findings;  // in text order
    int masculineCount = 0;
    int feminineCount = 0;
    std::vector<std::string> masculineWords;  // each coded word found, lower case, in text order
    std::vector<std::string> feminineWords;
    std::string verdict = "empty";  // see genderCodingVerdict()
    int wordCount = 0;
    double fleschReadingEase = 0;

    bool blocking() const;
};

// What the checks know beyond the text itself.
struct PostingCheckContext {
    GenderCodedWords words;         // empty: the gender-coded check is skipped
    std::optional<LevelBand> band;  // set: pay outside it is a warning
    std::string bandLabel;          // names the band in messages: "mid-level SaaS / technology"
};

// A context for a posting rendered from `jobTemplate` at `level`, with the band.
PostingCheckContext checkContextFor(const JobTemplate& jobTemplate, Level level, GenderCodedWords words);

// The word-count range a posting should fall in; outside it is a warning.
inline constexpr int kMinPostingWords = 300;
inline constexpr int kMaxPostingWords = 900;
// Below this Flesch reading ease ("very difficult") is a warning.
inline constexpr double kMinReadingEase = 30;

// Checks posting text, Markdown or plain text, as shown to the user:
// unfilled placeholders and a missing or reversed pay range (errors), pay
// outside the band, masculine-leaning wording, length and hard reading
// (warnings), each coded word and the reading ease (notes). Fast enough to run
// on every keystroke.
PostingReport checkPosting(const std::string& text, const PostingCheckContext& context);

// What checkPosting finds by scanning the text, handed in when found another
// way (PostingPreviewer works it out block by block and remembers it). The
// findings' line and column are worked out from the text here.
struct PostingCheckParts {
    std::vector<Finding> placeholders;  // from placeholderFinding()
    std::vector<FoundPayRange> payRanges;
    bool wordListGiven = false;              // false: the gender-coded check is skipped
    std::vector<Finding> genderCodedWords;   // from genderCodedWordFinding()
    std::vector<std::string> masculineWords;
    std::vector<std::string> feminineWords;
    ReadabilityStats readability;
};

// The text's parts as checkPosting finds them.
PostingCheckParts scanPosting(const std::string& text, const PostingCheckContext& context);

// checkPosting's report from the parts of `text`; checkPosting(text, context)
// is checkPosting(text, context, scanPosting(text, context)).
PostingReport checkPosting(const std::string& text, const PostingCheckContext& context, PostingCheckParts parts);

// The finding for one unfilled placeholder and for one coded word, at their
// offsets (line and column not yet set).
Finding placeholderFinding(const PlaceholderUse& use);
Finding genderCodedWordFinding(const GenderCodedHit& hit);

}  // namespace amhire
