#include "app/DiagnosticsDialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/HtmlText.h"

namespace amhire::app {

namespace {
wxString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return _("Error");
    case Severity::Warning:
        return _("Warning");
    case Severity::Note:
        return _("Note");
    }
    return {};
}

wxString introFor(DiagnosticsDialog::When when, size_t count)
{
    if (when == DiagnosticsDialog::When::AtStart)
        return wxString::Format(
            wxPLURAL("%zu problem was found. amhire opened with the content that loaded; fix "
                     "the file and choose File > Reload Content to load the rest.",
                     "%zu problems were found. amhire opened with the content that loaded; "
                     "fix these files and choose File > Reload Content to load the rest.",
                     count),
            count);
    return wxString::Format(wxPLURAL("Reading the content files again found %zu problem. Use what loaded, "
                                     "without what the problem affects, or keep the content in use now and "
                                     "reload once the file is fixed.",
                                     "Reading the content files again found %zu problems. Use what loaded, "
                                     "without what the problems affect, or keep the content in use now and "
                                     "reload once the files are fixed.",
                                     count),
                            count);
}
} // namespace

DiagnosticsDialog::DiagnosticsDialog(wxWindow* parent, const Diagnostics& diagnostics, When when)
    : wxDialog(parent, wxID_ANY, _("Problems in the content files"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      diagnostics_(diagnostics)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, introFor(when, diagnostics.size()));
    intro->Wrap(FromDIP(860));
    sizer->Add(intro, 0, wxALL | wxEXPAND, FromDIP(10));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(870, 240)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Location"), wxLIST_FORMAT_LEFT, FromDIP(330));
    list_->AppendColumn(_("Severity"), wxLIST_FORMAT_LEFT, FromDIP(80));
    list_->AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(440));
    wxString all;
    for (const Diagnostic& d : diagnostics) {
        wxString where = fromUtf8(d.path);
        if (d.line > 0)
            where += wxString::Format(":%d:%d", d.line, d.column);
        long row = list_->InsertItem(list_->GetItemCount(), where);
        list_->SetItem(row, 1, severityLabel(d.severity));
        list_->SetItem(row, 2, fromUtf8(d.message));
        all += fromUtf8(d.format()) + "\n";
    }
    sizer->Add(list_, 1, wxLEFT | wxRIGHT | wxEXPAND, FromDIP(10));

    details_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(-1, 70)),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    sizer->Add(details_, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, FromDIP(10));
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { showDetails(event.GetIndex()); });

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* copy = new wxButton(this, wxID_COPY, _("&Copy All"));
    copy->Bind(wxEVT_BUTTON, [all](wxCommandEvent&) {
        if (wxTheClipboard->Open()) {
            wxTheClipboard->SetData(new wxTextDataObject(all));
            wxTheClipboard->Close();
        }
    });
    buttons->Add(copy);
    buttons->AddStretchSpacer();
    if (when == When::AtStart) {
        buttons->Add(new wxButton(this, wxID_OK, _("Continue")));
        SetEscapeId(wxID_OK);
    }
    else {
        auto* keep = new wxButton(this, wxID_CANCEL, _("&Keep Current Content"));
        buttons->Add(keep);
        buttons->Add(new wxButton(this, wxID_OK, _("&Use What Loaded")), 0, wxLEFT, FromDIP(8));
        keep->SetDefault(); // the safe choice: nothing in use changes
        SetEscapeId(wxID_CANCEL);
    }
    sizer->Add(buttons, 0, wxALL | wxEXPAND, FromDIP(10));
    SetSizerAndFit(sizer);

    if (!diagnostics_.empty())
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    showDetails(diagnostics_.empty() ? -1 : 0);
    list_->SetFocus();
}

void DiagnosticsDialog::showDetails(long row)
{
    if (row < 0 || static_cast<size_t>(row) >= diagnostics_.size()) {
        details_->Clear();
        return;
    }
    const Diagnostic& d = diagnostics_[static_cast<size_t>(row)];
    details_->ChangeValue(fromUtf8(d.format()));
}

}  // namespace amhire::app
