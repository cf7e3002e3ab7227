#pragma once

#include <cstdint>
#include <string>

#include <SQLiteCpp/Statement.h>

namespace amhire {

class Database;

// Appends to audit_log inside the caller's transaction, so an entry exists if
// and only if the change it describes does. Callers keep personal data (names,
// emails, notes) out of `detail`: audit entries survive erasure.
class AuditWriter {
  public:
    explicit AuditWriter(Database& db);

    // Throws StorageError(InvalidInput) when `actor` is empty: every change has an author.
    void record(const std::string& actor, const char* action, const char* entity, int64_t entityId,
                const std::string& detail = {});

  private:
    Database& db_;
    SQLite::Statement insert_;
};

} // namespace amhire
