#pragma once

#include <functional>
#include <vector>

#include <wx/panel.h>
#include <wx/timer.h>

#include "core/posting/Posting.h"
#include "core/posting/PostingChecks.h"
#include "core/posting/PostingPreview.h"

class wxHtmlWindow;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace amhire::app {

class PostingForm;
class Settings;
class Workspace;

// Template + level + company details → a publish-ready posting: live preview,
// readiness checks (click one to see it highlighted), copy, save, and
// "create opening" which stores it with its scorecard.
class PostingsView : public wxPanel {
public:
  // With `settings`, the form starts as it was last left (see PostingDraft)
  // and is kept there as it is typed.
  PostingsView(wxWindow* parent, Workspace& workspace, GenderCodedWords words,
               std::function<void(int64_t openingId)> onOpeningCreated, Settings* settings = nullptr);
  ~PostingsView() override;

  PostingForm* form() const { return form_; }
  wxHtmlWindow* preview() const { return preview_; }
  wxListCtrl* findingList() const { return findings_; }
  const Posting& posting() const { return posting_; }
  const PostingReport& report() const { return report_; }

  // Renders and checks the form now (typing does this after a short pause).
  void refresh();
  void highlightFinding(long index);

  enum class Format { Markdown, Html, Text };
  std::string postingAs(Format format) const;
  void copyToClipboard(Format format);
  // File > Save: asks where and in which format, then saveTo.
  void saveToFile();
  // Writes the current posting in the format of the dialog's filter
  // (0 Markdown, 1 HTML, 2 text) unless the file's extension asks for
  // another; a failure is shown to the user, and false returned.
  bool saveTo(const wxString& path, int filterIndex);
  // Stores an opening made from the posting; returns its id, or 0 if refused.
  int64_t createOpening();
  // Clears what was typed into the form, after asking when there is any.
  void newPosting();

private:
    void onFindingSelected(wxListEvent& event);
    // saveTo without rendering first: the caller has.
    bool write(const wxString& path, int filterIndex);
    void keepDraft();

    Workspace& workspace_;
    Settings* settings_;
    PostingPreviewer previewer_;  // remembers the template's blocks between keystrokes
    std::function<void(int64_t)> onOpeningCreated_;
    PostingForm* form_ = nullptr;
    wxHtmlWindow* preview_ = nullptr;
    wxListCtrl* findings_ = nullptr;
    std::vector<wxStaticText*> summary_; // readiness, length, wording
    wxTimer typingPause_;
    Posting posting_;
    PostingReport report_;
    int saveFilter_ = 0; // the Save dialog's format last chosen (PostingFileFormat's order)
};

}  // namespace amhire::app
