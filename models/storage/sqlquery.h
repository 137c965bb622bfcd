#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace md {

class StatementCache;

// A prepared, forward-only statement with positional parameters and errors as values. The only
// way repositories talk to the database, so that every statement is parameterised. Statements
// come from the connection's StatementCache when it has one, so repeated SQL is prepared once.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    SqlQuery(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Positional value; QVariant() binds SQL NULL, a null QString binds ''.
    SqlQuery &bind(const QVariant &value);
    // Starts binding from the first placeholder again, to run the statement for another row.
    void rebind() { m_bound = 0; }
    Status exec();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    int integer(int column) const { return m_query->value(column).toInt(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // "SELECT one number" (or RETURNING one): the first column of the first row, or fallback.
    // Finishes the statement.
    Result<qint64> scalar(qint64 fallback = 0);

    QSqlQuery &raw() { return *m_query; }

private:
    StatementCache *m_cache = nullptr; // set when m_query is lent by the connection's cache
    std::optional<QSqlQuery> m_own;    // a statement of our own otherwise
    QSqlQuery *m_query = nullptr;
    int m_bound = 0;
    bool m_prepared = false;
};

// Maps a failed statement to a StorageError (constraint failures included: the services validate
// first, so reaching a constraint means a bug or a race the caller must report).
Error storageError(const QSqlQuery &query);

} // namespace md
