// CSV import for the candidates view: file choice, progress with Cancel, and
// a summary of the rows that were skipped and why.
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>

#include "app/CandidatesView.h"
#include "app/ErrorReporting.h"
#include "app/HtmlText.h"
#include "app/Workspace.h"
#include "core/import/CandidateCsvImport.h"

namespace amhire::app {

namespace {

wxString importedSummary(size_t imported)
{
    return wxString::Format(wxPLURAL("Imported %zu candidate.", "Imported %zu candidates.", imported),
                            imported);
}

class ProgressDialogAdapter : public ImportProgress {
public:
    explicit ProgressDialogAdapter(wxWindow* parent)
        : dialog_(_("Importing Candidates"), _("Reading the file..."), 100, parent,
                  wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME)
    {
    }
    bool onProgress(std::size_t done, std::size_t total) override
    {
        const int percent = total ? static_cast<int>(done * 100 / total) : 100;
        return dialog_.Update(std::min(percent, 99), wxString::Format(_("%zu of %zu rows"), done, total));
    }

private:
    wxProgressDialog dialog_;
};

constexpr size_t kProblemsShown = 15;

}  // namespace

void CandidatesView::importCsv()
{
    if (!currentOpeningId())
        return;
    wxFileDialog dialog(this, _("Import Candidates"), wxString(), wxString(),
                        _("CSV files (*.csv)|*.csv|All files (*)|*"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        importCsvFile(dialog.GetPath());
}

bool CandidatesView::importDroppedFiles(const wxArrayString& paths)
{
    if (!currentOpeningId() || !workspace_.hasStorage()) {
        wxLogStatus(_("Choose an opening first: dropped candidates are imported into it."));
        return false;
    }
    if (paths.size() != 1 || !wxFileName(paths[0]).GetExt().IsSameAs("csv", false)) {
        wxLogStatus(_("Drop one CSV file to import its candidates."));
        return false;
    }
    CallAfter([this, path = paths[0]] { importCsvFile(path); });
    return true;
}

void CandidatesView::importCsvFile(const wxString& path)
{
    const int64_t openingId = currentOpeningId();
    if (!openingId || !workspace_.hasStorage())
        return;
    ImportResult result;
    try {
        ProgressDialogAdapter progress(this);
        result = importCandidateCsv(workspace_.storage(), toUtf8(path), openingId, workspace_.actor(), &progress);
    } catch (const std::exception& e) {
        showError(this, _("The candidates were not imported"), e);
        return;
    }
    showCandidates();
    if (result.cancelled) {
        wxLogStatus(_("Import cancelled; nothing was imported."));
        return;
    }
    if (!result.error.empty()) {
        wxMessageBox(fromUtf8(result.error), _("The candidates were not imported"), wxOK | wxICON_ERROR, this);
        return;
    }
    wxLogStatus("%s", importedSummary(result.imported) + " " +
                          wxString::Format(wxPLURAL("Skipped %zu row.", "Skipped %zu rows.", result.skipped),
                                           result.skipped));
    if (result.problems.empty())
        return;
    wxString details;
    for (size_t i = 0; i < result.problems.size() && i < kProblemsShown; ++i)
        details += wxString::Format(_("Line %d: %s\n"), result.problems[i].line, fromUtf8(result.problems[i].message));
    if (result.problems.size() > kProblemsShown)
        details += wxString::Format(_("... and %zu more."), result.problems.size() - kProblemsShown);
    wxMessageDialog summary(
        this,
        importedSummary(result.imported) + " " +
            wxString::Format(wxPLURAL("%zu row was skipped:", "%zu rows were skipped:", result.skipped),
                             result.skipped),
        _("Import Finished"), wxOK | wxICON_WARNING);
    summary.SetExtendedMessage(details);
    summary.ShowModal();
}

}  // namespace amhire::app
