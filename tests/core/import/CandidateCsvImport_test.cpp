#include <catch2/catch.hpp>

#include "../storage/StorageTestSupport.h"
#include "core/import/CandidateCsvImport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::filesystem::path csvFile(const std::string& name)
{
    return dataDir() / "csv" / name;
}

CandidateCsv parseFile(const std::string& name)
{
    return parseCandidateCsv(readBytes(csvFile(name)));
}

std::vector<int> linesOf(const std::vector<RowProblem>& problems)
{
    std::vector<int> lines;
    for (const RowProblem& problem : problems)
        lines.push_back(problem.line);
    return lines;
}

struct StorageWithOpening {
    TempDir dir;
    std::unique_ptr<SqliteStorage> storage = SqliteStorage::open(dir / "import.amhire");
    int64_t openingId = storage->openings().add(sampleOpening(), kActor);
};

class RecordingProgress : public ImportProgress {
  public:
    explicit RecordingProgress(std::size_t cancelAt = SIZE_MAX) : cancelAt_(cancelAt) {}
    bool onProgress(std::size_t done, std::size_t total) override
    {
        calls.emplace_back(done, total);
        return done < cancelAt_;
    }
    std::vector<std::pair<std::size_t, std::size_t>> calls;

  private:
    std::size_t cancelAt_;
};

} // namespace

TEST_CASE("CSV: quoted commas, doubled quotes, line breaks and UTF-8 survive", "[import]")
{
    const CandidateCsv csv = parseFile("quoted.csv");
    REQUIRE(csv.ok());
    CHECK(csv.problems.empty());
    REQUIRE(csv.rows.size() == 3);
    const Candidate& lee = csv.rows[0].candidate;
    CHECK(lee.name == "Lee, Jordan");
    CHECK(lee.email == "jordan.lee@example.com");
    CHECK(lee.phone == "+1 555 0100");
    CHECK(lee.source == "LinkedIn");
    CHECK(lee.currentCompany == "Acme, Inc.");
    CHECK(lee.currentTitle == "Account Manager");
    CHECK(lee.notes == "Said \"call me Jo\"");
    CHECK(csv.rows[1].candidate.notes == "Line one\nLine two, with comma\nLine three");
    CHECK(csv.rows[1].candidate.currentTitle == "Senior AM");
    CHECK(csv.rows[2].candidate.name == "Tomás Ñúñez");
    CHECK(csv.rows[2].line == 6); // after a record spanning lines 3-5
}

TEST_CASE("CSV: a byte order mark and CRLF line ends are handled", "[import]")
{
    const CandidateCsv csv = parseFile("bom_crlf.csv");
    REQUIRE(csv.ok());
    CHECK(csv.problems.empty());
    REQUIRE(csv.rows.size() == 3);
    CHECK(csv.rows[0].candidate.name == "Marta Kowalska"); // "name" found despite the BOM before it
    CHECK(csv.rows[0].candidate.currentCompany == "Fabrikam");
    CHECK(csv.rows[1].candidate.name == "Chen\r\nWei");
    CHECK(csv.rows[1].line == 3);
    CHECK(csv.rows[2].candidate.email == "ola@example.no"); // no stray CR
    CHECK(csv.rows[2].line == 5);
}

TEST_CASE("CSV: columns in any order, and a last line without line break", "[import]")
{
    const CandidateCsv csv = parseFile("lf_no_final_newline.csv");
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows[1].candidate.name == "Kim Roe");
    CHECK(csv.rows[1].candidate.email == "kim@example.com");
}

TEST_CASE("CSV: bad rows are reported at the line where they start and skipped", "[import]")
{
    const CandidateCsv csv = parseFile("bad_rows.csv");
    REQUIRE(csv.ok());
    std::vector<std::string> names;
    for (const auto& row : csv.rows)
        names.push_back(row.candidate.name);
    CHECK(names == std::vector<std::string>{"Good One", "Multi\nLine Name", "Good Two", "Good Three"});
    CHECK(linesOf(csv.problems) == std::vector<int>{3, 6, 7, 11, 13});
    REQUIRE(csv.problems.size() == 5);
    CHECK_THAT(csv.problems[0].message, Catch::Contains("no name"));
    CHECK_THAT(csv.problems[1].message, Catch::Contains("not a valid email"));
    CHECK_THAT(csv.problems[2].message, Catch::Contains("4 values but the header has 3"));
    CHECK_THAT(csv.problems[3].message, Catch::Contains("quotes"));
    CHECK_THAT(csv.problems[4].message, Catch::Contains("two@@example.com"));
    CHECK(csv.rows[2].line == 9);
    CHECK(csv.rows[3].line == 12);
}

TEST_CASE("CSV: bytes that are not UTF-8 make a bad row", "[import]")
{
    const CandidateCsv csv = parseFile("not_utf8.csv");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].candidate.name == "Plain Ascii");
    REQUIRE(csv.problems.size() == 1);
    CHECK(csv.problems[0].line == 2);
    CHECK_THAT(csv.problems[0].message, Catch::Contains("UTF-8"));
}

TEST_CASE("CSV: an unclosed quote is reported where its row starts", "[import]")
{
    const CandidateCsv csv = parseFile("unterminated.csv");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].candidate.name == "Fine Person");
    REQUIRE(csv.problems.size() == 1);
    CHECK(csv.problems[0].line == 3);
    CHECK_THAT(csv.problems[0].message, Catch::Contains("never closed"));
}

