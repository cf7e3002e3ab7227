#pragma once

class wxWindow;

namespace amhire {
struct CandidateErasure;
}

namespace amhire::app {

// Tells the user, after a candidate was erased from the database, which
// backups or damaged copies may still hold them and what to do about it: a
// privacy request is not done until those files are dealt with.
void showErasureLeftovers(wxWindow* parent, const CandidateErasure& erasure);

} // namespace amhire::app
