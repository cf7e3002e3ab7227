#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "StorageTestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

// Runs `open` and returns the StorageError it must throw.
template <class Open> StorageError openError(Open&& open)
{
    try {
        open();
    }
    catch (const StorageError& error) {
        return error;
    }
    FAIL("opening did not fail");
    throw; // not reached
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// An amhire database with enough rows to span many pages.
void makeDatabase(const fs::path& path, int candidates)
{
    auto storage = SqliteStorage::open(path);
    auto transaction = storage->beginTransaction();
    for (int i = 0; i < candidates; ++i)
        storage->candidates().add(
            sampleCandidate("Candidate " + std::to_string(i), "c" + std::to_string(i) + "@example.com"),
            kActor);
    transaction->commit();
}

class Umask {
  public:
    explicit Umask(mode_t mask) : previous_(::umask(mask)) {}
    ~Umask() { ::umask(previous_); }

  private:
    mode_t previous_;
};

} // namespace

TEST_CASE("A new database file is private (0600) whatever the umask", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "new.amhire";
    Umask permissive(0);
    auto db = Database::open(path);
    CHECK(db.created());
    CHECK(permissions(path) == 0600);
    REQUIRE(fs::exists(path.string() + "-wal"));
    CHECK(permissions(path.string() + "-wal") == 0600);
    CHECK(permissions(path.string() + "-shm") == 0600);
}

