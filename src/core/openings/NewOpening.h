#pragma once

#include "core/content/Content.h"
#include "core/posting/PostingInput.h"
#include "core/storage/Model.h"

namespace amhire {

// The scorecard a template scores its role on, frozen with the rubric
// versions and the content fingerprint so that later edits of the XML never
// change what past scores meant.
ScorecardSnapshot makeScorecard(const Content& content, const JobTemplate& jobTemplate);

// An opening ready to store: the rendered posting, pay and the scorecard.
// Throws std::invalid_argument when the template does not offer the level.
Opening makeOpening(const Content& content, const JobTemplate& jobTemplate, const PostingInput& input);

}  // namespace amhire
