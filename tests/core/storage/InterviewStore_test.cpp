#include <catch2/catch.hpp>

#include <functional>
#include <limits>

#include "StorageTestSupport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

const std::string kSam = "Sam Panel";
const std::string kRiley = "Riley Manager";

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

const Rating* ratingOf(const std::vector<Rating>& ratings, const std::string& competencyId)
{
    for (const Rating& rating : ratings)
        if (rating.competencyId == competencyId)
            return &rating;
    return nullptr;
}

} // namespace

TEST_CASE("A new interview is a draft with its kit", "[storage]")
{
    StorageFixture fixture;
    Interview planned = sampleInterview(fixture.applicationId, kSam);
    planned.scheduledAt = "2026-06-01T09:00:00.000Z";
    const int64_t id = fixture.interviews().add(planned, kSam);

    const Interview stored = fixture.interviews().get(id);
    CHECK(stored.applicationId == fixture.applicationId);
    CHECK(stored.interviewer == kSam);
    CHECK(stored.kind == "panel");
    CHECK(stored.status == InterviewStatus::Draft);
    CHECK_FALSE(stored.recommendation.has_value());
    CHECK(stored.scheduledAt == planned.scheduledAt);
    CHECK_FALSE(stored.startedAt.has_value());
    CHECK_FALSE(stored.submittedAt.has_value());
    CHECK(stored.kitQuestionIds == planned.kitQuestionIds);
    CHECK(stored.plannedMinutes == 60);
    CHECK(stored.currentQuestion == 0);
}

TEST_CASE("An interview needs an existing application, an interviewer and a kind", "[storage]")
{
    StorageFixture fixture;
    CHECK(errorKind([&] { fixture.interviews().add(sampleInterview(999, kSam), kSam); }) ==
          StorageErrorKind::NotFound);
    CHECK(errorKind([&] { fixture.interviews().add(sampleInterview(fixture.applicationId, " "), kSam); }) ==
          StorageErrorKind::InvalidInput);
    Interview duplicateQuestions = sampleInterview(fixture.applicationId, kSam);
    duplicateQuestions.kitQuestionIds = {"q1", "q1"};
    CHECK(errorKind([&] { fixture.interviews().add(duplicateQuestions, kSam); }) ==
          StorageErrorKind::InvalidInput);
    CHECK(fixture.interviews().interviewsOf(fixture.applicationId).empty());
}

TEST_CASE("Scores, notes and evidence are saved and read back", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.setScore(id, "retention", 4, kSam);
    interviews.setRatingNotes(id, "retention", "Kept 19 of 20 accounts", kSam);
    interviews.setEvidence(id, "retention", "grr", 94.5, kSam);
    interviews.setEvidence(id, "retention", "nrr", 108.0, kSam);
    interviews.setScore(id, "expansion", std::nullopt, kSam);        // explicitly not assessed
    interviews.setEvidence(id, "communication", "calls", 3.0, kSam); // evidence before any score

    const auto ratings = interviews.ratings(id);
    REQUIRE(ratings.size() == 3);
    const Rating* retention = ratingOf(ratings, "retention");
    REQUIRE(retention);
    CHECK(retention->score == 4);
    CHECK(retention->notes == "Kept 19 of 20 accounts");
    CHECK(retention->evidence == std::map<std::string, double>{{"grr", 94.5}, {"nrr", 108.0}});
    CHECK_FALSE(ratingOf(ratings, "expansion")->score.has_value());
    CHECK_FALSE(ratingOf(ratings, "communication")->score.has_value());
    CHECK(ratingOf(ratings, "communication")->evidence.at("calls") == 3.0);

    // Changing one field leaves the others.
    interviews.setScore(id, "retention", 5, kSam);
    interviews.setEvidence(id, "retention", "nrr", std::nullopt, kSam);
    const auto changed = interviews.ratings(id);
    retention = ratingOf(changed, "retention");
    REQUIRE(retention);
    CHECK(retention->score == 5);
    CHECK(retention->notes == "Kept 19 of 20 accounts");
    CHECK(retention->evidence == std::map<std::string, double>{{"grr", 94.5}});
}