TEST_CASE("A new database is at the latest schema with amhire's application id", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "new.amhire";
    {
        auto db = Database::open(path);
        CHECK(db.schemaVersion() == kLatestSchemaVersion);
        CHECK(db.integrityProblems().empty());
    }
    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    CHECK(raw.execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
    CHECK(raw.execAndGet("PRAGMA user_version").getInt() == kLatestSchemaVersion);
    CHECK(raw.execAndGet("SELECT value FROM meta WHERE key = 'format'").getString() == "amhire");
}

TEST_CASE("Opening sets the pragmas durability and privacy rely on", "[storage]")
{
    TempDir dir;
    auto db = Database::open(dir / "pragmas.amhire");
    auto& sql = db.sql();
    CHECK(sql.execAndGet("PRAGMA foreign_keys").getInt() == 1);
    CHECK(sql.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(sql.execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    CHECK(sql.execAndGet("PRAGMA secure_delete").getInt() == 1);
    CHECK(sql.execAndGet("PRAGMA busy_timeout").getInt() == 5000);
    CHECK(sql.execAndGet("PRAGMA temp_store").getInt() == 2); // MEMORY
}

TEST_CASE("Reopening an existing database keeps its data and does not recreate it", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "keep.amhire";
    int64_t id = 0;
    {
        auto storage = SqliteStorage::open(path);
        id = storage->candidates().add(sampleCandidate(), kActor);
    }
    auto db = Database::open(path, OpenMode::ExistingOnly);
    CHECK_FALSE(db.created());
    SqliteStorage storage(std::move(db));
    CHECK(storage.candidates().get(id).name == "Ada Example");
}

TEST_CASE("ExistingOnly refuses a missing file and creates nothing", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "missing.amhire";
    const auto error = openError([&] { Database::open(path, OpenMode::ExistingOnly); });
    CHECK(error.kind() == StorageErrorKind::NotFound);
    CHECK_THAT(error.what(), Catch::Contains(path.string()));
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("AlreadyChecked refuses a missing file and creates nothing", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "missing.amhire";
    const auto error = openError([&] { Database::open(path, OpenMode::AlreadyChecked); });
    CHECK(error.kind() == StorageErrorKind::NotFound);
    CHECK_FALSE(fs::exists(path));
}

TEST_CASE("AlreadyChecked opens a second connection without reading the whole file again", "[storage]")
{
    // The backup and the interview saver open the file this process has just
    // checked; a page damaged in the middle shows the whole-file check is not
    // repeated (the first connection is the one that reports it).
    TempDir dir;
    const fs::path path = dir / "checked.amhire";
    makeDatabase(path, 400);
    std::string bytes = readBytes(path);
    const size_t middle = (bytes.size() / 2 / 4096) * 4096;
    for (size_t i = middle; i < middle + 4096; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    writeFile(path, bytes);

    CHECK(openError([&] { Database::open(path, OpenMode::ExistingOnly); }).kind() == StorageErrorKind::Corrupt);
    Database second = Database::open(path, OpenMode::AlreadyChecked);
    CHECK(second.schemaVersion() == kLatestSchemaVersion);
}

TEST_CASE("A file in a missing folder is reported as not found", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "no-such-folder" / "x.amhire";
    const auto error = openError([&] { Database::open(path); });
    CHECK(error.kind() == StorageErrorKind::NotFound);
    CHECK_THAT(error.what(), Catch::Contains(path.string()));
}

TEST_CASE("A file that is not SQLite is refused and left unchanged", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "notes.txt";
    const std::string text = "name,email\nAda,ada@example.com\n" + std::string(5000, 'x');
    writeFile(path, text);
    for (OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::ExistingOnly}) {
        const auto error = openError([&] { Database::open(path, mode); });
        CHECK(error.kind() == StorageErrorKind::NotAmhireDatabase);
        CHECK_THAT(error.what(), Catch::Contains(path.string()) && Catch::Contains("not an amhire database"));
    }
    CHECK(readBytes(path) == text);
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
}

TEST_CASE("A directory is not mistaken for a database", "[storage]")
{
    TempDir dir;
    const auto error = openError([&] { Database::open(dir.path()); });
    CHECK(error.kind() == StorageErrorKind::NotAmhireDatabase);
}

TEST_CASE("An SQLite database of another program is refused and left unchanged", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "other.db";
    {
        SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread');");
    }
    const std::string before = readBytes(path);
    const auto error = openError([&] { Database::open(path); });
    CHECK(error.kind() == StorageErrorKind::NotAmhireDatabase);
    CHECK_THAT(error.what(), Catch::Contains("another program") && Catch::Contains(path.string()));
    CHECK(readBytes(path) == before);
    SQLite::Database other(path.string(), SQLite::OPEN_READONLY);
    CHECK(other.execAndGet("PRAGMA user_version").getInt() == 0);
    CHECK_FALSE(other.tableExists("candidates"));
}

TEST_CASE("A database written by a newer amhire is refused and left unchanged", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "future.amhire";
    makeDatabase(path, 1);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(kLatestSchemaVersion + 1));
    }
    const std::string before = readBytes(path);
    const auto error = openError([&] { Database::open(path); });
    CHECK(error.kind() == StorageErrorKind::NewerSchema);
    CHECK_THAT(error.what(), Catch::Contains("newer version of amhire") && Catch::Contains(path.string()));
    CHECK(readBytes(path) == before);
}

TEST_CASE("A damaged database is refused and its bytes stay as they were", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "damaged.amhire";
    makeDatabase(path, 400);
    REQUIRE_FALSE(fs::exists(path.string() + "-wal")); // checkpointed on close
    std::string bytes = readBytes(path);
    REQUIRE(bytes.size() > 16 * 4096);
    const size_t middle = (bytes.size() / 2 / 4096) * 4096; // the start of a page in the middle
    for (size_t i = middle; i < middle + 4096; ++i)
        bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    writeFile(path, bytes);

    const auto error = openError([&] { Database::open(path); });
    CHECK(error.kind() == StorageErrorKind::Corrupt);
    CHECK_THAT(error.what(), Catch::Contains(path.string()) && Catch::Contains("backup"));
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("An empty file is a new database only when asked to create one", "[storage]")
{
    TempDir dir;
    const fs::path path = dir / "empty.amhire";
    writeFile(path, "");
    const auto error = openError([&] { Database::open(path, OpenMode::ExistingOnly); });
    CHECK(error.kind() == StorageErrorKind::NotAmhireDatabase);
    CHECK(fs::file_size(path) == 0);

    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                              fs::perms::others_read);
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    CHECK(db.schemaVersion() == kLatestSchemaVersion);
    CHECK(permissions(path) == 0600);
}

TEST_CASE("A read-only database file is reported as read-only", "[storage]")
{
    if (::geteuid() == 0) {
        WARN("running as root: file permissions do not stop writes, skipped");
        return;
    }
    TempDir dir;
    const fs::path path = dir / "readonly.amhire";
    makeDatabase(path, 1);
    fs::permissions(path, fs::perms::owner_read);
    const auto error = openError([&] { Database::open(path); });
    CHECK(error.kind() == StorageErrorKind::ReadOnly);
    CHECK_THAT(error.what(), Catch::Contains(path.string()));
}

TEST_CASE("A write blocked by another connection's lock reports Locked", "[storage]")
{
    StorageFixture fixture;
    fixture.storage->database().setBusyTimeout(std::chrono::milliseconds(50));
    SQLite::Database other(fixture.path.string(), SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE");
    try {
        fixture.storage->candidates().add(sampleCandidate("Blocked"), kActor);
        FAIL("the write went through despite the lock");
    }
    catch (const StorageError& error) {
        CHECK(error.kind() == StorageErrorKind::Locked);
        CHECK_THAT(error.what(), Catch::Contains("in use by another program"));
    }
    other.exec("ROLLBACK");
    CHECK_NOTHROW(fixture.storage->candidates().add(sampleCandidate("Unblocked"), kActor));
}

TEST_CASE("compact() refuses to run inside a transaction", "[storage]")
{
    StorageFixture fixture;
    auto transaction = fixture.storage->beginTransaction();
    CHECK_THROWS_AS(fixture.storage->database().compact(), StorageError);
}
