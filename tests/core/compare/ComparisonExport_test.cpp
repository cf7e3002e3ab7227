#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include "CompareFixture.h"
#include "ExportSupport.h"
#include "core/compare/Comparison.h"
#include "core/export/ComparisonExport.h"
#include "core/export/ExportError.h"
#include "core/export/ExportProgress.h"
#include "core/export/JsonExport.h"

using namespace amhire;
using namespace amhire::test;

namespace {

std::filesystem::path partialOf(const std::filesystem::path& path)
{
    auto partial = path;
    partial += ".partial";
    return partial;
}

} // namespace

TEST_CASE("An export replaces the file it is given and leaves no partial file behind", "[compare][export]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    for (ExportFormat format : kAllExportFormats) {
        const auto path = fixture.dir / (std::string("comparison.") + exportFormatId(format));
        {
            std::ofstream old(path);
            old << "an earlier export";
        }
        exportComparison(comparison, format, path);
        CHECK(fileText(path) != "an earlier export");
        CHECK(std::filesystem::file_size(path) > 100);
        CHECK_FALSE(std::filesystem::exists(partialOf(path)));
    }
}

TEST_CASE("An export that fails half-way leaves the file it was to replace as it was", "[compare][export]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    // JSON, XLSX, HTML and PDF read the panel's take-aways as they write each
    // candidate; from another connection, their table goes away meanwhile.
    {
        SQLite::Database other(fixture.path.string(), SQLite::OPEN_READWRITE);
        other.exec("ALTER TABLE interviews RENAME TO interviews_elsewhere");
    }
    for (ExportFormat format : {ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Html, ExportFormat::Pdf}) {
        INFO(exportFormatId(format));
        const auto path = fixture.dir / (std::string("comparison.") + exportFormatId(format));
        {
            std::ofstream old(path);
            old << "the export of last week";
        }
        CHECK_THROWS(exportComparison(comparison, format, path));
        CHECK(fileText(path) == "the export of last week");
        CHECK_FALSE(std::filesystem::exists(partialOf(path)));
    }
}

TEST_CASE("An export to a folder that does not exist names the file asked for", "[compare][export]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    for (ExportFormat format : kAllExportFormats) {
        const auto path = fixture.dir / "missing" / (std::string("comparison.") + exportFormatId(format));
        try {
            exportComparison(comparison, format, path);
            FAIL("exported into a folder that does not exist");
        }
        catch (const ExportError& failure) {
            const std::string message = failure.what();
            CHECK(message.find(path.string()) != std::string::npos);
            CHECK(message.find(".partial") == std::string::npos);
        }
    }
}

TEST_CASE("The JSON export, written a candidate at a time, is exactly the dump of the whole document",
          "[compare][export]")
{
    CompareFixture fixture;
    ComparisonOptions everyone;
    ComparisonOptions nobody;
    nobody.stages = {Stage::Hired};  // no candidate of the fixture is hired
    for (const ComparisonOptions& options : {everyone, nobody}) {
        const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId, options);
        std::ostringstream out;
        exportJson(comparison, out);
        CHECK(out.str() == nlohmann::json::parse(out.str()).dump(2) + "\n");
        CHECK(nlohmann::json::parse(out.str())["candidates"].size() == comparison.candidateCount());
    }
}

TEST_CASE("Every export says how far it has got, from nothing to all of it", "[compare][export]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    for (ExportFormat format : kAllExportFormats) {
        INFO(exportFormatId(format));
        std::vector<std::pair<size_t, size_t>> told;
        ExportOptions options;
        options.progress = [&told](size_t done, size_t total) {
            told.emplace_back(done, total);
            return true;
        };
        exportComparison(comparison, format, fixture.dir / (std::string("told.") + exportFormatId(format)),
                         options);
        REQUIRE(told.size() >= 2);
        const size_t total = told.front().second;
        CHECK(total >= comparison.candidateCount());
        CHECK(total % comparison.candidateCount() == 0);  // whole passes over the candidates
        CHECK(told.front().first == 0);
        CHECK(told.back().first == total);
        for (size_t i = 1; i < told.size(); ++i) {
            CHECK(told[i].second == total);
            CHECK(told[i].first == told[i - 1].first + 1);
        }
    }
}

TEST_CASE("An export told to stop throws ExportCancelled and leaves the earlier file as it was",
          "[compare][export]")
{
    CompareFixture fixture;
    const Comparison comparison = compareOpening(*fixture.storage, fixture.openingId);
    for (ExportFormat format : kAllExportFormats) {
        INFO(exportFormatId(format));
        const auto path = fixture.dir / (std::string("stopped.") + exportFormatId(format));
        {
            std::ofstream old(path);
            old << "kept";
        }
        ExportOptions options;
        options.progress = [](size_t done, size_t) { return done < 2; };
        CHECK_THROWS_AS(exportComparison(comparison, format, path, options), ExportCancelled);
        CHECK(fileText(path) == "kept");
        CHECK_FALSE(std::filesystem::exists(partialOf(path)));
    }
}