TEST_CASE("Scores outside 1-5 and competencies off the scorecard are refused", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    CHECK(errorKind([&] { interviews.setScore(id, "retention", 0, kSam); }) ==
          StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { interviews.setScore(id, "retention", 6, kSam); }) ==
          StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { interviews.setScore(id, "juggling", 3, kSam); }) == StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] {
              interviews.setEvidence(id, "retention", "grr", std::numeric_limits<double>::quiet_NaN(), kSam);
          }) == StorageErrorKind::InvalidInput);
    CHECK(errorKind([&] { interviews.setScore(999, "retention", 3, kSam); }) == StorageErrorKind::NotFound);
    CHECK(interviews.ratings(id).empty());
}

TEST_CASE("Score changes are audited with the old and new value; note edits are not", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.setScore(id, "retention", 3, kSam);
    interviews.setScore(id, "retention", 4, kSam);
    interviews.setScore(id, "retention", 4, kSam); // no change, no entry
    interviews.setScore(id, "retention", std::nullopt, kSam);
    interviews.setRatingNotes(id, "retention", "typing…", kSam);

    const auto entries = fixture.storage->audit().forEntity("interview", id);
    std::vector<std::string> details;
    for (const AuditEntry& entry : entries)
        if (entry.action == "score") {
            details.push_back(entry.detail);
            CHECK(entry.actor == kSam);
        }
    CHECK(details == std::vector<std::string>{"retention: unset -> 3", "retention: 3 -> 4",
                                              "retention: 4 -> not assessed"});
}

TEST_CASE("Question notes, asked flags, take-aways and resume position are kept", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.markStarted(id, kSam);
    const auto started = interviews.get(id).startedAt;
    REQUIRE(started.has_value());
    interviews.markStarted(id, kSam);
    CHECK(interviews.get(id).startedAt == started); // the first start counts

    interviews.setQuestionNote(id, "q-retention-1", "Lost one logo to M&A", kSam);
    interviews.setQuestionAsked(id, "q-retention-1", true, kSam);
    interviews.setQuestionAsked(id, "q-expansion-2", true, kSam);
    interviews.setQuestionAsked(id, "q-expansion-2", false, kSam);
    interviews.setTakeaways(id, "Calm under pressure", "Light on forecasting", kSam);
    interviews.setCurrentQuestion(id, 2, kSam);

    const auto notes = interviews.questionNotes(id);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].questionId == "q-expansion-2");
    CHECK_FALSE(notes[0].asked);
    CHECK(notes[1].questionId == "q-retention-1");
    CHECK(notes[1].notes == "Lost one logo to M&A");
    CHECK(notes[1].asked);

    const Interview stored = interviews.get(id);
    CHECK(stored.strengths == "Calm under pressure");
    CHECK(stored.concerns == "Light on forecasting");
    CHECK(stored.currentQuestion == 2);
}

TEST_CASE("Swapping the kit keeps the resume position inside it", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.setCurrentQuestion(id, 2, kSam);
    interviews.setKit(id, {"q-a", "q-b"}, 45, kSam);
    Interview stored = interviews.get(id);
    CHECK(stored.kitQuestionIds == std::vector<std::string>{"q-a", "q-b"});
    CHECK(stored.plannedMinutes == 45);
    CHECK(stored.currentQuestion == 1);
    CHECK(errorKind([&] {
              interviews.setKit(id, {"q-a", "q-a"}, 45, kSam);
          }) == StorageErrorKind::InvalidInput);
    CHECK(interviews.get(id).kitQuestionIds == std::vector<std::string>{"q-a", "q-b"});
}

TEST_CASE("A submitted scorecard is read-only", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.setScore(id, "retention", 4, kSam);
    interviews.submit(id, Recommendation::Yes, kSam);

    const Interview submitted = interviews.get(id);
    CHECK(submitted.status == InterviewStatus::Submitted);
    CHECK(submitted.recommendation == Recommendation::Yes);
    CHECK(submitted.submittedAt.has_value());

    const std::vector<std::function<void()>> writes = {
        [&] { interviews.setScore(id, "retention", 2, kSam); },
        [&] { interviews.setRatingNotes(id, "retention", "x", kSam); },
        [&] { interviews.setEvidence(id, "retention", "grr", 50.0, kSam); },
        [&] { interviews.setQuestionNote(id, "q-retention-1", "x", kSam); },
        [&] { interviews.setQuestionAsked(id, "q-retention-1", true, kSam); },
        [&] { interviews.setTakeaways(id, "x", "y", kSam); },
        [&] { interviews.setCurrentQuestion(id, 1, kSam); },
        [&] { interviews.setKit(id, {"q-x"}, 30, kSam); },
        [&] { interviews.markStarted(id, kSam); },
        [&] { interviews.submit(id, Recommendation::No, kSam); },
    };
    for (const auto& write : writes)
        CHECK(errorKind(write) == StorageErrorKind::ReadOnlyScorecard);
    CHECK(interviews.ratings(id).front().score == 4);
    CHECK(interviews.get(id).recommendation == Recommendation::Yes);
}

