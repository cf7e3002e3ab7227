#include "app/ExportProgressDialog.h"

#include <algorithm>

#include <wx/intl.h>

namespace amhire::app {

namespace {

// Often enough for the elapsed time and a moving gauge; each update also
// handles pending events, which is not free at tens of thousands of rows.
constexpr std::chrono::milliseconds kRedrawEvery{100};

}  // namespace

ExportProgressDialog::ExportProgressDialog(wxWindow* parent, const wxString& fileName,
                                           std::chrono::milliseconds showAfter)
    : parent_(parent), fileName_(fileName), showAt_(std::chrono::steady_clock::now() + showAfter)
{
}

bool ExportProgressDialog::update(std::size_t done, std::size_t total)
{
    const auto now = std::chrono::steady_clock::now();
    if (!dialog_) {
        if (now < showAt_)
            return true;
        dialog_ = std::make_unique<wxProgressDialog>(
            _("Exporting the Comparison"), wxString::Format(_("Writing %s"), fileName_), 100, parent_,
            wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME);
    }
    // 100 would close the dialog (wxPD_AUTO_HIDE) while the file is still
    // being finished: the gauge stops at 99 until the export returns.
    const int percent = total ? static_cast<int>(std::min<std::size_t>(99, done * 100 / total)) : 99;
    if (percent == percentShown_ && now - lastShown_ < kRedrawEvery)
        return !dialog_->WasCancelled();
    percentShown_ = percent;
    lastShown_ = now;
    return dialog_->Update(percent);
}

}  // namespace amhire::app
