#include "app/PostingsView.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/filedlg.h>
#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "app/ErrorReporting.h"
#include "app/FileStem.h"
#include "app/FlowingTexts.h"
#include "app/HtmlPalette.h"
#include "app/HtmlText.h"
#include "app/PostingForm.h"
#include "app/Settings.h"
#include "app/ThemedHtmlWindow.h"
#include "app/Workspace.h"
#include "core/openings/NewOpening.h"
#include "core/posting/PostingFile.h"
#include "core/posting/PostingFormats.h"

namespace amhire::app {

namespace {

constexpr int kTypingPauseMs = 250;

// wxHtmlWindow knows no <mark>; a highlighted span it can draw, with an
// anchor to scroll to.
wxString forHtmlWindow(const std::string& html)
{
    const HtmlPalette& palette = HtmlPalette::forPages();
    wxString page = fromUtf8(html);
    page.Replace("<mark>",
                 wxString::Format("<a name=\"finding\"></a><span style=\"background-color: %s; color: %s\">",
                                  palette.finding, palette.findingText));
    page.Replace("</mark>", "</span>");
    return page;
}

wxString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return _("Blocking");
    case Severity::Warning: return _("Warning");
    case Severity::Note: return _("Note");
    }
    return {};
}

}  // namespace

PostingsView::PostingsView(wxWindow* parent, Workspace& workspace, GenderCodedWords words,
                           std::function<void(int64_t)> onOpeningCreated, Settings* settings)
    : wxPanel(parent), workspace_(workspace), settings_(settings), previewer_(std::move(words)),
      onOpeningCreated_(std::move(onOpeningCreated)), typingPause_(this)
{
    auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    auto* scroller = new wxScrolledWindow(splitter);
    form_ = new PostingForm(scroller, workspace_.content(), [this] { typingPause_.StartOnce(kTypingPauseMs); });
    auto* scrollSizer = new wxBoxSizer(wxVERTICAL);
    scrollSizer->Add(form_, 1, wxEXPAND);
    scroller->SetSizer(scrollSizer);
    scroller->SetScrollRate(0, FromDIP(10));

    auto* right = new wxSplitterWindow(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    preview_ = new ThemedHtmlWindow(right, wxID_ANY);
    auto* checks = new wxPanel(right);
    // The readiness, the length and the wording, each on a line of its own when narrow.
    wxSizer* summary = flowingTexts(checks, {wxString(), wxString(), wxString()}, FromDIP(16), &summary_);
    findings_ = new wxListCtrl(checks, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    findings_->AppendColumn(_("Check"), wxLIST_FORMAT_LEFT, FromDIP(80));
    findings_->AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(60));
    findings_->AppendColumn(_("Finding"), wxLIST_FORMAT_LEFT, FromDIP(560));
    // The buttons go onto a second row when the pane is too narrow for one.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto button = [&](const wxString& label, std::function<void()> action) {
        auto* b = new wxButton(checks, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, FromDIP(6));
    };
    button(_("Create &Opening"), [this] { createOpening(); });
    button(_("Copy &Markdown"), [this] { copyToClipboard(Format::Markdown); });
    button(_("Copy &HTML"), [this] { copyToClipboard(Format::Html); });
    button(_("Copy Te&xt"), [this] { copyToClipboard(Format::Text); });
    button(_("&Save As..."), [this] { saveToFile(); });
    button(_("&New Posting"), [this] { newPosting(); });
    auto* checksSizer = new wxBoxSizer(wxVERTICAL);
    checksSizer->Add(summary, 0, wxALL | wxEXPAND, FromDIP(6));
    checksSizer->Add(findings_, 1, wxEXPAND);
    checksSizer->Add(buttons, 0, wxLEFT | wxTOP | wxEXPAND, FromDIP(6));
    checks->SetSizer(checksSizer);
    right->SplitHorizontally(preview_, checks, -FromDIP(230));
    right->SetSashGravity(1.0);
    right->SetMinimumPaneSize(FromDIP(120));

    splitter->SplitVertically(scroller, right, FromDIP(400));
    splitter->SetMinimumPaneSize(FromDIP(250));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter, 1, wxEXPAND);
    SetSizer(sizer);

    if (settings_)
        if (const auto draft = settings_->postingDraft())
            form_->restore(*draft);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        refresh();
        keepDraft();
    });
    findings_->Bind(wxEVT_LIST_ITEM_SELECTED, &PostingsView::onFindingSelected, this);
    refresh();
}

