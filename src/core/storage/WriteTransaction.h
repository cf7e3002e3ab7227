#pragma once

#include <SQLiteCpp/Statement.h>

namespace amhire {

class Database;

// Prepared once per connection: transactions are on the hot path of every save.
struct TransactionStatements {
    explicit TransactionStatements(SQLite::Database& db);

    SQLite::Statement begin; // BEGIN IMMEDIATE
    SQLite::Statement commit;
    SQLite::Statement rollback;
    SQLite::Statement savepoint; // SAVEPOINT amhire_write
    SQLite::Statement release;
    SQLite::Statement rollbackToSavepoint;
};

// One atomic write: BEGIN IMMEDIATE … COMMIT, or a savepoint when an outer
// transaction is already open (an import or demo data batch), so each store
// call stays all-or-nothing either way. Rolls back unless commit() was called.
//
// IMMEDIATE takes the write lock up front: in WAL mode a deferred transaction
// that reads and then writes can fail at once with SQLITE_BUSY instead of
// waiting for the busy timeout.
class WriteTransaction {
  public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Returns once the change is durable (or, when nested, part of the outer transaction).
    void commit();

  private:
    static void run(SQLite::Statement& statement);

    TransactionStatements& statements_;
    bool nested_ = false;
    bool open_ = true;
};

} // namespace amhire
