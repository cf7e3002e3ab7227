#include "app/PendingDatabase.h"

#include "app/FrameWait.h"
#include "core/storage/Storage.h"

namespace amhire::app {

PendingDatabase::PendingDatabase(const wxString& path, std::future<std::unique_ptr<Storage>> opening)
    : path_(path), opening_(std::move(opening))
{
}

bool PendingDatabase::ready() const
{
    return opening_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void PendingDatabase::wait()
{
    waitAFrameAtATimeFor(opening_);
}

std::unique_ptr<Storage> PendingDatabase::get()
{
    wait();
    return opening_.get();
}

}  // namespace amhire::app
