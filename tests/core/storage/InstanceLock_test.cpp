#include <catch2/catch.hpp>

#include "ChildProcess.h"
#include "StorageTestSupport.h"
#include "core/storage/InstanceLock.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

StorageError lockError(const fs::path& database)
{
    try {
        InstanceLock::acquire(database);
    }
    catch (const StorageError& error) {
        return error;
    }
    FAIL("the second lock was granted");
    throw; // not reached
}

} // namespace

TEST_CASE("A second window on the same database is told the file is in use", "[storage][instance]")
{
    TempDir dir;
    const fs::path db = dir / "hiring.amhire";
    const auto first = InstanceLock::acquire(db);
    const auto error = lockError(db);
    CHECK(error.kind() == StorageErrorKind::Locked);
    CHECK_THAT(error.what(), Catch::Contains(db.string()) &&
                                 Catch::Contains("already open in another amhire window") &&
                                 Catch::Contains("process " + std::to_string(::getpid())));
    CHECK(permissions(InstanceLock::lockPathFor(db)) == 0600);
}

TEST_CASE("The instance lock is free again once its holder lets go", "[storage][instance]")
{
    TempDir dir;
    const fs::path db = dir / "hiring.amhire";
    {
        auto first = InstanceLock::acquire(db);
        auto moved = std::move(first); // moving keeps the one lock
        CHECK_THROWS_AS(InstanceLock::acquire(db), StorageError);
    }
    CHECK_NOTHROW(InstanceLock::acquire(db));
}

TEST_CASE("A crashed holder (SIGKILL) leaves no stale instance lock", "[storage][instance]")
{
    TempDir dir;
    const fs::path db = dir / "hiring.amhire";
    ChildProcess holder([&](ChildProcess& self) {
        auto lock = InstanceLock::acquire(db);
        self.signalReady();
        ::pause(); // until killed
        return std::string("not killed");
    });
    REQUIRE(holder.waitReady());
    const auto error = lockError(db);
    CHECK(error.kind() == StorageErrorKind::Locked);
    CHECK_THAT(error.what(), Catch::Contains("another amhire window"));
    holder.kill();
    CHECK_NOTHROW(InstanceLock::acquire(db));
}

TEST_CASE("Different databases in one folder do not lock each other", "[storage][instance]")
{
    TempDir dir;
    auto a = InstanceLock::acquire(dir / "a.amhire");
    CHECK_NOTHROW(InstanceLock::acquire(dir / "b.amhire"));
}
