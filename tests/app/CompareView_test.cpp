#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>

#include "CompareViewFixture.h"
#include "app/CellDetailsDialog.h"
#include "app/CompareSidePanel.h"
#include "app/CompareToolbar.h"
#include "app/CompareView.h"
#include "app/ComparisonGrid.h"
#include "app/ComparisonGridTable.h"
#include "app/ComparisonPages.h"
#include "app/RadarChartPanel.h"
#include "app/Settings.h"
#include "app/StageFilterButton.h"
#include "app/Workspace.h"
#include "core/compare/CellRatings.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/RadarChart.h"
#include "core/storage/DemoData.h"

using namespace amhire;

namespace {

std::string utf8(const wxString& s)
{
    return std::string(s.utf8_str());
}

// Every label and cell of the view's grid against a comparison computed
// afresh from storage with the view's options.
void checkGridMatchesCore(app::CompareView& view, Storage& storage, bool transposed)
{
    const Comparison expected = compareOpening(storage, view.currentOpeningId(), view.options());
    wxGrid& grid = *view.grid();
    wxGridTableBase& table = *grid.GetTable();
    const int lines = static_cast<int>(expected.competencyCount() + app::ComparisonGridTable::kSummaryLines);
    const int candidates = static_cast<int>(expected.candidateCount());
    REQUIRE(grid.GetNumberRows() == (transposed ? candidates : lines));
    REQUIRE(grid.GetNumberCols() == (transposed ? lines : candidates));
    const auto value = [&](int candidate, int line) {
        return utf8(transposed ? table.GetValue(candidate, line) : table.GetValue(line, candidate));
    };
    const auto candidateLabel = [&](int candidate) {
        return utf8(transposed ? grid.GetRowLabelValue(candidate) : grid.GetColLabelValue(candidate));
    };
    const auto lineLabel = [&](int line) {
        // Headings may break a long name over lines; read them as one line.
        wxString label = transposed ? grid.GetColLabelValue(line) : grid.GetRowLabelValue(line);
        label.Replace("\n", " ");
        return utf8(label);
    };
    for (size_t c = 0; c < expected.competencyCount(); ++c) {
        CHECK(lineLabel(static_cast<int>(c)).rfind(expected.competencies()[c].name, 0) == 0);
        CHECK(lineLabel(static_cast<int>(c)).find(weightText(expected.competencies()[c])) !=
              std::string::npos);
    }
    const int total = static_cast<int>(expected.competencyCount());
    for (int i = 0; i < candidates; ++i) {
        const ComparedCandidate& who = expected.candidate(static_cast<size_t>(i));
        CHECK(candidateLabel(i).rfind(who.name, 0) == 0);
        for (size_t c = 0; c < expected.competencyCount(); ++c) {
            const ComparisonCell& cell = expected.cell(static_cast<size_t>(i), c);
            if (cell.assessed())
                CHECK(value(i, static_cast<int>(c)) == formatMean(cell.mean));
            else
                CHECK(value(i, static_cast<int>(c)) == "not assessed");
        }
        CHECK(value(i, total) == formatTotal(who));
        CHECK(value(i, total + 2) == formatRank(who));
    }
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class ExpectCellDetails : public wxExpectModalBase<app::CellDetailsDialog, ExpectCellDetails> {
  public:
    explicit ExpectCellDetails(wxString* text) : text_(text) {}

  protected:
    int OnInvoked(app::CellDetailsDialog* dialog) const override
    {
        *text_ = dialog->page()->ToText();
        return wxID_CLOSE;
    }

  private:
    wxString* text_;
};

} // namespace

TEST_CASE("the compare view shows the core's comparison, transposed, filtered and anonymised",
          "[gui][compare]")
{
    test::CompareViewFixture fixture;
    Storage& storage = fixture.workspace.storage();
    const int64_t openingId = test::addDemoOpening(storage, 24, 11);
    app::CompareView view(fixture.frame, fixture.workspace);
    view.selectOpening(openingId);
    REQUIRE(view.comparison());
    REQUIRE(view.currentOpeningId() == openingId);
    const Comparison all = compareOpening(storage, openingId);
    REQUIRE(view.comparison()->candidateCount() == all.allCandidateCount());

    checkGridMatchesCore(view, storage, false);

    SECTION("transposed: candidates as rows")
    {
        view.setTransposed(true);
        checkGridMatchesCore(view, storage, true);
        view.setTransposed(false);
        checkGridMatchesCore(view, storage, false);
    }
    SECTION("sorted by a competency, then by name")
    {
        view.sortBy(ComparisonSort::Competency, 1, true);
        checkGridMatchesCore(view, storage, false);
        view.sortBy(ComparisonSort::Candidate, 0, false);
        checkGridMatchesCore(view, storage, false);
        CHECK(view.grid()->GetColLabelValue(0) <= view.grid()->GetColLabelValue(1));
    }
    SECTION("clicking a competency's heading sorts by it, clicking again reverses")
    {
        wxGridEvent click(view.grid()->GetId(), wxEVT_GRID_LABEL_LEFT_CLICK, view.grid(), 2, -1);
        view.grid()->ProcessWindowEvent(click);
        CHECK(view.options().sortBy == ComparisonSort::Competency);
        CHECK(view.options().sortCompetency == 2);
        CHECK(view.options().descending);
        checkGridMatchesCore(view, storage, false);
        view.grid()->ProcessWindowEvent(click);
        CHECK_FALSE(view.options().descending);
        checkGridMatchesCore(view, storage, false);
    }
    SECTION("hiding the knocked-out leaves only the others")
    {
        size_t knockedOut = 0;
        for (size_t i = 0; i < all.candidateCount(); ++i)
            knockedOut += all.candidate(i).knockedOut ? 1 : 0;
        REQUIRE(knockedOut > 0); // the general template's retention record is a must-have
        view.setHideKnockedOut(true);
        CHECK(view.grid()->GetNumberCols() == static_cast<int>(all.candidateCount() - knockedOut));
        checkGridMatchesCore(view, storage, false);
        for (int col = 0; col < view.grid()->GetNumberCols(); ++col)
            CHECK_FALSE(view.comparison()->candidate(static_cast<size_t>(col)).knockedOut);
    }
    SECTION("filtered by stage")
    {
        const Stage stage = all.candidate(0).stage;
        view.setStages({stage});
        checkGridMatchesCore(view, storage, false);
        for (size_t i = 0; i < view.comparison()->candidateCount(); ++i)
            CHECK(view.comparison()->candidate(i).stage == stage);
    }
    SECTION("anonymised: no real name, email or company in any label or page")
    {
        std::vector<std::string> identities;
        for (const CandidateApplication& row : storage.candidates().candidatesOf(openingId))
            for (const std::string& part :
                 {row.candidate.name, row.candidate.email, row.candidate.currentCompany})
                if (!part.empty())
                    identities.push_back(part);
        REQUIRE(identities.size() >= all.allCandidateCount());
        view.setAnonymised(true);
        for (bool transposed : {false, true}) {
            view.setTransposed(transposed);
            checkGridMatchesCore(view, storage, transposed);
            wxGrid& grid = *view.grid();
            std::string labels;
            for (int row = 0; row < grid.GetNumberRows(); ++row)
                labels += utf8(grid.GetRowLabelValue(row)) + "\n";
            for (int col = 0; col < grid.GetNumberCols(); ++col)
                labels += utf8(grid.GetColLabelValue(col)) + "\n";
            labels += utf8(view.sidePanel()->candidatePage()->ToText());
            labels += utf8(view.sidePanel()->flagsPage()->ToText());
            for (const RadarSeries& series : view.sidePanel()->chart()->series())
                labels += series.label + "\n";
            for (const std::string& identity : identities)
                CHECK(labels.find(identity) == std::string::npos);
            CHECK(labels.find("Candidate A") != std::string::npos);
        }
        // Each verdict names the kind of interview as people do, not by its stored id.
        const std::string brief = utf8(view.sidePanel()->candidatePage()->ToText());
        CHECK(brief.find("Who said what") != std::string::npos);
        CHECK(brief.find("(panel)") == std::string::npos);
        CHECK(brief.find("(phone-screen)") == std::string::npos);
        CHECK(brief.find("(role-play)") == std::string::npos);
        CHECK((brief.find("(Panel interview)") != std::string::npos ||
               brief.find("(Phone screen)") != std::string::npos ||
               brief.find("(Role-play exercise)") != std::string::npos));
        const std::filesystem::path csv = fixture.dir / "anonymised.csv";
        REQUIRE(view.exportTo(wxString::FromUTF8(csv.string()), ExportFormat::Csv));
        const std::string written = readFile(csv);
        CHECK(written.find("Candidate A") != std::string::npos);
        for (const std::string& identity : identities)
            CHECK(written.find(identity) == std::string::npos);

        view.setAnonymised(false);
        checkGridMatchesCore(view, storage, true);
        CHECK(utf8(view.grid()->GetRowLabelValue(0)).rfind("Candidate ", 0) != 0);
    }
    SECTION("the chart shows the candidates selected in the grid, else the best ranked")
    {
        const std::vector<RadarSeries> best =
            radarSeries(*view.comparison(), topRankedRows(*view.comparison(), 3));
        REQUIRE(view.sidePanel()->chart()->series().size() == best.size());
        CHECK(view.sidePanel()->chart()->series()[0].label == best[0].label);
        view.selectCandidates({2, 4});
        REQUIRE(view.chartRows() == std::vector<size_t>{2, 4});
        REQUIRE(view.sidePanel()->chart()->series().size() == 2);
        CHECK(view.sidePanel()->chart()->series()[1].label == view.comparison()->candidate(4).name);
        CHECK(view.sidePanel()->chart()->axes().size() == view.comparison()->competencyCount());
        // The selection follows the candidates when the order changes.
        const int64_t second = view.comparison()->candidate(4).applicationId;
        view.sortBy(ComparisonSort::Total, 0, false);
        const auto rows = view.chartRows();
        REQUIRE(rows.size() == 2);
        CHECK(std::count_if(rows.begin(), rows.end(), [&](size_t r) {
                  return view.comparison()->candidate(r).applicationId == second;
              }) == 1);
        // Reading the opening again (as after new scorecards) keeps them too.
        view.reload();
        CHECK(view.chartRows() == rows);
        // Clicking a score clears the grid's selection but not the chart's.
        view.grid()->ClearSelection();
        test::pumpEvents();
        CHECK(view.chartRows() == rows);
        view.chartBestRanked();
        CHECK(view.chartRows() == topRankedRows(*view.comparison(), 3));
    }
    SECTION("a cell opens the ratings behind it")
    {
        size_t col = 0;
        while (col < view.comparison()->candidateCount() && !view.comparison()->cell(col, 0).assessed())
            ++col;
        REQUIRE(col < view.comparison()->candidateCount());
        const auto ratings = ratingsBehind(storage, *view.comparison(), col, 0);
        REQUIRE(!ratings.empty());
        const wxString tooltip = view.table().describeCell(0, static_cast<int>(col));
        CHECK(tooltip.Contains(wxString::FromUTF8(formatMean(view.comparison()->cell(col, 0).mean))));
        CHECK(tooltip.Contains(wxString::FromUTF8(view.comparison()->candidate(col).name)));
        wxString text;
        wxTEST_DIALOG(view.showCellDetails(0, static_cast<int>(col)), ExpectCellDetails(&text));
        for (const CellRating& rating : ratings)
            CHECK(utf8(text).find(rating.interviewer) != std::string::npos);

        // Enter on the cursor's cell does the same from the keyboard.
        view.grid()->SetGridCursor(0, static_cast<int>(col));
        wxKeyEvent enter(wxEVT_KEY_DOWN);
        enter.m_keyCode = WXK_RETURN;
        enter.SetEventObject(view.grid());
        wxString viaKeyboard;
        wxTEST_DIALOG(view.grid()->ProcessWindowEvent(enter), ExpectCellDetails(&viaKeyboard));
        CHECK(viaKeyboard == text);
        CHECK(utf8(text).find(view.comparison()->competencies()[0].name) != std::string::npos);
    }
    SECTION("export writes the file and says so in the status bar")
    {
        // Cancelling the file dialog writes nothing.
        wxTEST_DIALOG(view.exportWithDialog(), wxExpectModal<wxFileDialog>(wxString(), wxID_CANCEL));
        CHECK(std::filesystem::is_empty(fixture.dir.path()) == false); // the database only
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).empty());

