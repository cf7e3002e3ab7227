#include "app/ErasureLeftovers.h"

#include <wx/intl.h>
#include <wx/msgdlg.h>

#include "app/HtmlText.h"
#include "core/storage/CandidateErasure.h"

namespace amhire::app {

namespace {

// Enough lines to act on without a dialog taller than the screen.
constexpr size_t kLinesShown = 8;

void appendLines(wxString& text, const std::vector<wxString>& lines)
{
    for (size_t i = 0; i < lines.size() && i < kLinesShown; ++i)
        text << "\n\u2022 " << lines[i];
    if (lines.size() > kLinesShown)
        text << "\n" << wxString::Format(_("and %d more"), static_cast<int>(lines.size() - kLinesShown));
}

} // namespace

void showErasureLeftovers(wxWindow* parent, const CandidateErasure& erasure)
{
    wxString details;
    if (!erasure.problems.empty()) {
        details << _(
            "These backups could not be cleaned, so they may still hold the candidate. Delete them to "
            "complete the request:");
        std::vector<wxString> lines;
        for (const std::string& problem : erasure.problems)
            lines.push_back(fromUtf8(problem));
        appendLines(details, lines);
    }
    if (!erasure.damagedCopies.empty()) {
        if (!details.empty())
            details << "\n\n";
        details << _("These raw copies of a damaged database, kept by an earlier restore, cannot be read, so "
                     "they may hold the candidate. Delete them if you no longer need them:");
        std::vector<wxString> lines;
        for (const auto& copy : erasure.damagedCopies)
            lines.push_back(fromUtf8(copy.string()));
        appendLines(details, lines);
    }
    wxMessageDialog dialog(
        parent, _("The candidate was erased from the database, but files beside it may still hold them."),
        _("Erase Candidate"), wxOK | wxICON_WARNING);
    dialog.SetExtendedMessage(details);
    dialog.ShowModal();
}

} // namespace amhire::app
