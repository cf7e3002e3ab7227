// The Candidates view's list, from the mouse and the keyboard: right-click
// (or the Menu key) on a candidate offers what the buttons below the list
// do, and Delete erases, after asking, as the Erase button does.
#include <memory>

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/menu.h>

#include "app/CandidateList.h"
#include "app/CandidatesView.h"
#include "app/DeleteKey.h"

namespace amhire::app {

void CandidatesView::bindListShortcuts()
{
    const size_t stages = std::size(kAllStages);
    firstStageMenuId_ = wxWindow::NewControlId(static_cast<int>(stages));
    // Only the context-menu event: the list's own right-click event comes
    // first on the same click, and answering both showed the menu twice.
    // A right-click chooses the row under the mouse before this arrives.
    candidates_->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent&) { showCandidateMenu(); });
    onDeleteKey(*candidates_, [this] { eraseCandidate(); });
    startInterviewMenuId_ = wxWindow::NewControlId();
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (const int64_t id = candidates_->selectedId(); id && startInterview_)
                startInterview_(id);
        },
        startInterviewMenuId_);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { editCandidate(); }, wxID_EDIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { eraseCandidate(); }, wxID_DELETE);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) { changeStage(kAllStages[event.GetId() - firstStageMenuId_]); },
        firstStageMenuId_, firstStageMenuId_ + static_cast<int>(stages) - 1);
}

std::unique_ptr<wxMenu> CandidatesView::candidateMenu() const
{
    const CandidateApplication* row = candidates_->selected();
    if (!row)
        return nullptr;
    auto menu = std::make_unique<wxMenu>();
    if (startInterview_) {
        menu->Append(startInterviewMenuId_, _("Start &Interview..."));
        menu->AppendSeparator();
    }
    menu->Append(wxID_EDIT, _("&Edit..."));
    menu->Append(wxID_DELETE, _("E&rase...\tDel"));
    menu->AppendSeparator();
    auto* stages = new wxMenu;
    for (size_t i = 0; i < std::size(kAllStages); ++i) {
        wxMenuItem* item = stages->AppendRadioItem(firstStageMenuId_ + static_cast<int>(i),
                                                   wxGetTranslation(stageTitle(kAllStages[i])));
        item->Check(kAllStages[i] == row->application.stage);
    }
    menu->AppendSubMenu(stages, _("Move to &Stage"));
    return menu;
}

void CandidatesView::showCandidateMenu()
{
    if (const auto menu = candidateMenu())
        PopupMenu(menu.get());
}

} // namespace amhire::app
