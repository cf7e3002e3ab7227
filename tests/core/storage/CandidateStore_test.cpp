#include <catch2/catch.hpp>

#include <functional>

#include "StorageTestSupport.h"

using namespace amhire;
using namespace amhire::test;
namespace fs = std::filesystem;

namespace {

StorageErrorKind errorKind(const std::function<void()>& action)
{
    try {
        action();
    }
    catch (const StorageError& error) {
        return error.kind();
    }
    FAIL("no StorageError");
    return StorageErrorKind::Other;
}

} // namespace

TEST_CASE("A candidate is stored and read back", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "candidates.amhire");
    Candidate original = sampleCandidate();
    original.notes = "Met at SaaStr";
    original.name = "  Ada Example "; // surrounding blanks are dropped
    const int64_t id = storage->candidates().add(original, kActor);

    const Candidate stored = storage->candidates().get(id);
    CHECK(stored.id == id);
    CHECK(stored.name == "Ada Example");
    CHECK(stored.email == "ada@example.com");
    CHECK(stored.phone == "+49 30 1234567");
    CHECK(stored.source == "referral");
    CHECK(stored.currentCompany == "Contoso");
    CHECK(stored.currentTitle == "Account Manager");
    CHECK(stored.notes == "Met at SaaStr");
    CHECK_FALSE(stored.createdAt.empty());
    CHECK(stored.updatedAt == stored.createdAt);
    CHECK(storage->candidates().count() == 1);
}

TEST_CASE("Updating a candidate changes the fields and updatedAt", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "candidates.amhire");
    const int64_t id = storage->candidates().add(sampleCandidate(), kActor);
    Candidate changed = storage->candidates().get(id);
    changed.currentCompany = "Litware";
    changed.createdAt = "1999-01-01T00:00:00.000Z"; // ignored
    storage->candidates().update(changed, kActor);
    const Candidate stored = storage->candidates().get(id);
    CHECK(stored.currentCompany == "Litware");
    CHECK(stored.createdAt != "1999-01-01T00:00:00.000Z");
    CHECK(stored.updatedAt >= stored.createdAt);
}

TEST_CASE("A candidate needs a name and, if any, a plausible email", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "candidates.amhire");
    auto& candidates = storage->candidates();
    CHECK(errorKind([&] { candidates.add(sampleCandidate("   "), kActor); }) ==
          StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { candidates.add(sampleCandidate("Bo", "bo@localhost"), kActor); }) ==
          StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { candidates.add(sampleCandidate("Bo"), ""); }) == StorageErrorKind::InvalidInput);
    CHECK(candidates.count() == 0);
    CHECK_NOTHROW(candidates.add(sampleCandidate("No Email", ""), kActor));
}

TEST_CASE("Candidates are found by email regardless of case and listed by name", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "candidates.amhire");
    auto& candidates = storage->candidates();
    const int64_t zoe = candidates.add(sampleCandidate("zoe Zed", "Zoe@Example.com"), kActor);
    candidates.add(sampleCandidate("Abe Able", "abe@example.com"), kActor);
    candidates.add(sampleCandidate("Mia Mid", ""), kActor);

    const auto found = candidates.findByEmail("zoe@example.COM");
    REQUIRE(found.has_value());
    CHECK(found->id == zoe);
    CHECK_FALSE(candidates.findByEmail("").has_value());
    CHECK_FALSE(candidates.findByEmail("nobody@example.com").has_value());

    const auto all = candidates.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == "Abe Able");
    CHECK(all[1].name == "Mia Mid");
    CHECK(all[2].name == "zoe Zed");
}

TEST_CASE("Applications link candidates to openings, once per pair", "[storage]")
{
    StorageFixture fixture;
    auto& candidates = fixture.storage->candidates();
    const Application application = candidates.getApplication(fixture.applicationId);
    CHECK(application.candidateId == fixture.candidateId);
    CHECK(application.openingId == fixture.openingId);
    CHECK(application.stage == Stage::Interviewing);

    CHECK(errorKind([&] {
              candidates.addApplication(fixture.candidateId, fixture.openingId, Stage::Applied, kActor);
          }) == StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { candidates.addApplication(999, fixture.openingId, Stage::Applied, kActor); }) ==
          StorageErrorKind::NotFound);
    CHECK(errorKind([&] { candidates.addApplication(fixture.candidateId, 999, Stage::Applied, kActor); }) ==
          StorageErrorKind::NotFound);

    CHECK(candidates.applicationFor(fixture.candidateId, fixture.openingId)->id == fixture.applicationId);
    CHECK_FALSE(candidates.applicationFor(fixture.candidateId, 999).has_value());
    CHECK(candidates.applicationsOf(fixture.candidateId).size() == 1);
}

TEST_CASE("Candidates of an opening come with their stage, and the stage can change", "[storage]")
{
    StorageFixture fixture;
    auto& candidates = fixture.storage->candidates();
    const int64_t other = candidates.add(sampleCandidate("Bea Other", "bea@example.com"), kActor);
    candidates.addApplication(other, fixture.openingId, Stage::Applied, kActor);
    const int64_t elsewhere = candidates.add(sampleCandidate("Cy Elsewhere", "cy@example.com"), kActor);
    Opening second = sampleOpening();
    second.company = "Fabrikam";
    candidates.addApplication(elsewhere, fixture.storage->openings().add(second, kActor), Stage::Applied,
                              kActor);

    auto rows = candidates.candidatesOf(fixture.openingId);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].candidate.name == "Ada Example");
    CHECK(rows[0].application.stage == Stage::Interviewing);
    CHECK(rows[1].candidate.name == "Bea Other");
    CHECK(rows[1].application.stage == Stage::Applied);

    candidates.setStage(rows[1].application.id, Stage::Rejected, kActor);
    rows = candidates.candidatesOf(fixture.openingId);
    CHECK(rows[1].application.stage == Stage::Rejected);
    CHECK(errorKind([&] { candidates.setStage(999, Stage::Offer, kActor); }) == StorageErrorKind::NotFound);
}

