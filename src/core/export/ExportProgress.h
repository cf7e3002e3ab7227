#pragma once

#include <algorithm>
#include <cstddef>

#include "core/export/ExportError.h"
#include "core/export/ExportOptions.h"

namespace amhire {

// An export its caller stopped (ExportOptions::progress returned false).
class ExportCancelled : public ExportError {
  public:
    ExportCancelled() : ExportError("The export was cancelled.") {}
};

// Counts an export's work for ExportOptions::progress: `passes` passes over
// the comparison's `rows`, each row ticked as it is written. Says where it is
// at the start and at every tick; throws ExportCancelled when told to stop.
class ExportProgress {
  public:
    ExportProgress(const ExportOptions& options, size_t rows, size_t passes)
        : report_(options.progress ? &options.progress : nullptr), total_(rows * passes)
    {
        tell();
    }

    void tick()
    {
        ++done_;
        tell();
    }

  private:
    void tell() const
    {
        if (report_ && !(*report_)(std::min(done_, total_), total_))
            throw ExportCancelled();
    }

    const ExportProgressReport* report_;  // in the options, which outlive the export
    size_t done_ = 0;
    size_t total_;
};

} // namespace amhire
