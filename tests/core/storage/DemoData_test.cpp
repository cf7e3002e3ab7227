#include <catch2/catch.hpp>

#include <chrono>
#include <set>

#include "StorageTestSupport.h"
#include "core/storage/DemoData.h"

using namespace amhire;
using namespace amhire::test;

namespace {

DemoDataOptions smallOptions(uint32_t seed)
{
    DemoDataOptions options;
    options.openings = 2;
    options.candidates = 60;
    options.interviewers = 3;
    options.seed = seed;
    options.scorecard = sampleOpening().scorecard.entries;
    options.metrics = {{"retention", "grr", 70, 100}};
    return options;
}

// Everything the seed decides, in a comparable form.
struct Snapshot {
    std::vector<std::string> candidates;
    std::vector<std::string> stages;
    std::vector<std::string> ratings;
    std::vector<std::string> recommendations;

    bool operator==(const Snapshot& other) const
    {
        return candidates == other.candidates && stages == other.stages && ratings == other.ratings &&
               recommendations == other.recommendations;
    }
};

Snapshot snapshotOf(Storage& storage, const DemoDataSummary& summary)
{
    Snapshot snapshot;
    for (const Candidate& candidate : storage.candidates().list())
        snapshot.candidates.push_back(candidate.name + "|" + candidate.email + "|" +
                                      candidate.currentCompany);
    for (int64_t opening : summary.openingIds) {
        for (const auto& row : storage.candidates().candidatesOf(opening))
            snapshot.stages.push_back(row.candidate.email + "|" + stageId(row.application.stage));
        for (const auto& r : storage.interviews().submittedRatingsForOpening(opening)) {
            std::string line =
                std::to_string(r.candidateId) + "|" + r.interviewer + "|" + r.rating.competencyId + "|" +
                (r.rating.score ? std::to_string(*r.rating.score) : "-") + "|" + r.rating.notes;
            for (const auto& [metric, value] : r.rating.evidence)
                line += "|" + metric + "=" + std::to_string(value);
            snapshot.ratings.push_back(line);
        }
        for (const Interview& interview : storage.interviews().submittedInterviewsForOpening(opening))
            snapshot.recommendations.push_back(recommendationId(*interview.recommendation) +
                                               std::string("|") + interview.strengths);
    }
    return snapshot;
}

} // namespace

TEST_CASE("Demo data: the same seed gives the same data, another seed other data", "[storage]")
{
    TempDir dir;
    auto a = SqliteStorage::open(dir / "a.amhire");
    auto b = SqliteStorage::open(dir / "b.amhire");
    auto c = SqliteStorage::open(dir / "c.amhire");
    const auto summaryA = generateDemoData(*a, smallOptions(7));
    const auto summaryB = generateDemoData(*b, smallOptions(7));
    const auto summaryC = generateDemoData(*c, smallOptions(8));

    CHECK(summaryA.candidates == 60);
    CHECK(summaryA.applications == 60);
    CHECK(summaryA.interviews == summaryB.interviews);
    CHECK(summaryA.ratings == summaryB.ratings);
    const Snapshot snapshotA = snapshotOf(*a, summaryA);
    CHECK(snapshotA == snapshotOf(*b, summaryB));
    CHECK_FALSE(snapshotA == snapshotOf(*c, summaryC));
}