TEST_CASE("Only the interviewer can reopen a submitted scorecard, and it is audited", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    auto& interviews = fixture.interviews();
    interviews.submit(id, Recommendation::NoDecision, kSam);

    CHECK(errorKind([&] { interviews.reopen(id, kRiley); }) == StorageErrorKind::ReadOnlyScorecard);
    CHECK(interviews.get(id).status == InterviewStatus::Submitted);

    interviews.reopen(id, kSam);
    const Interview reopened = interviews.get(id);
    CHECK(reopened.status == InterviewStatus::Draft);
    CHECK_FALSE(reopened.submittedAt.has_value());
    CHECK_NOTHROW(interviews.setScore(id, "retention", 2, kSam));

    std::vector<std::string> actions;
    for (const AuditEntry& entry : fixture.storage->audit().forEntity("interview", id))
        actions.push_back(entry.action);
    CHECK(actions == std::vector<std::string>{"create", "submit", "reopen", "score"});
}

TEST_CASE("A draft started by mistake is discarded whole by its interviewer alone, and audited", "[storage]")
{
    StorageFixture fixture;
    auto& interviews = fixture.interviews();
    const int64_t id = fixture.newInterview(kSam);
    interviews.setScore(id, "retention", 4, kSam);
    interviews.setRatingNotes(id, "retention", "kept 94%", kSam);
    interviews.setEvidence(id, "retention", "grr", 94.0, kSam);
    interviews.setQuestionNote(id, "q-retention-1", "asked about churn", kSam);

    CHECK(errorKind([&] { interviews.discardDraft(id, kRiley); }) == StorageErrorKind::ReadOnlyScorecard);
    CHECK(errorKind([&] { interviews.discardDraft(id + 100, kSam); }) == StorageErrorKind::NotFound);
    CHECK(interviews.find(id).has_value());

    interviews.discardDraft(id, kSam);
    CHECK_FALSE(interviews.find(id).has_value());
    CHECK(interviews.draftsFor(kSam).empty());
    for (const char* table : {"ratings", "rating_evidence", "question_notes", "interview_questions"}) {
        INFO(table);
        CHECK(fixture.storage->database()
                  .sql()
                  .execAndGet(std::string("SELECT count(*) FROM ") + table +
                              " WHERE interview_id = " + std::to_string(id))
                  .getInt64() == 0);
    }
    const auto audit = fixture.storage->audit().forEntity("interview", id);
    REQUIRE_FALSE(audit.empty());
    CHECK(audit.back().action == "discard");
    CHECK(audit.back().actor == kSam);

    SECTION("a submitted scorecard is HR's evidence: it is not discarded")
    {
        const int64_t submitted = fixture.newInterview(kSam);
        interviews.submit(submitted, Recommendation::Yes, kSam);
        CHECK(errorKind([&] { interviews.discardDraft(submitted, kSam); }) ==
              StorageErrorKind::ReadOnlyScorecard);
        CHECK(interviews.get(submitted).status == InterviewStatus::Submitted);
    }
}

TEST_CASE("Drafts are listed per interviewer for resuming", "[storage]")
{
    StorageFixture fixture;
    const int64_t first = fixture.newInterview(kSam);
    const int64_t second = fixture.newInterview(kSam);
    const int64_t riley = fixture.newInterview(kRiley);
    fixture.interviews().submit(first, Recommendation::Yes, kSam);

    const auto drafts = fixture.interviews().draftsFor(kSam);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].id == second);
    CHECK(drafts[0].kitQuestionIds.size() == 3);
    CHECK(fixture.interviews().draftsFor(kRiley).front().id == riley);
    CHECK(fixture.interviews().draftsFor("Nobody").empty());
    CHECK(fixture.interviews().interviewsOf(fixture.applicationId).size() == 3);
}

