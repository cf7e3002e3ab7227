#include "app/AmhireApp.h"

wxIMPLEMENT_APP(amhire::app::AmhireApp);