void PostingsView::newPosting()
{
    if (form_->hasTyped()) {
        wxMessageDialog ask(this, _("Start a new posting?"), _("New Posting"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
        ask.SetExtendedMessage(
            _("What you typed into this one is cleared, and pay goes back to the level's band. "
              "The industry and level stay."));
        ask.SetYesNoLabels(_("&Clear"), _("&Keep"));
        if (ask.ShowModal() != wxID_YES)
            return;
    }
    form_->clearTyped();
    refresh();
    keepDraft();
    wxLogStatus(_("New posting: the form is cleared."));
}

PostingsView::~PostingsView()
{
    // What was typed since the last pause, as the window closes or the
    // content is reloaded.
    keepDraft();
}

void PostingsView::keepDraft()
{
    if (!settings_)
        return;
    settings_->setPostingDraft(form_->draft());
    // Written out now, so a crash or a killed session keeps it too. Quietly:
    // on a full disk the form still holds the text, and a dialog after every
    // pause in typing would only be in the way (quitting reports it).
    wxLogNull quiet;
    settings_->flush();
}

void PostingsView::refresh()
{
    const JobTemplate* t = form_->jobTemplate();
    if (!t || t->levels.empty())
        return;
    const PostingInput input = form_->input();
    PostingPreview preview;
    try {
        preview = previewer_.preview(*t, input);
    } catch (const std::exception& e) {
        preview_->SetPage(escapeHtml(describeException(e)));
        return;
    }
    posting_ = std::move(preview.posting);
    report_ = std::move(preview.report);
    if (const wxString pay = form_->payProblem(); !pay.empty())
        report_.findings.insert(report_.findings.begin(), Finding{Severity::Error, "pay-input", toUtf8(pay), 1, 1, 0, 0});
    // What blocks publishing first, then warnings, then notes; each in
    // reading order, as the checks found them.
    std::stable_sort(report_.findings.begin(), report_.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });

    const int scrollY = preview_->GetViewStart().y;
    preview_->SetPage(forHtmlWindow(preview.html));
    preview_->Scroll(0, scrollY);  // keep the reader's place while they type

    findings_->DeleteAllItems();
    int blocking = 0;
    for (size_t i = 0; i < report_.findings.size(); ++i) {
        const Finding& f = report_.findings[i];
        blocking += f.severity == Severity::Error;
        long row = findings_->InsertItem(static_cast<long>(i), severityLabel(f.severity));
        findings_->SetItem(row, 1, wxString::Format("%d:%d", f.line, f.column));
        findings_->SetItem(row, 2, fromUtf8(f.message));
        if (f.severity == Severity::Error)
            findings_->SetItemTextColour(row, wxColour(0xA4, 0x26, 0x2C));
    }
    summary_[0]->SetLabel(
        blocking
            ? wxString::Format(wxPLURAL("%d blocking problem", "%d blocking problems", blocking), blocking)
            : wxString(_("Ready to publish")));
    summary_[1]->SetLabel(wxString::Format(
        wxPLURAL("%d word, reading ease %.0f", "%d words, reading ease %.0f", report_.wordCount),
        report_.wordCount, report_.fleschReadingEase));
    summary_[2]->SetLabel(wxString::Format(_("wording: %s (%d masculine-coded, %d feminine-coded)"),
                                           fromUtf8(report_.verdict), report_.masculineCount,
                                           report_.feminineCount));
    summary_[0]->GetParent()->Layout();
}

void PostingsView::highlightFinding(long index)
{
    if (index < 0 || index >= static_cast<long>(report_.findings.size()))
        return;
    const Finding& f = report_.findings[static_cast<size_t>(index)];
    preview_->SetPage(forHtmlWindow(toHtmlHighlighting(posting_.markdown, f.offset, f.length)));
    if (f.length > 0)
        preview_->LoadPage("#finding");  // a bare anchor scrolls within the current page
    else
        preview_->Scroll(0, 0);  // about the whole text: show it from the top
}

void PostingsView::onFindingSelected(wxListEvent& event) { highlightFinding(event.GetIndex()); }

std::string PostingsView::postingAs(Format format) const
{
    switch (format) {
    case Format::Markdown: return posting_.markdown;
    case Format::Html: return toHtml(posting_.markdown);
    case Format::Text: return toPlainText(posting_.markdown);
    }
    return posting_.markdown;
}

void PostingsView::copyToClipboard(Format format)
{
    wxClipboardLocker lock;
    if (!lock) {
        wxLogStatus(_("The clipboard is busy; try again."));
        return;
    }
    wxTheClipboard->SetData(new wxTextDataObject(fromUtf8(postingAs(format))));
    wxTheClipboard->Flush();  // keep it after amhire quits
    wxLogStatus(_("The posting was copied."));
}

void PostingsView::saveToFile()
{
    refresh();
    // Named after the posting, in the format chosen last time.
    const auto format = static_cast<PostingFileFormat>(std::clamp(saveFilter_, 0, 2));
    wxFileDialog dialog(this, _("Save Posting"), wxString(),
                        fileStem(fromUtf8(posting_.title), "posting") + "." + postingFileFormatId(format),
                        _("Markdown (*.md)|*.md|HTML page (*.html)|*.html|Plain text (*.txt)|*.txt"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    dialog.SetFilterIndex(saveFilter_);
    if (dialog.ShowModal() != wxID_OK)
        return;
    saveFilter_ = std::clamp(dialog.GetFilterIndex(), 0, 2);
    wxString path = dialog.GetPath();
    if (!postingFileFormatFor(toUtf8(path))) // no extension typed: the filter's
        path += wxString(".") + postingFileFormatId(static_cast<PostingFileFormat>(saveFilter_));
    write(path, saveFilter_);
}

bool PostingsView::saveTo(const wxString& path, int filterIndex)
{
    refresh();
    return write(path, filterIndex);
}

bool PostingsView::write(const wxString& path, int filterIndex)
{
    // The filters are in PostingFileFormat's order; an extension typed by hand wins.
    const auto chosen = static_cast<PostingFileFormat>(std::clamp(filterIndex, 0, 2));
    const PostingFileFormat format = postingFileFormatFor(toUtf8(path)).value_or(chosen);
    try {
        savePosting(posting_, format, toUtf8(path));
    }
    catch (const std::exception& e) {
        showError(this, _("The posting was not saved"), e);
        return false;
    }
    wxLogStatus(_("Saved %s"), path);
    return true;
}

int64_t PostingsView::createOpening()
{
    refresh();
    if (!workspace_.hasStorage()) {
        wxMessageBox(_("Open or create a database first (File menu)."), _("Create Opening"), wxOK | wxICON_INFORMATION,
                     this);
        return 0;
    }
    if (report_.blocking()) {
        wxMessageBox(_("Fix the blocking problems listed under the preview first: a posting with unfilled fields or "
                       "no valid pay range is not ready."),
                     _("Create Opening"), wxOK | wxICON_WARNING, this);
        return 0;
    }
    try {
        const Content& content = workspace_.content();
        const int64_t id = workspace_.storage().openings().add(
            makeOpening(content, *form_->jobTemplate(), form_->input()), workspace_.actor());
        wxLogStatus(_("Created the opening \"%s\"."), fromUtf8(posting_.title));
        if (onOpeningCreated_)
            onOpeningCreated_(id);
        return id;
    } catch (const std::exception& e) {
        showError(this, _("The opening was not created"), e);
        return 0;
    }
}

}  // namespace amhire::app
