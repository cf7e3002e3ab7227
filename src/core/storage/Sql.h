#pragma once

// Small helpers for the SQLite store classes; not part of the storage API.

#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace amhire::sql {

// Resets a reused prepared statement when a call is done with it, however it
// leaves: a statement left mid-step would hold a read snapshot open and keep
// checkpoints and VACUUM from finishing.
class ResetOnExit {
  public:
    explicit ResetOnExit(SQLite::Statement& statement) : statement_(statement) { statement_.tryReset(); }
    ~ResetOnExit() { statement_.tryReset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

  private:
    SQLite::Statement& statement_;
};

template <class T> void bindOptional(SQLite::Statement& statement, int index, const std::optional<T>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

inline void bindOptional(SQLite::Statement& statement, int index, const std::optional<long>& value)
{
    if (value)
        statement.bind(index, static_cast<int64_t>(*value));
    else
        statement.bind(index);
}

inline std::optional<int> optionalInt(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getInt();
}

inline std::optional<long> optionalLong(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return static_cast<long>(column.getInt64());
}

inline std::optional<std::string> optionalText(const SQLite::Column& column)
{
    if (column.isNull())
        return std::nullopt;
    return column.getString();
}

} // namespace amhire::sql
