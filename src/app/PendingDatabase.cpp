#include "app/PendingDatabase.h"

#include "app/FrameWait.h"
#include "core/storage/Storage.h"

namespace amhire::app {

namespace {

// However long a check of the whole file takes, it ends.
constexpr std::chrono::hours kNoTimeOut{24};

}  // namespace

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
    waitAFrameAtATime(
        [this](std::chrono::milliseconds wait) { return opening_.wait_for(wait) == std::future_status::ready; },
        kNoTimeOut);
}

std::unique_ptr<Storage> PendingDatabase::get()
{
    wait();
    return opening_.get();
}

}  // namespace amhire::app
