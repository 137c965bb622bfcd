#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace md {

// Prepared statements of one connection, kept for reuse: preparing (parsing and planning) costs
// more than executing most of our statements, and repositories run the same SQL text again and
// again. A statement is lent to one SqlQuery at a time; a second concurrent use of the same text
// (e.g. nested) falls back to a fresh statement. The cache belongs to the connection's holder in
// Database and is cleared before the connection closes.
class StatementCache
{
public:
    // The cache of the named connection on this thread, or nullptr (no cache: prepare afresh).
    static StatementCache *forConnection(const QString &connectionName);
    static void attach(const QString &connectionName, StatementCache *cache);
    static void detach(const QString &connectionName);

    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    {}

    // A prepared statement for sql, or nullptr when it is already lent out or fails to prepare.
    QSqlQuery *acquire(const QString &sql);
    void release(QSqlQuery *query);
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        std::shared_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    QSqlDatabase m_db;
    QHash<QString, Entry> m_entries;
    QHash<const QSqlQuery *, QString> m_keys;
};

} // namespace md
