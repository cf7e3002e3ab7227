// score_save and score_save_p99: individual score saves through storage (each
// its own transaction, audit included) vs raw SQLite writing the same rows
// with the same journal and sync settings. The two run interleaved in rounds,
// so a slow moment of the disk hits both.
#include <sqlite3.h>

#include <stdexcept>

#include <fmt/format.h>

#include "Measure.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::bench {
namespace {

constexpr int kSavesPerRepetition = 2000;
constexpr int kSavesPerRound = 100;
constexpr int kCompetencies = 12;
constexpr int kInterviews = 10;
const std::string kActor = "Alex Morgan";

std::string competencyId(int index)
{
    return fmt::format("competency-{:02}", index + 1);
}

void removeDatabase(const std::filesystem::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix);
}

// The slot a save writes and the score it writes there: consecutive saves to
// one slot always change the score, so none is skipped as unchanged.
struct Save {
    int interview;
    int competency;
    int score;
};

Save saveNumber(long n)
{
    const int slots = kInterviews * kCompetencies;
    const int slot = static_cast<int>(n % slots);
    return {slot / kCompetencies, slot % kCompetencies, 1 + static_cast<int>((n / slots + slot) % 5)};
}

// Our side: drafts of one opening, saved through InterviewStore::setScore.
class OurSaves {
  public:
    explicit OurSaves(const std::filesystem::path& path)
    {
        removeDatabase(path);
        storage_ = SqliteStorage::open(path);
        Opening opening;
        opening.templateId = "general";
        opening.level = "mid";
        opening.company = "Contoso";
        for (int c = 0; c < kCompetencies; ++c)
            opening.scorecard.entries.push_back(
                {competencyId(c), fmt::format("Competency {}", c + 1), 1.0, {}});
        const int64_t openingId = storage_->openings().add(opening, kActor);
        Candidate candidate;
        candidate.name = "Aisha Abbott";
        const int64_t candidateId = storage_->candidates().add(candidate, kActor);
        const int64_t applicationId =
            storage_->candidates().addApplication(candidateId, openingId, Stage::Interviewing, kActor);
        for (int i = 0; i < kInterviews; ++i) {
            Interview interview;
            interview.applicationId = applicationId;
            interview.interviewer = kActor;
            interview.kind = "panel";
            interview.plannedMinutes = 60;
            interviews_.push_back(storage_->interviews().add(interview, kActor));
        }
    }

    void save(const Save& s)
    {
        storage_->interviews().setScore(interviews_[static_cast<size_t>(s.interview)],
                                        competencies_[static_cast<size_t>(s.competency)], s.score, kActor);
    }

  private:
    std::unique_ptr<SqliteStorage> storage_;
    std::vector<int64_t> interviews_;
    std::vector<std::string> competencies_ = [] {
        std::vector<std::string> ids;
        for (int c = 0; c < kCompetencies; ++c)
            ids.push_back(competencyId(c));
        return ids;
    }();
};

// The raw side: the same rating row and audit row, one transaction each,
// WAL with synchronous=FULL as amhire sets it, prepared statements reused.
class RawSaves {
  public:
    explicit RawSaves(const std::filesystem::path& path)
    {
        removeDatabase(path);
        check(sqlite3_open(path.c_str(), &db_));
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("CREATE TABLE ratings (interview_id INTEGER NOT NULL, competency_id TEXT NOT NULL, "
             "score INTEGER, notes TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
             "PRIMARY KEY (interview_id, competency_id)) WITHOUT ROWID");
        exec("CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
             "actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, "
             "detail TEXT NOT NULL DEFAULT '')");
        begin_ = prepare("BEGIN IMMEDIATE");
        commit_ = prepare("COMMIT");
        rating_ = prepare("INSERT INTO ratings (interview_id, competency_id, score, updated_at) "
                          "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
                          "ON CONFLICT (interview_id, competency_id) DO UPDATE SET score = excluded.score, "
                          "updated_at = excluded.updated_at");
        audit_ = prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                         "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, 'score', 'interview', ?, ?)");
    }
    ~RawSaves()
    {
        for (sqlite3_stmt* statement : {begin_, commit_, rating_, audit_})
            sqlite3_finalize(statement);
        sqlite3_close(db_);
    }
    RawSaves(const RawSaves&) = delete;
    RawSaves& operator=(const RawSaves&) = delete;

    void save(const Save& s)
    {
        const std::string competency = competencyId(s.competency);
        run(begin_);
        sqlite3_bind_int(rating_, 1, s.interview + 1);
        sqlite3_bind_text(rating_, 2, competency.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(rating_, 3, s.score);
        run(rating_);
        const std::string detail = fmt::format("{}: {}", competency, s.score);
        sqlite3_bind_text(audit_, 1, kActor.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int(audit_, 2, s.interview + 1);
        sqlite3_bind_text(audit_, 3, detail.c_str(), -1, SQLITE_TRANSIENT);
        run(audit_);
        run(commit_);
    }

  private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            throw std::runtime_error(
                fmt::format("raw SQLite: {}", db_ ? sqlite3_errmsg(db_) : "cannot open"));
    }
    void exec(const char* sql) { check(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr)); }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        check(sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr));
        return statement;
    }
    void run(sqlite3_stmt* statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            check(rc);
    }

    sqlite3* db_ = nullptr;
    sqlite3_stmt* begin_ = nullptr;
    sqlite3_stmt* commit_ = nullptr;
    sqlite3_stmt* rating_ = nullptr;
    sqlite3_stmt* audit_ = nullptr;
};

template <class Saves> void timeRound(Saves& saves, long first, std::vector<double>& latencies)
{
    for (long n = first; n < first + kSavesPerRound; ++n) {
        const Save s = saveNumber(n);
        Stopwatch watch;
        saves.save(s);
        latencies.push_back(watch.elapsedMs());
    }
}

} // namespace

std::vector<MeasureResult> measureScoreSave(const BenchContext& context)
{
    OurSaves ours(context.workDir / "score-save-ours.db");
    RawSaves raw(context.workDir / "score-save-raw.db");
    long next = 0;
    {
        std::vector<double> warmUp; // first saves fill the caches and grow the files
        timeRound(ours, next, warmUp);
        timeRound(raw, next, warmUp);
        next += kSavesPerRound;
    }
    std::vector<double> oursMedian, rawMedian, oursP99, rawP99;
    for (int r = 0; r < context.repetitions; ++r) {
        std::vector<double> oursLatency, rawLatency;
        for (int round = 0; round < kSavesPerRepetition / kSavesPerRound; ++round) {
            if (round % 2 == 0) {
                timeRound(ours, next, oursLatency);
                timeRound(raw, next, rawLatency);
            }
            else {
                timeRound(raw, next, rawLatency);
                timeRound(ours, next, oursLatency);
            }
            next += kSavesPerRound;
        }
        oursMedian.push_back(median(oursLatency));
        rawMedian.push_back(median(rawLatency));
        oursP99.push_back(percentile(oursLatency, 99));
        rawP99.push_back(percentile(rawLatency, 99));
    }
    return {{"score_save", median(oursMedian), median(rawMedian), 1.5, {}},
            {"score_save_p99", median(oursP99), median(rawP99), 2.0, {}}};
}

} // namespace amhire::bench
