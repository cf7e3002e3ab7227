#include "core/interview/Autosaver.h"

#include "core/storage/StorageError.h"
#include "core/storage/UtcTime.h"

namespace amhire {
namespace {

// Errors that another try can cure; the rest would fail forever.
bool worthRetrying(StorageErrorKind kind)
{
    switch (kind) {
    case StorageErrorKind::Locked:
    case StorageErrorKind::DiskFull:
    case StorageErrorKind::ReadOnly:
    case StorageErrorKind::Other:
        return true;
    default:
        return false;
    }
}

constexpr auto kFinalFlush = std::chrono::seconds(5);

}  // namespace

Autosaver::Autosaver(Connect connect, Listener listener, std::chrono::milliseconds retryDelay)
    : connect_(std::move(connect)), listener_(std::move(listener)), retryDelay_(retryDelay)
{
    thread_ = std::thread([this] { run(); });
}

Autosaver::Autosaver(std::unique_ptr<Storage> storage, Listener listener, std::chrono::milliseconds retryDelay)
    : storage_(std::move(storage)), listener_(std::move(listener)), retryDelay_(retryDelay)
{
    thread_ = std::thread([this] { run(); });
}

// Until the connection opens, changes wait in the queue and the status says
// why; false when stopped before it could.
bool Autosaver::connect(std::unique_lock<std::mutex>& lock)
{
    while (!storage_) {
        lock.unlock();
        std::string problem;
        try {
            storage_ = connect_();
        } catch (const std::exception& e) {
            problem = e.what();
        }
        lock.lock();
        if (storage_)
            break;
        status_.error = problem;
        status_.retrying = true;
        report(lock);
        if (wake_.wait_for(lock, retryDelay_, [this] { return stopping_; }))
            return false;
    }
    if (status_.retrying) {
        status_.error.reset();
        status_.retrying = false;
        report(lock);
    }
    return true;
}

Autosaver::~Autosaver()
{
    flush(kFinalFlush);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void Autosaver::save(const std::string& key, Write write)
{
    {
        std::unique_lock<std::mutex> lock(mutex_);
        bool replaced = false;
        // The front write may be in the middle of being written; never replace it.
        for (size_t i = writing_ ? 1 : 0; i < queue_.size(); ++i) {
            if (queue_[i].key == key) {
                queue_[i].write = std::move(write);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            queue_.push_back({key, std::move(write)});
        status_.pending = static_cast<int>(queue_.size());
        report(lock);
    }
    wake_.notify_one();
}

bool Autosaver::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(mutex_);
    return drained_.wait_for(lock, timeout, [this] { return queue_.empty(); });
}

SaveStatus Autosaver::status() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

void Autosaver::report(std::unique_lock<std::mutex>& lock)
{
    if (!listener_)
        return;
    const SaveStatus copy = status_;
    lock.unlock();
    listener_(copy);
    lock.lock();
}

void Autosaver::run()
{
    std::unique_lock<std::mutex> lock(mutex_);
    if (!connect(lock)) {
        queue_.clear();  // stopped while the file could not be opened: the status said so
        drained_.notify_all();
        return;
    }
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty())
            return;  // stopping, and nothing left to write
        writing_ = true;
        Write write = queue_.front().write;
        lock.unlock();

        std::optional<StorageError> failure;
        try {
            write(storage_->interviews());
        } catch (const StorageError& e) {
            failure = e;
        } catch (const std::exception& e) {
            failure = StorageError(StorageErrorKind::Other, storage_->location(), e.what());
        }

        lock.lock();
        writing_ = false;
        if (!failure) {
            queue_.pop_front();
            ++status_.saved;
            status_.lastSavedAt = utcNow();
            status_.error.reset();
            status_.retrying = false;
        } else if (worthRetrying(failure->kind()) && !stopping_) {
            status_.error = failure->what();
            status_.retrying = true;
        } else {
            queue_.pop_front();
            status_.error = failure->what();
            status_.retrying = false;
        }
        status_.pending = static_cast<int>(queue_.size());
        report(lock);
        if (queue_.empty())
            drained_.notify_all();
        if (status_.retrying)
            wake_.wait_for(lock, retryDelay_, [this] { return stopping_; });
    }
}

}  // namespace amhire
