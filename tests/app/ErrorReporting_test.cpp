#include <catch2/catch.hpp>

#include <stdexcept>

#include <wx/msgdlg.h>
#include <wx/testing.h>

#include "app/ErrorReporting.h"

namespace {

// Keeps what the error dialog says, then closes it.
class ReadError : public wxExpectModalBase<wxMessageDialog> {
  public:
    ReadError(wxString& message, wxString& details) : message_(message), details_(details) {}

  protected:
    int OnInvoked(wxMessageDialog* dialog) const override
    {
        message_ = dialog->GetMessage();
        details_ = dialog->GetExtendedMessage();
        return wxID_OK;
    }

  private:
    wxString& message_;
    wxString& details_;
};

} // namespace

TEST_CASE("an error names what failed first, and why beneath it", "[gui]")
{
    wxString message, details;
    const std::runtime_error cause("/tmp/x.db is not an amhire database. amhire has not changed it.");
    wxTEST_DIALOG(amhire::app::showError(nullptr, "The database could not be opened", cause),
                  ReadError(message, details));
    CHECK(message == "The database could not be opened");
    CHECK(details == "/tmp/x.db is not an amhire database. amhire has not changed it.");
}