        view.selectCandidates({1, 3});
        const std::filesystem::path html = fixture.dir / "debrief.html";
        REQUIRE(view.exportTo(wxString::FromUTF8(html.string()), ExportFormat::Html));
        const std::string written = readFile(html);
        CHECK(written.find("<svg") != std::string::npos);
        CHECK(written.find(view.comparison()->candidate(0).name) != std::string::npos);
        CHECK(fixture.frame->GetStatusBar()->GetStatusText(0).Contains("debrief.html"));

        const std::filesystem::path pdf = fixture.dir / "packet.pdf";
        REQUIRE(view.exportTo(wxString::FromUTF8(pdf.string()), ExportFormat::Pdf));
        CHECK(readFile(pdf).rfind("%PDF", 0) == 0);

        const std::filesystem::path xlsx = fixture.dir / "grid.xlsx";
        REQUIRE(view.exportTo(wxString::FromUTF8(xlsx.string()), ExportFormat::Xlsx));
        CHECK(readFile(xlsx).rfind("PK", 0) == 0); // a zip, as XLSX is
    }
    SECTION("an export that cannot be written is reported, not ignored")
    {
        const std::filesystem::path nowhere = fixture.dir / "missing-folder" / "out.csv";
        bool ok = true;
        wxTEST_DIALOG(ok = view.exportTo(wxString::FromUTF8(nowhere.string()), ExportFormat::Csv),
                      wxExpectModal<wxMessageDialog>(wxID_OK));
        CHECK_FALSE(ok);
    }
}

