#include "core/content/Level.h"

namespace amhire {

std::optional<Level> parseLevel(std::string_view id)
{
    for (Level level : kAllLevels)
        if (id == levelId(level))
            return level;
    return std::nullopt;
}

const char* levelId(Level level)
{
    switch (level) {
    case Level::Junior: return "junior";
    case Level::Mid: return "mid";
    case Level::Senior: return "senior";
    case Level::Strategic: return "strategic";
    }
    return "mid";
}

const char* levelTitle(Level level)
{
    switch (level) {
    case Level::Junior: return "Junior";
    case Level::Mid: return "Mid-level";
    case Level::Senior: return "Senior";
    case Level::Strategic: return "Strategic";
    }
    return "Mid-level";
}

std::string LevelSet::toString() const
{
    std::string out;
    for (Level level : kAllLevels) {
        if (!contains(level))
            continue;
        if (!out.empty())
            out += ' ';
        out += levelId(level);
    }
    return out;
}

}  // namespace amhire