TEST_CASE("CSV: an empty file and a missing name column are file errors", "[import]")
{
    const CandidateCsv empty = parseFile("empty.csv");
    CHECK_FALSE(empty.ok());
    CHECK_THAT(empty.error, Catch::Contains("empty"));
    CHECK(empty.rows.empty());

    const CandidateCsv missing = parseFile("missing_name.csv");
    CHECK_FALSE(missing.ok());
    CHECK_THAT(missing.error, Catch::Contains("no \"name\" column"));
    CHECK(missing.rows.empty());

    const CandidateCsv twice = parseCandidateCsv("name,email,Email\nA,a@example.com,b@example.com\n");
    CHECK_THAT(twice.error, Catch::Contains("Columns 2 and 3"));
}

TEST_CASE("CSV: a header without rows is fine and imports nothing", "[import]")
{
    const CandidateCsv csv = parseFile("header_only.csv");
    CHECK(csv.ok());
    CHECK(csv.rows.empty());
    CHECK(csv.problems.empty());
}

TEST_CASE("CSV: first and last name columns make the name", "[import]")
{
    const CandidateCsv csv = parseFile("first_last.csv");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].candidate.name == "Grace Hopper");
    CHECK(csv.rows[0].candidate.email == "grace@example.com");
}

TEST_CASE("Import stores the good rows as applications and reports the rest", "[import]")
{
    StorageWithOpening db;
    RecordingProgress progress;
    const ImportResult result =
        importCandidateCsv(*db.storage, csvFile("bad_rows.csv"), db.openingId, kActor, &progress);
    CHECK(result.ok());
    CHECK(result.imported == 4);
    CHECK(result.skipped == 5);
    CHECK(linesOf(result.problems) == std::vector<int>{3, 6, 7, 11, 13});
    const auto rows = db.storage->candidates().candidatesOf(db.openingId);
    REQUIRE(rows.size() == 4);
    for (const auto& row : rows)
        CHECK(row.application.stage == Stage::Applied);
    REQUIRE_FALSE(progress.calls.empty());
    CHECK(progress.calls.back() == std::make_pair(std::size_t{4}, std::size_t{4}));
}

TEST_CASE("Importing the same people again adds no duplicates", "[import]")
{
    StorageWithOpening db;
    const ImportResult first =
        importCandidateCsv(*db.storage, csvFile("duplicates.csv"), db.openingId, kActor);
    CHECK(first.imported == 1);
    REQUIRE(first.problems.size() == 1);
    CHECK(first.problems[0].line == 3); // same email, other case

    const ImportResult again =
        importCandidateCsv(*db.storage, csvFile("duplicates.csv"), db.openingId, kActor);
    CHECK(again.imported == 0);
    CHECK(again.skipped == 2);
    CHECK(db.storage->candidates().count() == 1);

    // The same person applying to a second opening reuses the candidate.
    const int64_t second = db.storage->openings().add(sampleOpening(), kActor);
    const ImportResult other = importCandidateCsv(*db.storage, csvFile("duplicates.csv"), second, kActor);
    CHECK(other.imported == 1);
    CHECK(db.storage->candidates().count() == 1);
}

TEST_CASE("Cancelling an import writes nothing", "[import]")
{
    StorageWithOpening db;
    RecordingProgress cancelAfterTwo(2);
    const ImportResult result =
        importCandidateCsv(*db.storage, csvFile("quoted.csv"), db.openingId, kActor, &cancelAfterTwo);
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok());
    CHECK(result.imported == 0);
    CHECK(db.storage->candidates().count() == 0);
    CHECK(db.storage->audit().count() == 1); // only the opening
}

TEST_CASE("A storage failure during import rolls the whole import back", "[import]")
{
    StorageWithOpening db;
    struct FailingProgress : ImportProgress {
        bool onProgress(std::size_t done, std::size_t) override
        {
            if (done == 2)
                throw StorageError(StorageErrorKind::DiskFull, "x", "simulated");
            return true;
        }
    } failing;
    CHECK_THROWS_AS(importCandidateCsv(*db.storage, csvFile("quoted.csv"), db.openingId, kActor, &failing),
                    StorageError);
    CHECK(db.storage->candidates().count() == 0);
    // The storage is usable afterwards.
    CHECK(importCandidateCsv(*db.storage, csvFile("quoted.csv"), db.openingId, kActor).imported == 3);
}

TEST_CASE("Import refuses an unknown opening and reports unreadable files", "[import]")
{
    StorageWithOpening db;
    CHECK_THROWS_AS(importCandidateCsv(*db.storage, csvFile("quoted.csv"), 999, kActor), StorageError);
    const ImportResult missing =
        importCandidateCsv(*db.storage, csvFile("no-such-file.csv"), db.openingId, kActor);
    CHECK_FALSE(missing.ok());
    CHECK_THAT(missing.error, Catch::Contains("no-such-file.csv"));
    const ImportResult header =
        importCandidateCsv(*db.storage, csvFile("missing_name.csv"), db.openingId, kActor);
    CHECK_THAT(header.error, Catch::Contains("name"));
    CHECK(db.storage->candidates().count() == 0);
}
