#pragma once

#include <stdexcept>

namespace amhire {

// An export that could not be written; what() names the file and the reason,
// in words a user can act on.
class ExportError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

} // namespace amhire
