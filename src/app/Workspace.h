#pragma once

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "core/content/Content.h"
#include "core/posting/GenderCodedWords.h"
#include "core/storage/Database.h"
#include "core/storage/InstanceLock.h"
#include "core/storage/Storage.h"

namespace amhire::app {

// What the views work on: the loaded content, the open database (if any) and
// who is using the app. Views hold a reference and re-read on reload().
class Workspace {
public:
  explicit Workspace(const Content& content) : content_(&content) {}

  const Content& content() const { return *content_; }
  // Content read again (File > Reload Content). The caller keeps it alive
  // and has first let go of every view built over the previous content:
  // they hold pointers into it.
  void useContent(const Content& content, GenderCodedWords words)
  {
      content_ = &content;
      words_ = std::move(words);
  }

    bool hasStorage() const { return storage_ != nullptr; }
    // Throws std::logic_error when no database is open; views check first.
    Storage& storage() const;
    const std::filesystem::path& databasePath() const { return databasePath_; }

    // Opens (or creates) a database, replacing the current one only on
    // success; throws StorageError with a message for the user otherwise
    // (Locked when another amhire window has it open). A backup of it is due.
    void openDatabase(const std::filesystem::path& path, OpenMode mode);
    // The two halves of openDatabase. openStorage checks the whole file
    // (quick_check) and migrates it, and may run on any thread, so start-up
    // can do it while the window is built; useDatabase makes the result the
    // current database on the GUI thread.
    static std::unique_ptr<Storage> openStorage(const std::filesystem::path& path, OpenMode mode);
    // Skip is for a file reopened straight after a restore: its content is
    // a backup already, and another copy would push an older one out.
    enum class BackupOnOpen { Take, Skip };
    void useDatabase(const std::filesystem::path& path, std::unique_ptr<Storage> opened,
                     BackupOnOpen backup = BackupOnOpen::Take);
    void closeDatabase();
    ~Workspace();

    // Starts the backup due since the last opening, on a thread of its own
    // (a full copy of a large file takes longer than anyone should wait for a
    // window). The main frame calls it once its window is up.
    void startBackup();
    // Why the backup of the last opened file failed, for the user; empty when
    // it worked. Opening does not fail for this. Starts it if still due and
    // waits for it to finish.
    std::string backupProblem();
    // The same without waiting: std::nullopt while the backup is due or running.
    std::optional<std::string> finishedBackupProblem();

    // The gender-coded word lists for posting checks, read with the content.
    const GenderCodedWords& genderCodedWords() const { return words_; }
    void setGenderCodedWords(GenderCodedWords words) { words_ = std::move(words); }

    // The opening last chosen on the Candidates or Compare page, which the
    // other page then shows too; 0 for none. Another database starts with none.
    int64_t currentOpening() const { return currentOpening_; }
    void setCurrentOpening(int64_t openingId) { currentOpening_ = openingId; }

    const std::string& actor() const { return actor_; }
    void setActor(std::string actor) { actor_ = std::move(actor); }

private:
  const Content* content_;
  std::unique_ptr<Storage> storage_;
  std::filesystem::path databasePath_;
  std::optional<InstanceLock> instanceLock_; // held while storage_ is open
  std::string backupProblem_;
  bool backupDue_ = false;          // opened, and its backup not started yet
  std::future<std::string> backup_; // the backup of the file just opened, while it runs
  std::string actor_ = "amhire";
  int64_t currentOpening_ = 0;
  GenderCodedWords words_;
};

}  // namespace amhire::app
