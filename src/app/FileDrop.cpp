#include "app/FileDrop.h"

namespace amhire::app {

bool FileDrop::OnDropFiles(wxCoord, wxCoord, const wxArrayString& paths)
{
    return accept_(paths);
}

} // namespace amhire::app
