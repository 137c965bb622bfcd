#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace md {

// A prepared, forward-only statement with positional parameters and errors as values. The only
// way repositories talk to the database, so that every statement is parameterised.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    SqlQuery(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values);

    // Positional value; QVariant() binds SQL NULL, a null QString binds ''.
    SqlQuery &bind(const QVariant &value);
    Status exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // "SELECT one number" (or RETURNING one): the first column of the first row, or fallback.
    // Finishes the statement.
    Result<qint64> scalar(qint64 fallback = 0);

    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Maps a failed statement to a StorageError (constraint failures included: the services validate
// first, so reaching a constraint means a bug or a race the caller must report).
Error storageError(const QSqlQuery &query);

} // namespace md
