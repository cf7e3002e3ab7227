#include "core/posting/Posting.h"

#include <stdexcept>

#include <fmt/format.h>

namespace amhire {

namespace {

const char* levelWord(Level level)
{
    switch (level) {
    case Level::Junior: return "Junior";
    case Level::Mid: return "";
    case Level::Senior: return "Senior";
    case Level::Strategic: return "Strategic";
    }
    return "";
}

}  // namespace

std::string postingRoleTitle(const JobTemplate& jobTemplate, Level level)
{
    std::string title = jobTemplate.title;
    for (const char* word : {"Junior ", "Mid-level ", "Senior ", "Strategic "})
        if (title.rfind(word, 0) == 0)
            title.erase(0, std::char_traits<char>::length(word));
    const std::string prefix = levelWord(level);
    return prefix.empty() ? title : prefix + " " + title;
}

const LevelBand& offeredBand(const JobTemplate& jobTemplate, Level level)
{
    const LevelBand* band = jobTemplate.band(level);
    if (!band)
        throw std::invalid_argument(
            fmt::format("template '{}' does not offer the level '{}'", jobTemplate.id, levelId(level)));
    return *band;
}

Posting renderPosting(const JobTemplate& jobTemplate, const PostingInput& input)
{
    const LevelBand& band = offeredBand(jobTemplate, input.level);
    return renderPosting(postingSkeleton(jobTemplate, input.level), input, band);
}

Posting renderPosting(const PostingSkeleton& skeleton, const PostingInput& input, const LevelBand& band,
                      FilledPlaces* places)
{
    PlaceholderValueList values;
    fillPlaceholderValues(values, input, band);
    return renderPosting(skeleton, input, band, values, places);
}

Posting renderPosting(const PostingSkeleton& skeleton, const PostingInput& input, const LevelBand& band,
                      const PlaceholderValueList& values, FilledPlaces* places)
{
    Posting posting;
    posting.title = skeleton.titleTemplate;
    if (const std::string& company = values[static_cast<size_t>(PlaceholderSlot::Company)]; !company.empty())
        posting.title.replace(posting.title.find("{company}"), 9, company);
    posting.markdown.reserve(4096);  // a posting's usual size: the text is not copied as it grows
    fillSkeleton(posting.markdown, skeleton, input, band, values, places);
    return posting;
}

}  // namespace amhire