TEST_CASE("Independence: others' scores stay hidden while your own scorecard is a draft", "[storage]")
{
    StorageFixture fixture;
    auto& interviews = fixture.interviews();
    const int64_t sams = fixture.newInterview(kSam);
    const int64_t rileys = fixture.newInterview(kRiley);
    interviews.submit(sams, Recommendation::Yes, kSam);

    CHECK(interviews.hasDraftFor(kRiley, fixture.candidateId));
    CHECK_FALSE(interviews.hasDraftFor(kSam, fixture.candidateId));
    CHECK_FALSE(interviews.isVisibleTo(sams, kRiley)); // Riley is still scoring
    CHECK(interviews.isVisibleTo(rileys, kRiley));     // one's own draft
    CHECK_FALSE(interviews.isVisibleTo(rileys, kSam)); // someone else's draft
    CHECK(interviews.isVisibleTo(sams, "HR Lead"));    // submitted, no draft of their own

    interviews.submit(rileys, Recommendation::No, kRiley);
    CHECK_FALSE(interviews.hasDraftFor(kRiley, fixture.candidateId));
    CHECK(interviews.isVisibleTo(sams, kRiley));
    CHECK(interviews.isVisibleTo(rileys, kSam));
}

TEST_CASE("Submitted ratings of an opening come with interviewer, candidate and evidence", "[storage]")
{
    StorageFixture fixture;
    auto& interviews = fixture.interviews();
    const int64_t bea = fixture.storage->candidates().add(sampleCandidate("Bea", "bea@example.com"), kActor);
    const int64_t beaApplication =
        fixture.storage->candidates().addApplication(bea, fixture.openingId, Stage::Interviewing, kActor);

    const int64_t sams = fixture.newInterview(kSam);
    interviews.setScore(sams, "retention", 4, kSam);
    interviews.setEvidence(sams, "retention", "grr", 91.0, kSam);
    interviews.setScore(sams, "expansion", std::nullopt, kSam);
    interviews.setTakeaways(sams, "Solid", "None", kSam);
    interviews.submit(sams, Recommendation::Yes, kSam);

    const int64_t rileysDraft = fixture.newInterview(kRiley); // drafts are not part of the comparison
    interviews.setScore(rileysDraft, "retention", 1, kRiley);

    const int64_t beas = interviews.add(sampleInterview(beaApplication, kRiley), kRiley);
    interviews.setScore(beas, "communication", 5, kRiley);
    interviews.setEvidence(beas, "communication", "calls", 2.0, kRiley);
    interviews.setEvidence(beas, "communication", "demos", 1.0, kRiley);
    interviews.submit(beas, Recommendation::StrongYes, kRiley);

    const auto ratings = interviews.submittedRatingsForOpening(fixture.openingId);
    REQUIRE(ratings.size() == 3);
    CHECK(ratings[0].candidateId == fixture.candidateId);
    CHECK(ratings[0].interviewer == kSam);
    CHECK(ratings[0].rating.competencyId == "expansion");
    CHECK_FALSE(ratings[0].rating.score.has_value());
    CHECK(ratings[0].rating.evidence.empty());
    CHECK(ratings[1].rating.competencyId == "retention");
    CHECK(ratings[1].rating.score == 4);
    CHECK(ratings[1].rating.evidence == std::map<std::string, double>{{"grr", 91.0}});
    CHECK(ratings[2].candidateId == bea);
    CHECK(ratings[2].applicationId == beaApplication);
    CHECK(ratings[2].interviewer == kRiley);
    CHECK(ratings[2].rating.evidence.size() == 2);

    const auto submitted = interviews.submittedInterviewsForOpening(fixture.openingId);
    REQUIRE(submitted.size() == 2);
    CHECK(submitted[0].id == sams);
    CHECK(submitted[0].strengths == "Solid");
    CHECK(submitted[0].kitQuestionIds.size() == 3);
    CHECK(submitted[1].recommendation == Recommendation::StrongYes);
    CHECK(interviews.submittedRatingsForOpening(999).empty());
}

TEST_CASE("A save is on disk when the call returns", "[storage]")
{
    StorageFixture fixture;
    const int64_t id = fixture.newInterview(kSam);
    fixture.interviews().setScore(id, "retention", 3, kSam);
    fixture.interviews().setRatingNotes(id, "retention", "acknowledged", kSam);
    // A second connection, like a second process, sees the committed rows at once.
    SQLite::Database other(fixture.path.string(), SQLite::OPEN_READONLY);
    CHECK(other.execAndGet("SELECT score FROM ratings WHERE interview_id = " + std::to_string(id)).getInt() ==
          3);
    CHECK(other.execAndGet("SELECT notes FROM ratings WHERE interview_id = " + std::to_string(id))
              .getString() == "acknowledged");
}
