#pragma once

#include <string>
#include <vector>

#include "core/content/JobTemplate.h"
#include "core/content/Placeholders.h"
#include "core/posting/PostingInput.h"

namespace amhire {

// One stretch of a posting's Markdown: text that the template and level fix,
// or a slot the input fills.
struct SkeletonPart {
    enum class Kind {
        Fixed,          // `text` is the Markdown itself
        Filled,         // `text` is template text whose placeholders take the input's values
        Pay,            // the pay offer for the input and band
        ExtraBenefits,  // the input's extra benefits, one list item each
        HowToApply,     // the input's applicant instructions, or a default
    };
    Kind kind = Kind::Fixed;
    std::string text;
    std::vector<PlaceholderUse> placeholders;  // Filled: findPlaceholders(text)
    // Filled: the text before each placeholder and after the last, escaped
    // (pieces are escaped one by one, so this is what filling writes), and
    // each placeholder's index in allowedPlaceholders() (kPlaceholderCount
    // for a name not there, which stays as written).
    std::vector<std::string> escapedPieces;
    std::vector<size_t> slots;
};

// A posting for a template and level with the input left open: what
// renderPosting writes, as fixed Markdown and slots. Adjacent fixed text is
// one part. Rendering is filling the skeleton, so a view that keeps a
// skeleton for the template in use redoes only the slots on a keystroke.
struct PostingSkeleton {
    std::string titleTemplate;  // "Senior SaaS Account Manager — {company}": the plain-text title
    std::vector<SkeletonPart> parts;
};

// Does not look at the pay band (see renderPosting).
PostingSkeleton postingSkeleton(const JobTemplate& jobTemplate, Level level);

// The template text a skeleton is made from, section by section: two
// templates with equal sources at a level have equal skeletons there.
struct SkeletonSources {
    std::string title;
    std::vector<std::vector<std::string>> sections;  // summaries, then each list, then benefits

    SkeletonSources() = default;
    SkeletonSources(const JobTemplate& jobTemplate, Level level);
    // Whether `jobTemplate` at `level` has these sources, without copying them.
    bool match(const JobTemplate& jobTemplate, Level level) const;
};

// Where things landed when a skeleton was filled.
struct FilledPlaces {
    std::vector<size_t> partStarts;  // where each part starts
    std::vector<size_t> valueEdges;  // where each value put into template text starts and ends, in order
};

// Appends the posting's Markdown: the skeleton filled from `input`, `band`
// and `values` (fillPlaceholderValues(values, input, band)), noting in
// `places`, when given, where things landed.
void fillSkeleton(std::string& markdown, const PostingSkeleton& skeleton, const PostingInput& input,
                  const LevelBand& band, const PlaceholderValueList& values, FilledPlaces* places = nullptr);

}  // namespace amhire
