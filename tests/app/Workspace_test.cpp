#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <optional>
#include <thread>

#include "GuiFixture.h"
#include "core/storage/BackupLock.h"
#include "core/storage/Backups.h"
#include "core/storage/InstanceLock.h"

using namespace amhire;
using namespace amhire::test;
using namespace std::chrono_literals;

namespace {

// Asks for the instance lock for up to `patience`, as an amhire started
// again would (once; here, until it is granted).
std::optional<InstanceLock> instanceLockWithin(const std::filesystem::path& database,
                                               std::chrono::milliseconds patience)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    for (;;) {
        try {
            return InstanceLock::acquire(database);
        }
        catch (const StorageError&) {
            if (std::chrono::steady_clock::now() >= deadline)
                return std::nullopt;
            std::this_thread::sleep_for(20ms);
        }
    }
}

} // namespace

TEST_CASE("quitting frees the database for the next amhire while its backup finishes",
          "[gui][backup][instance]")
{
    TempDir dir;
    const auto database = dir / "amhire.db";
    auto workspace = std::make_unique<app::Workspace>(bundledContent().content);
    workspace->openDatabase(database, OpenMode::CreateIfMissing);
    // Another backup of the file holds its lock, so this one is still copying
    // when the window goes, as a backup of a large file would be.
    std::optional<BackupLock> slowBackup = BackupLock::acquire(database);
    workspace->startBackup();
    auto quitting = std::async(std::launch::async, [&] { workspace.reset(); });

    const auto next = instanceLockWithin(database, 5s);
    CHECK(next.has_value());
    CHECK(quitting.wait_for(0s) == std::future_status::timeout); // the backup is still waiting to copy
    slowBackup.reset();
    quitting.get();
    CHECK(listBackups(database).size() == 1); // and it was taken
}
