#pragma once

#include <array>
#include <functional>

#include <wx/panel.h>

#include "app/PostingDraft.h"
#include "core/posting/PostingInput.h"

class wxChoice;
class wxTextCtrl;

namespace amhire {
class Content;
struct JobTemplate;
}

namespace amhire::app {

// The hiring manager's side of a posting: template, level and the values for
// its placeholders, with pay prefilled from the level's band. Calls
// `onChange` after every edit so the preview can follow the typing.
class PostingForm : public wxPanel {
public:
    PostingForm(wxWindow* parent, const Content& content, std::function<void()> onChange);

    // The template chosen, or null when the content has none.
    const JobTemplate* jobTemplate() const;
    PostingInput input() const;
    // Why the pay fields cannot be used, or empty (e.g. "Pay minimum is not a number").
    wxString payProblem() const;

    bool selectTemplate(const std::string& templateId);
    bool selectLevel(Level level);
    wxTextCtrl* field(const char* name) const;  // "company", "location", "team", "reports_to", "pay_min", …

    // Whether anything was typed beyond what the template fills in (pay at the band).
    bool hasTyped() const;
    // Empties what was typed and puts pay back to the level's band; the
    // template and level stay.
    void clearTyped();

    PostingDraft draft() const;
    // Chooses the draft's template and level where the content still has
    // them, and puts back what was typed; pay left at the band it was
    // drafted with takes the level's band as the content has it now.
    void restore(const PostingDraft& draft);

  private:
    using NamedField = std::pair<const char*, wxTextCtrl*>;
    std::array<NamedField, 10> namedFields() const;
    bool isPayField(const wxTextCtrl* ctrl) const;
    // The chosen level's band, or null when the content offers none.
    const LevelBand* band() const;
    // Whether the pay fields hold anything but the band's figures.
    bool payTyped() const;
    void fillLevels();
    void prefillPay();
    void changed();

    const Content& content_;
    std::function<void()> onChange_;
    wxChoice* template_ = nullptr;
    wxChoice* level_ = nullptr;
    wxChoice* workModel_ = nullptr;
    wxTextCtrl* company_ = nullptr;
    wxTextCtrl* location_ = nullptr;
    wxTextCtrl* team_ = nullptr;
    wxTextCtrl* reportsTo_ = nullptr;
    wxTextCtrl* payMin_ = nullptr;
    wxTextCtrl* payMax_ = nullptr;
    wxTextCtrl* oteMin_ = nullptr;
    wxTextCtrl* oteMax_ = nullptr;
    wxTextCtrl* benefits_ = nullptr;
    wxTextCtrl* howToApply_ = nullptr;
};

}  // namespace amhire::app
