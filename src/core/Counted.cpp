#include "core/Counted.h"

#include <fmt/format.h>

namespace amhire {

std::string counted(long long count, std::string_view singular, std::string_view plural)
{
    return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

} // namespace amhire
