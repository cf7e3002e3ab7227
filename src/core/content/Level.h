#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace amhire {

// Seniority tiers shared by templates (what a posting is for) and questions
// (which tiers a question suits). The order is meaningful: junior < strategic.
enum class Level { Junior, Mid, Senior, Strategic };

inline constexpr Level kAllLevels[] = {Level::Junior, Level::Mid, Level::Senior, Level::Strategic};

std::optional<Level> parseLevel(std::string_view id);
const char* levelId(Level level);       // "junior", as written in the XML
const char* levelTitle(Level level);    // "Junior", for people

// A small set of levels, as a question's `levels="mid senior"` attribute.
class LevelSet {
public:
    void add(Level level) { bits_ |= bit(level); }
    bool contains(Level level) const { return (bits_ & bit(level)) != 0; }
    bool empty() const { return bits_ == 0; }
    bool all() const { return bits_ == 0xF; }
    std::string toString() const;

private:
    static unsigned bit(Level level) { return 1u << static_cast<unsigned>(level); }
    unsigned bits_ = 0;
};

}  // namespace amhire