TEST_CASE("the compare view stays quick with 10,000 candidates", "[gui][compare][large]")
{
    test::CompareViewFixture fixture;
    const int64_t openingId = test::addDemoOpening(fixture.workspace.storage(), 10000, 5);
    app::CompareView view(fixture.frame, fixture.workspace);
    view.selectOpening(openingId);
    REQUIRE(view.grid()->GetNumberCols() == 10000);
    fixture.frame->SetSize(1366, 768);
    test::pumpEvents();
    const auto started = std::chrono::steady_clock::now();
    for (bool on : {true, false}) {
        view.setTransposed(on);
        view.setAnonymised(on);
        view.sortBy(ComparisonSort::Competency, 2, on);
        view.grid()->Update();
    }
    const auto milliseconds =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
            .count();
    CHECK(view.grid()->GetNumberCols() == 10000);
    // Two transposes, two re-anonymisations, two re-sorts and their repaints;
    // a grid that copied or measured every cell would take far longer.
    CHECK(milliseconds < 8000);
    view.setTransposed(true);
    test::saveScreenshot(fixture.frame, "compare-10000-transposed");
}

TEST_CASE("the compare view on demo data, for screenshots", "[gui][compare][screenshot]")
{
    // One capture per run of the test case: each SECTION starts afresh, as a
    // second capture of the same window can come out stale under Xvfb.
    test::CompareViewFixture fixture;
    const int64_t openingId = test::addDemoOpening(fixture.workspace.storage(), 14, 3);
    fixture.frame->SetSize(1366, 768);
    auto* view = new app::CompareView(fixture.frame, fixture.workspace);
    view->selectOpening(openingId);
    view->selectCandidates({0, 1, 2});
    fixture.frame->Layout();
    REQUIRE(view->comparison());

    SECTION("the grid")
    {
        test::saveScreenshot(fixture.frame, "compare-grid");
    }
    SECTION("the radar chart")
    {
        test::saveScreenshot(view->sidePanel()->chart(), "compare-radar");
    }
    SECTION("transposed and anonymised")
    {
        view->setTransposed(true);
        view->setAnonymised(true);
        test::saveScreenshot(fixture.frame, "compare-transposed-anonymised");
        CHECK(view->grid()->GetNumberRows() == static_cast<int>(view->comparison()->candidateCount()));
    }
    SECTION("the candidate page")
    {
        view->sidePanel()->SetSelection(app::CompareSidePanel::CandidatePage);
        test::saveScreenshot(fixture.frame, "compare-candidate");
    }
    SECTION("the flags page")
    {
        view->sidePanel()->SetSelection(app::CompareSidePanel::FlagsPage);
        test::saveScreenshot(fixture.frame, "compare-flags");
    }
    SECTION("the calibration page")
    {
        view->sidePanel()->SetSelection(app::CompareSidePanel::CalibrationPage);
        test::saveScreenshot(fixture.frame, "compare-calibration");
    }
    SECTION("the ratings behind a cell")
    {
        const auto ratings = ratingsBehind(fixture.workspace.storage(), *view->comparison(), 0, 0);
        app::CellDetailsDialog details(fixture.frame, *view->comparison(), 0, 0, ratings,
                                       fixture.workspace.content());
        details.Show();
        test::saveScreenshot(&details, "compare-cell-details");
        CHECK(details.page()->ToText().Contains(wxString::FromUTF8(ratings.at(0).interviewer)));
    }
}

