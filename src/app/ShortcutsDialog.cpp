#include "app/ShortcutsDialog.h"

#include <memory>

#include <wx/accel.h>
#include <wx/intl.h>
#include <wx/menu.h>

#include "app/HtmlText.h"

namespace amhire::app {

namespace {

struct PageKey {
    const char* keys;
    const char* does;
};

// Keys the pages answer themselves, not through a menu. Each is exercised by
// the page's own tests (InterviewView_test, CandidatesView_test, CompareView_test).
constexpr PageKey kInterviewKeys[] = {
    {wxTRANSLATE("1 to 5"), wxTRANSLATE("Score the chosen competency")},
    {wxTRANSLATE("0"), wxTRANSLATE("Mark the chosen competency not assessed")},
    {wxTRANSLATE("Up, Down"), wxTRANSLATE("Choose the competency above or below")},
    {wxTRANSLATE("Left, Right"), wxTRANSLATE("Previous or next question")},
    {wxTRANSLATE("Alt+Left, Alt+Right"), wxTRANSLATE("Previous or next question while typing a note")},
    {wxTRANSLATE("Esc"), wxTRANSLATE("Leave a note and go back to scoring")},
    {wxTRANSLATE("Delete"), wxTRANSLATE("In your drafts: discard the chosen one, after asking")},
};
constexpr PageKey kCandidatesKeys[] = {
    {wxTRANSLATE("Ctrl+F"), wxTRANSLATE("Search the candidates")},
    {wxTRANSLATE("Enter"), wxTRANSLATE("Edit the chosen candidate")},
    {wxTRANSLATE("Delete"), wxTRANSLATE("Erase the chosen candidate, after asking")},
    {wxTRANSLATE("Ctrl+I"), wxTRANSLATE("Start an interview with the chosen candidate")},
    {wxTRANSLATE("Menu, Shift+F10"),
     wxTRANSLATE("Start an interview with, edit, erase or move the chosen candidate to another stage")},
};
constexpr PageKey kCompareKeys[] = {
    {wxTRANSLATE("Enter"), wxTRANSLATE("The ratings behind the chosen score")},
    {wxTRANSLATE("Ctrl+Space"), wxTRANSLATE("Add the candidate's column to the chart")},
    {wxTRANSLATE("Shift+Space"), wxTRANSLATE("Add the candidate's row to the chart, when transposed")},
};

wxString row(const wxString& keys, const wxString& does)
{
    return "<tr><td nowrap><b>" + escapeHtml(keys) + "</b></td><td>" + escapeHtml(does) + "</td></tr>";
}

template <size_t N> wxString section(const wxString& title, const PageKey (&keys)[N])
{
    wxString html = "<h4>" + escapeHtml(title) + "</h4><table cellpadding=\"3\">";
    for (const PageKey& key : keys)
        html += row(wxGetTranslation(key.keys), wxGetTranslation(key.does));
    return html + "</table>";
}

} // namespace

wxString shortcutsPage(const wxMenuBar& menus)
{
    wxString html = "<h3>" + escapeHtml(_("Keyboard Shortcuts")) + "</h3><h4>" +
                    escapeHtml(_("Menu commands")) + "</h4><table cellpadding=\"3\">";
    for (size_t m = 0; m < menus.GetMenuCount(); ++m) {
        const wxString menu = wxMenuItem::GetLabelText(menus.GetMenuLabel(m));
        for (const wxMenuItem* item : menus.GetMenu(m)->GetMenuItems()) {
            const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel()); // a copy, ours to free
            if (accel)
                html += row(accel->ToString(), menu + " > " + item->GetItemLabelText());
        }
    }
    html += "</table>";
    html += section(_("Interview page"), kInterviewKeys);
    html += section(_("Candidates page"), kCandidatesKeys);
    html += section(_("Compare page"), kCompareKeys);
    return html;
}

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, const wxMenuBar& menus)
    : HtmlPageDialog(parent, _("Keyboard Shortcuts"), shortcutsPage(menus), wxSize(560, 600))
{
}

} // namespace amhire::app
