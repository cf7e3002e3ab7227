#include "app/InterviewKindLabel.h"

#include <wx/intl.h>

#include "app/HtmlText.h"
#include "core/interview/Kit.h"

namespace amhire::app {

wxString interviewKindLabel(const std::string& kindId)
{
    const auto kind = parseInterviewKind(kindId);
    return kind ? wxGetTranslation(interviewKindTitle(*kind)) : fromUtf8(kindId);
}

} // namespace amhire::app