TEST_CASE("the compare view reads a comparison on another thread, repainting meanwhile", "[gui][compare]")
{
    test::CompareViewFixture fixture;
    app::CompareView view(fixture.frame, fixture.workspace);
    const int64_t openingId = test::addDemoOpening(fixture.workspace.storage(), 3000, 9);
    fixture.frame->SetSize(1000, 700);
    test::pumpEvents();

    // The grid is asked to repaint as the read starts: a window frozen by
    // the read would paint only after it.
    bool reading = false;
    bool paintedDuringRead = false;
    wxWindow* cells = view.grid()->GetGridWindow();
    cells->Bind(wxEVT_PAINT, [&](wxPaintEvent& event) {
        paintedDuringRead = paintedDuringRead || reading;
        event.Skip();
    });
    cells->Refresh();
    reading = true;
    view.reload();
    reading = false;
    CHECK(paintedDuringRead);
    REQUIRE(view.table().comparison() != nullptr);
    CHECK(view.table().comparison()->opening().id == openingId);
    CHECK(view.grid()->GetNumberCols() == 3000);
}

TEST_CASE("the stages the comparison shows are kept for the next time", "[gui][compare]")
{
    test::CompareViewFixture fixture;
    wxConfigBase::Get()->DeleteGroup("/Compare");
    app::Settings settings(*wxConfigBase::Get());
    test::addDemoOpening(fixture.workspace.storage(), 12, 5);
    {
        app::CompareView view(fixture.frame, fixture.workspace, &settings);
        REQUIRE(view.comparison());
        CHECK(view.toolbar()->stages()->stages().empty());
        view.setStages({Stage::Interviewing, Stage::Offer});
    }
    CHECK(settings.compareView().stages == std::vector<Stage>{Stage::Interviewing, Stage::Offer});
    app::CompareView view(fixture.frame, fixture.workspace, &settings);
    CHECK(view.toolbar()->stages()->stages() == std::vector<Stage>{Stage::Interviewing, Stage::Offer});
    REQUIRE(view.comparison());
    for (size_t i = 0; i < view.comparison()->candidateCount(); ++i)
        CHECK((view.comparison()->candidate(i).stage == Stage::Interviewing ||
               view.comparison()->candidate(i).stage == Stage::Offer));
    view.setStages({});
    CHECK(settings.compareView().stages.empty());
}

