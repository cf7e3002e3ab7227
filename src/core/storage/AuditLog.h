#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/storage/Model.h"

namespace amhire {

// Reading the audit log. Entries are written by the stores, in the same
// transaction as the change they describe, and can never be changed or deleted.
class AuditLog {
  public:
    virtual ~AuditLog() = default;

    // The latest entries, newest first.
    virtual std::vector<AuditEntry> recent(std::size_t limit) = 0;
    // Everything recorded about one entity ("interview", 12), oldest first.
    virtual std::vector<AuditEntry> forEntity(const std::string& entity, int64_t entityId) = 0;
    virtual int64_t count() = 0;
};

} // namespace amhire
