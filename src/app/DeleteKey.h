#pragma once

#include <functional>

class wxListCtrl;

namespace amhire::app {

// Runs `remove` when Delete (either key) is pressed on `list`: how a list
// removes its chosen row, after whatever asking `remove` does. Other keys
// keep their usual meaning.
void onDeleteKey(wxListCtrl& list, std::function<void()> remove);

} // namespace amhire::app
