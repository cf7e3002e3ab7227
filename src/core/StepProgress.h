#pragma once

#include <cstddef>
#include <functional>

namespace amhire {

// What long work reports as it goes, for a progress dialog: `done` of
// `total` steps. Called on the thread doing the work.
using StepProgress = std::function<void(std::size_t done, std::size_t total)>;

} // namespace amhire
