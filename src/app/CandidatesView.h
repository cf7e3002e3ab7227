#pragma once

#include <functional>

#include <memory>
#include <vector>

#include <wx/panel.h>

#include "app/View.h"
#include "core/storage/Model.h"

class wxListCtrl;
class wxListEvent;
class wxMenu;
class wxButton;
class wxChoice;
class wxSearchCtrl;
class wxStaticText;

namespace amhire::app {

class CandidateList;
class Workspace;

// Openings on the left, the selected opening's candidates on the right, with
// add, edit, erase, stage changes and CSV import.
class CandidatesView : public wxPanel, public View {
public:
  // `startInterview` starts an interview with the candidate given (the
  // list's context menu offers it); none: the menu does not.
  CandidatesView(wxWindow* parent, Workspace& workspace,
                 std::function<void(int64_t candidateId)> startInterview = {});

  void reload() override;
  bool reloadOnlyWhenShown() const override { return true; }

  wxListCtrl* openingList() const { return openings_; }
  CandidateList* candidateList() const { return candidates_; }
  // Narrows the list to the candidates whose name, email or company holds
  // what is typed (Ctrl+F goes to it).
  wxSearchCtrl* candidateSearch() const { return search_; }
  wxStaticText* heading() const { return heading_; }
  wxButton* openingStatusButton() const { return openingStatus_; }
  // The opening whose candidates are shown, or 0.
  int64_t currentOpeningId() const;
  bool selectOpening(int64_t openingId);

  // Actions, also reachable from buttons, menus and tests.
  // Closes the chosen opening when the role is filled (no new interviews
  // start for it; its candidates and scorecards stay), or opens it again.
  void toggleOpeningStatus();
  void addCandidate();
  void editCandidate();
  void eraseCandidate();
  void changeStage(Stage stage);
  void importCsv();
  // Imports a file without asking for it (the dialog-free part of importCsv);
  // shows progress and then a summary of the rows that were skipped.
  void importCsvFile(const wxString& path);
  // Files dropped on the candidate list: one CSV file is imported into the
  // chosen opening (once the drop has finished: the import may show its
  // progress); anything else is refused with a word in the status bar.
  bool importDroppedFiles(const wxArrayString& paths);
  // What right-clicking the chosen candidate offers (edit, erase, stage),
  // or nothing when none is chosen.
  std::unique_ptr<wxMenu> candidateMenu() const;

private:
  void bindListShortcuts(); // CandidateContextMenu.cpp
  void showCandidateMenu();
  void showCandidates();
  // "N candidates", or how many of them match the search.
  void updateHeading();
  // Selects the opening's row without the list's selection event, which
  // would read its candidates a second time; false when it is not listed.
  bool markOpening(int64_t openingId);
  void updateButtons();
  void onOpeningSelected(wxListEvent& event);
  long currentOpeningRow() const; // the chosen opening's row, or -1
  const Opening* currentOpening() const;
  static wxString openingStatusLabel(const std::string& status);

  Workspace& workspace_;

  std::function<void(int64_t)> startInterview_;
  std::vector<Opening> openingRows_;
  wxListCtrl* openings_ = nullptr;
  CandidateList* candidates_ = nullptr;
  wxStaticText* heading_ = nullptr;
  wxSearchCtrl* search_ = nullptr;
  int firstStageMenuId_ = wxID_NONE; // the context menu's stages, in kAllStages order
  int startInterviewMenuId_ = 0;
  wxButton* openingStatus_ = nullptr; // Close Opening, or Reopen Opening when closed
  wxButton* add_ = nullptr;
  wxButton* edit_ = nullptr;
  wxButton* erase_ = nullptr;
  wxButton* import_ = nullptr;
  wxChoice* stage_ = nullptr;
};

}  // namespace amhire::app
