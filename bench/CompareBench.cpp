// compare_1k: the full comparison of one opening (1,000 candidates × 12
// competencies × 4 interviewers) vs one raw SQL GROUP BY over the same
// ratings; compare_10k_scaling: the comparison at 10,000 candidates divided
// by the figure at 1,000.
#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

#include <fmt/format.h>

#include "Measure.h"
#include "core/compare/Comparison.h"
#include "core/storage/SqliteStorage.h"

namespace amhire::bench {
namespace {

// What a reporting tool would write by hand: one statement, summed by SQLite.
constexpr const char* kGroupBy =
    "SELECT a.id, r.competency_id, count(r.score), avg(r.score), min(r.score), max(r.score) "
    "FROM applications a JOIN interviews i ON i.application_id = a.id AND i.status = 'submitted' "
    "JOIN ratings r ON r.interview_id = i.id "
    "WHERE a.opening_id = ? AND r.score IS NOT NULL GROUP BY a.id, r.competency_id";

class RawGroupBy {
  public:
    explicit RawGroupBy(const std::filesystem::path& path)
    {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw std::runtime_error("raw SQLite cannot open " + path.string());
    }
    ~RawGroupBy() { sqlite3_close(db_); }
    RawGroupBy(const RawGroupBy&) = delete;
    RawGroupBy& operator=(const RawGroupBy&) = delete;

    // Returns the number of cells, so the work cannot be optimised away.
    long run(int64_t openingId)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db_, kGroupBy, -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
        sqlite3_bind_int64(statement, 1, openingId);
        long cells = 0;
        double sum = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            sum += sqlite3_column_double(statement, 3) + sqlite3_column_int(statement, 4) +
                   sqlite3_column_int(statement, 5) + sqlite3_column_int(statement, 2);
            sqlite3_column_text(statement, 1);
            ++cells;
        }
        sqlite3_finalize(statement);
        return sum > 0 ? cells : -cells;
    }

  private:
    sqlite3* db_ = nullptr;
};

// One opening's database, with our side and the raw side open on it.
struct CompareSubject {
    explicit CompareSubject(const std::filesystem::path& path)
        : storage(SqliteStorage::open(path, OpenMode::ExistingOnly)),
          openingId(storage->openings().list().front().id), raw(path)
    {
        candidates = compareOpening(*storage, openingId).candidateCount(); // warms the page cache
        raw.run(openingId);
    }

    void timeOurs()
    {
        Stopwatch watch;
        const Comparison comparison = compareOpening(*storage, openingId);
        ours.push_back(watch.elapsedMs());
        if (comparison.candidateCount() != candidates)
            throw std::runtime_error("the comparison changed between runs");
    }
    void timeRaw()
    {
        Stopwatch watch;
        if (raw.run(openingId) == 0)
            throw std::runtime_error("the GROUP BY found no ratings");
        baseline.push_back(watch.elapsedMs());
    }

    std::unique_ptr<SqliteStorage> storage;
    int64_t openingId;
    RawGroupBy raw;
    size_t candidates = 0;
    std::vector<double> ours, baseline;
};

} // namespace

std::vector<MeasureResult> measureCompare(const BenchContext& context)
{
    CompareSubject thousand(context.demoDatabase(1000));
    CompareSubject tenThousand(context.demoDatabase(10000));
    // The four interleaved, in a rotating order, so a busy moment of the
    // machine hits the 1,000 and the 10,000 figures alike.
    for (int r = 0; r < context.repetitions; ++r) {
        for (int k = 0; k < 4; ++k) {
            switch ((r + k) % 4) {
            case 0:
                thousand.timeOurs();
                break;
            case 1:
                thousand.timeRaw();
                break;
            case 2:
                tenThousand.timeOurs();
                break;
            default:
                tenThousand.timeRaw();
                break;
            }
        }
    }
    const double ours10k = median(tenThousand.ours);
    const double raw10k = median(tenThousand.baseline);
    std::fprintf(
        stderr, "(compare_10k ours=%.3f baseline=%.3f ratio=%.2f; raw GROUP BY 10k/1k=%.2f, for reference)\n",
        ours10k, raw10k, ours10k / raw10k, raw10k / median(thousand.baseline));
    return {{"compare_1k", median(thousand.ours), median(thousand.baseline), 3.0, {}},
            {"compare_10k_scaling", ours10k, median(thousand.ours), 12.0, {}}};
}

} // namespace amhire::bench
