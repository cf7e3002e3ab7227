#pragma once

#include <string>
#include <vector>

#include "core/content/JobTemplate.h"
#include "core/posting/PostingInput.h"
#include "core/posting/PostingSkeleton.h"

namespace amhire {

// A rendered job posting. `markdown` is the source of every other format (see
// PostingFormats.h); `title` is the heading as plain text, for window titles
// and the opening created from the posting.
struct Posting {
    std::string title;
    std::string markdown;
};

// Renders the posting for `input.level` of `jobTemplate` (input.templateId is
// not consulted). Sections come in the order job boards expect: title,
// summary, "What you will do", "What you bring", "Skills", "Compensation and
// benefits" (pay first) and "How to apply". Only items for the level are
// included. Placeholders are filled from the input; values not given yet stay
// as `{name}`, for the checks to flag. Cheap enough to run on every keystroke.
// Throws std::invalid_argument if the template does not offer the level.
Posting renderPosting(const JobTemplate& jobTemplate, const PostingInput& input);

// The same from the template's skeleton at the level and its band there;
// `places` receives where the skeleton's parts and the values landed.
Posting renderPosting(const PostingSkeleton& skeleton, const PostingInput& input, const LevelBand& band,
                      FilledPlaces* places = nullptr);
// The same with the placeholders' values already worked out
// (fillPlaceholderValues(values, input, band)).
Posting renderPosting(const PostingSkeleton& skeleton, const PostingInput& input, const LevelBand& band,
                      const PlaceholderValueList& values, FilledPlaces* places = nullptr);

// The template's band at the level; throws std::invalid_argument, as
// renderPosting does, if the template does not offer the level.
const LevelBand& offeredBand(const JobTemplate& jobTemplate, Level level);

// "Senior SaaS Account Manager": the template title with the level's word in
// front, replacing a level word the title already starts with; mid-level
// roles carry no level word, as job boards title them.
std::string postingRoleTitle(const JobTemplate& jobTemplate, Level level);

}  // namespace amhire
