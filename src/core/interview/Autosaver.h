#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/storage/Storage.h"

namespace amhire {

// What the "saved" indicator shows.
struct SaveStatus {
    int pending = 0;                   // changes not yet written
    uint64_t saved = 0;                // changes written since the saver started
    std::string lastSavedAt;           // UTC time of the last write
    std::optional<std::string> error;  // why the last write failed, until one succeeds
    bool retrying = false;             // the failed change is kept and tried again
};

// Writes an interview's changes on a thread of its own, over its own
// connection, so the interviewer's screen never waits for the disk: a save is
// one durable (fsync'ed) transaction, quick at the median but with a long tail
// on a busy disk. Changes to the same thing (the same key, e.g. the notes of
// one competency) that are still waiting collapse into the newest one, so
// typing fast never builds a queue. A write that fails for a reason that may
// pass (locked, disk full, I/O error) stays first in line and is retried; one
// that can never succeed (the scorecard was submitted elsewhere) is dropped
// and reported. Nothing is ever silently lost: the status says what is pending.
class Autosaver {
  public:
    using Write = std::function<void(InterviewStore&)>;
    // Called on the saver's thread after every change of status.
    using Listener = std::function<void(const SaveStatus&)>;

    // Opens the saver's own connection, on the saver's thread: opening checks
    // the whole file, which on a large database takes longer than a frame.
    using Connect = std::function<std::unique_ptr<Storage>()>;

    Autosaver(Connect connect, Listener listener,
              std::chrono::milliseconds retryDelay = std::chrono::milliseconds(500));
    Autosaver(std::unique_ptr<Storage> storage, Listener listener,
              std::chrono::milliseconds retryDelay = std::chrono::milliseconds(500));
    // Writes what is pending (waiting up to a few seconds), then stops.
    ~Autosaver();
    Autosaver(const Autosaver&) = delete;
    Autosaver& operator=(const Autosaver&) = delete;

    // Queues a write; replaces a waiting write with the same key.
    void save(const std::string& key, Write write);
    // Waits until nothing is pending; false if that did not happen in time
    // (the status then says why).
    bool flush(std::chrono::milliseconds timeout);
    SaveStatus status() const;

  private:
    struct PendingWrite {
        std::string key;
        Write write;
    };

    void run();
    bool connect(std::unique_lock<std::mutex>& lock);
    void report(std::unique_lock<std::mutex>& lock);

    Connect connect_;
    std::unique_ptr<Storage> storage_;  // used on the saver's thread only
    Listener listener_;
    std::chrono::milliseconds retryDelay_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable drained_;
    std::deque<PendingWrite> queue_;
    bool writing_ = false;  // the front write is being written, so it may not be replaced
    bool stopping_ = false;
    SaveStatus status_;
    std::thread thread_;
};

}  // namespace amhire
