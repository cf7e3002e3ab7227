#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/storage/AuditLog.h"
#include "core/storage/CandidateStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/OpeningStore.h"

namespace amhire {

// A group of store calls that commit together or not at all (CSV import,
// demo data). Rolled back when destroyed without commit().
class StorageTransaction {
  public:
    virtual ~StorageTransaction() = default;
    virtual void commit() = 0;
};

// How much has been written to the storage so far, by this connection and by
// any other (another window, amhire-cli, the interview autosaver). Two equal
// stamps mean nothing was written in between, so what was read is current.
struct ChangeStamp {
    int64_t ours = 0;
    int64_t others = 0;
    bool operator==(const ChangeStamp& other) const { return ours == other.ours && others == other.others; }
    bool operator!=(const ChangeStamp& other) const { return !(*this == other); }
};

// Everything the GUI and the CLI read and write, behind interfaces so another
// backend (a server database) can be added beside SqliteStorage.
class Storage {
  public:
    virtual ~Storage() = default;

    virtual OpeningStore& openings() = 0;
    virtual CandidateStore& candidates() = 0;
    virtual InterviewStore& interviews() = 0;
    virtual AuditLog& audit() = 0;

    // Calls made until commit() become one transaction; each call stays
    // all-or-nothing on its own too. Only one may be open at a time.
    virtual std::unique_ptr<StorageTransaction> beginTransaction() = 0;

    // Where the data lives, for people: the file path, shown in the title bar.
    virtual std::string location() const = 0;
    // Cheap (no table is read): for a view to tell whether to read again.
    virtual ChangeStamp changeStamp() = 0;
};

} // namespace amhire