TEST_CASE("Scorecards still drafts are named for the debrief, without anything in them", "[gui][compare]")
{
    test::CompareViewFixture fixture;
    Storage& storage = fixture.workspace.storage();
    const int64_t openingId = test::addDemoOpening(storage, 6, 5);
    const int64_t applicationId = storage.candidates().candidatesOf(openingId).front().application.id;
    Interview draft;
    draft.applicationId = applicationId;
    draft.interviewer = "Lee Late";
    draft.kind = "panel";
    const int64_t draftId = storage.interviews().add(draft, "Lee Late");
    storage.interviews().setScore(draftId, "communication", 1, "Lee Late");

    app::CompareView view(fixture.frame, fixture.workspace);
    view.selectOpening(openingId);
    REQUIRE(view.comparison());
    CHECK(utf8(view.heading()->GetLabel()).find("1 scorecard still a draft (see Flags)") !=
          std::string::npos);
    const std::string flags = utf8(view.sidePanel()->flagsPage()->ToText());
    CHECK(flags.find("Drafts by") != std::string::npos);
    CHECK(flags.find("Lee Late") != std::string::npos);
    fixture.frame->SetSize(1366, 740);
    view.SetSize(fixture.frame->GetClientSize());
    view.sidePanel()->SetSelection(app::CompareSidePanel::FlagsPage);
    test::pumpEvents();
    test::saveScreenshot(fixture.frame, "compare-flags-drafts");
    const auto row = view.comparison()->rowOf(applicationId);
    REQUIRE(row);
    const std::string brief = utf8(app::candidateBriefPage(*view.comparison(), *row));
    CHECK(brief.find("Still a draft from") != std::string::npos);
    CHECK(brief.find("Lee Late") != std::string::npos);
    // Its score of 1 is nowhere in the comparison.
    const Comparison without = [&] {
        storage.interviews().discardDraft(draftId, "Lee Late");
        return compareOpening(storage, openingId);
    }();
    for (size_t c = 0; c < without.competencyCount(); ++c)
        CHECK(view.comparison()->cell(*row, c).raters ==
              without.cell(*without.rowOf(applicationId), c).raters);
}
