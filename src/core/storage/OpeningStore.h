#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

// Openings and the scorecards they were created with. All methods throw
// StorageError; `actor` names who makes a change, for the audit log.
class OpeningStore {
  public:
    virtual ~OpeningStore() = default;

    // Stores a new opening with its scorecard snapshot; returns its id.
    // Needs a template id, a level and a company; competency ids must be unique.
    virtual int64_t add(const Opening& opening, const std::string& actor) = 0;
    // Changes the posting fields. The scorecard snapshot and createdAt never change:
    // past scores keep their meaning.
    virtual void update(const Opening& opening, const std::string& actor) = 0;
    // `status` is kOpeningOpen or kOpeningClosed.
    virtual void setStatus(int64_t openingId, const std::string& status, const std::string& actor) = 0;

    virtual std::optional<Opening> find(int64_t openingId) = 0;
    // Throws StorageError(NotFound) for an unknown id.
    virtual Opening get(int64_t openingId) = 0;
    // All openings, oldest first.
    virtual std::vector<Opening> list() = 0;
};

} // namespace amhire
