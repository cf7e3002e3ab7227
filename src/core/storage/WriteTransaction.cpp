#include "core/storage/WriteTransaction.h"

#include "core/storage/Database.h"

namespace amhire {

TransactionStatements::TransactionStatements(SQLite::Database& db)
    : begin(db, "BEGIN IMMEDIATE"), commit(db, "COMMIT"), rollback(db, "ROLLBACK"),
      savepoint(db, "SAVEPOINT amhire_write"), release(db, "RELEASE amhire_write"),
      rollbackToSavepoint(db, "ROLLBACK TO amhire_write")
{
}

WriteTransaction::WriteTransaction(Database& db)
    : statements_(db.transactionStatements()), nested_(db.inTransaction())
{
    run(nested_ ? statements_.savepoint : statements_.begin);
}

WriteTransaction::~WriteTransaction()
{
    if (!open_)
        return;
    // Never throws: we are usually here because something else already did.
    if (nested_) {
        statements_.rollbackToSavepoint.tryExecuteStep();
        statements_.rollbackToSavepoint.tryReset();
        statements_.release.tryExecuteStep();
        statements_.release.tryReset();
    }
    else {
        statements_.rollback.tryExecuteStep();
        statements_.rollback.tryReset();
    }
}

void WriteTransaction::commit()
{
    run(nested_ ? statements_.release : statements_.commit);
    open_ = false;
}

void WriteTransaction::run(SQLite::Statement& statement)
{
    statement.tryReset();
    try {
        statement.exec();
    }
    catch (...) {
        statement.tryReset();
        throw;
    }
    statement.reset();
}

} // namespace amhire