TEST_CASE("Erasing a candidate removes everything about them", "[storage]")
{
    StorageFixture fixture;
    const int64_t interview = fixture.newInterview("Sam Panel");
    fixture.interviews().setScore(interview, "retention", 4, "Sam Panel");
    fixture.interviews().setEvidence(interview, "retention", "grr", 94.0, "Sam Panel");
    fixture.interviews().setQuestionNote(interview, "q-retention-1", "Talked about churn", "Sam Panel");
    const int64_t keep =
        fixture.storage->candidates().add(sampleCandidate("Keep Me", "keep@example.com"), kActor);

    fixture.storage->candidates().erase(fixture.candidateId, "HR Admin");

    auto& sql = fixture.storage->database().sql();
    for (const char* table : {"applications", "interviews", "interview_questions", "ratings",
                              "rating_evidence", "question_notes"})
        CHECK(sql.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt() == 0);
    CHECK_FALSE(fixture.storage->candidates().find(fixture.candidateId).has_value());
    CHECK(fixture.storage->candidates().find(keep).has_value());

    const auto entries = fixture.storage->audit().forEntity("candidate", fixture.candidateId);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.back().action == "erase");
    CHECK(entries.back().actor == "HR Admin");
    CHECK(entries.back().detail == "candidate " + std::to_string(fixture.candidateId) + " erased");

    CHECK(errorKind([&] { fixture.storage->candidates().erase(fixture.candidateId, kActor); }) ==
          StorageErrorKind::NotFound);
}

TEST_CASE("An erased candidate's name and email leave no bytes in the files", "[storage]")
{
    const std::string name = "Quintessa Vandermolen-Ashgrove";
    const std::string email = "quintessa.vandermolen@zephyr-mail.example";
    const std::string note = "Remarkable-churn-story-zx81";
    TempDir dir;
    const fs::path path = dir / "erase.amhire";
    auto storage = SqliteStorage::open(path);
    const int64_t opening = storage->openings().add(sampleOpening(), kActor);
    for (int i = 0; i < 50; ++i) // neighbours on the same pages
        storage->candidates().add(sampleCandidate("Other " + std::to_string(i), ""), kActor);
    Candidate person = sampleCandidate(name, email);
    person.notes = "Prefers " + name;
    const int64_t id = storage->candidates().add(person, kActor);
    const int64_t application =
        storage->candidates().addApplication(id, opening, Stage::Interviewing, kActor);
    const int64_t interview =
        storage->interviews().add(sampleInterview(application, "Sam Panel"), "Sam Panel");
    storage->interviews().setScore(interview, "retention", 5, "Sam Panel");
    storage->interviews().setRatingNotes(interview, "retention", note + " " + name, "Sam Panel");
    storage->interviews().setTakeaways(interview, "Strong: " + name, "Email " + email, "Sam Panel");
    storage->interviews().submit(interview, Recommendation::StrongYes, "Sam Panel");
    Candidate edited = storage->candidates().get(id); // leaves an older copy of the row behind
    edited.currentCompany = "Edited";
    storage->candidates().update(edited, kActor);

    // Before: the data is really there, so the check below can fail.
    auto contains = [](const std::string& bytes, const std::string& text) {
        return bytes.find(text) != std::string::npos;
    };
    const std::string before = readBytes(path) + readBytes(path.string() + "-wal");
    REQUIRE(contains(before, name));
    REQUIRE(contains(before, email));

    storage->candidates().erase(id, "HR Admin");

    const fs::path wal = path.string() + "-wal";
    for (const std::string& bytes : {readBytes(path), readBytes(wal)}) {
        CHECK_FALSE(contains(bytes, name));
        CHECK_FALSE(contains(bytes, email));
        CHECK_FALSE(contains(bytes, note));
    }
    storage.reset(); // close, then look again
    for (const std::string& bytes : {readBytes(path), readBytes(wal)}) {
        CHECK_FALSE(contains(bytes, name));
        CHECK_FALSE(contains(bytes, email));
        CHECK_FALSE(contains(bytes, note));
    }
}

TEST_CASE("Erasing inside a transaction is refused, since the file must be compacted", "[storage]")
{
    StorageFixture fixture;
    auto transaction = fixture.storage->beginTransaction();
    CHECK(errorKind([&] { fixture.storage->candidates().erase(fixture.candidateId, kActor); }) ==
          StorageErrorKind::InvalidInput);
}

TEST_CASE("Candidates of an opening come with their scorecards counted, submitted and drafts", "[storage]")
{
    StorageFixture fixture;
    auto& interviews = fixture.storage->interviews();
    const auto add = [&](const std::string& interviewer) {
        Interview interview;
        interview.applicationId = fixture.applicationId;
        interview.interviewer = interviewer;
        interview.kind = "panel";
        return interviews.add(interview, interviewer);
    };
    CHECK(fixture.storage->candidates().candidatesOf(fixture.openingId).at(0).submittedInterviews == 0);
    interviews.submit(add("Sam"), Recommendation::Yes, "Sam");
    interviews.submit(add("Kim"), Recommendation::No, "Kim");
    add("Lee");
    const auto rows = fixture.storage->candidates().candidatesOf(fixture.openingId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].submittedInterviews == 2);
    CHECK(rows[0].draftInterviews == 1);
}