TEST_CASE("Demo data looks like a real hiring round", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "demo.amhire");
    DemoDataOptions options = smallOptions(42);
    options.candidates = 200;
    const auto summary = generateDemoData(*storage, options);

    REQUIRE(summary.openingIds.size() == 2);
    CHECK(storage->candidates().count() == 200);
    CHECK(summary.interviews % 3 == 0); // every interviewed candidate has all three scorecards
    CHECK(summary.interviews > 3 * 150);
    CHECK(summary.ratings == summary.interviews * 3);

    std::set<Stage> stages;
    std::set<std::string> emails;
    for (int64_t opening : summary.openingIds)
        for (const auto& row : storage->candidates().candidatesOf(opening)) {
            stages.insert(row.application.stage);
            emails.insert(row.candidate.email);
            CHECK_THAT(row.candidate.email, Catch::Matches(".+@example\\.(com|org|net)"));
        }
    CHECK(stages.size() >= 5);
    CHECK(emails.size() == 200);

    std::vector<int> histogram(6, 0);
    int notAssessed = 0, withEvidence = 0, withNotes = 0;
    for (int64_t opening : summary.openingIds)
        for (const auto& r : storage->interviews().submittedRatingsForOpening(opening)) {
            if (r.rating.score)
                ++histogram[static_cast<size_t>(*r.rating.score)];
            else
                ++notAssessed;
            if (!r.rating.evidence.empty()) {
                ++withEvidence;
                CHECK(r.rating.competencyId == "retention");
                CHECK(r.rating.evidence.at("grr") >= 70.0);
                CHECK(r.rating.evidence.at("grr") <= 100.0);
            }
            if (!r.rating.notes.empty())
                ++withNotes;
        }
    for (int score = 1; score <= 5; ++score)
        CHECK(histogram[static_cast<size_t>(score)] > 0);
    CHECK(histogram[3] > histogram[1]); // centred, not uniform
    CHECK(notAssessed > 0);
    CHECK(withEvidence > 0);
    CHECK(withNotes > 0);
    CHECK(storage->interviews().draftsFor("Alex Morgan").empty()); // all submitted
}

TEST_CASE("Demo data scores follow the candidate: interviewers agree more than chance", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "demo.amhire");
    DemoDataOptions options = smallOptions(3);
    options.openings = 1;
    options.candidates = 150;
    options.interviewers = 2;
    const auto summary = generateDemoData(*storage, options);

    // Mean score per candidate and interviewer, then the correlation between the two interviewers.
    std::map<int64_t, std::map<std::string, std::pair<double, int>>> sums;
    for (const auto& r : storage->interviews().submittedRatingsForOpening(summary.openingIds[0]))
        if (r.rating.score) {
            auto& cell = sums[r.candidateId][r.interviewer];
            cell.first += *r.rating.score;
            ++cell.second;
        }
    std::vector<double> x, y;
    for (const auto& [candidate, byInterviewer] : sums) {
        if (byInterviewer.size() != 2)
            continue;
        auto it = byInterviewer.begin();
        x.push_back(it->second.first / it->second.second);
        ++it;
        y.push_back(it->second.first / it->second.second);
    }
    REQUIRE(x.size() > 100);
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    CHECK(sxy / std::sqrt(sxx * syy) > 0.5);
}

TEST_CASE("Demo data needs a scorecard and writes nothing when refused", "[storage]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "demo.amhire");
    DemoDataOptions options = smallOptions(1);
    options.scorecard.clear();
    CHECK_THROWS_AS(generateDemoData(*storage, options), StorageError);
    CHECK(storage->openings().list().empty());
}

TEST_CASE("Demo data at benchmark scale: 10,000 candidates x 12 competencies x 4 interviewers",
          "[.storage-bench]")
{
    TempDir dir;
    auto storage = SqliteStorage::open(dir / "big.amhire");
    DemoDataOptions options;
    options.openings = 4;
    options.candidates = 10000;
    options.interviewers = 4;
    for (int i = 0; i < 12; ++i)
        options.scorecard.push_back(
            {"competency-" + std::to_string(i), "Competency " + std::to_string(i), 1.0, {}});
    options.metrics = {{"competency-0", "grr", 70, 100}};
    const auto start = std::chrono::steady_clock::now();
    const auto summary = generateDemoData(*storage, options);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    WARN("generated " << summary.ratings << " ratings in " << seconds << " s");
    CHECK(summary.candidates == 10000);
    CHECK(summary.ratings == summary.interviews * 12);
    const auto readStart = std::chrono::steady_clock::now();
    size_t read = 0;
    for (int64_t opening : summary.openingIds)
        read += storage->interviews().submittedRatingsForOpening(opening).size();
    WARN("read them back in "
         << std::chrono::duration<double>(std::chrono::steady_clock::now() - readStart).count() << " s");
    CHECK(static_cast<int64_t>(read) == summary.ratings);
}
