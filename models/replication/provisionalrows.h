#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace md {

// The rows a replica makes itself when a staff member acts, before the server has answered
// (docs/sync.md, "Provisional rows"). The server gives ids; a replica that gave its own positive
// ids would collide with the server's rows as soon as both had made one. So every row a local
// action inserts into a table with an integer id is renumbered at once to a negative id (the
// foreign keys of every table follow it), and listed under the command that made it. When the
// server answers, the command's provisional rows are dropped and the server's record, which
// travels with the answer, takes their place.
class ProvisionalRows
{
public:
    struct Row
    {
        QString table;
        qint64 id = 0;
        bool main = false; // the record a creating command made
    };
    // Where each table's ids stood before an action: rows above are the action's.
    using Mark = QHash<QString, std::optional<qint64>>;

    explicit ProvisionalRows(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<Mark> mark() const;
    // Renumbers the rows inserted since `mark` to fresh negative ids and lists them under the
    // command; the first new row of `mainTable`, if given, is marked as the command's record.
    // Runs inside the action's write transaction; foreign keys are checked at its commit.
    Result<QList<Row>> adopt(const Mark &mark, const QString &commandId,
                             const QString &mainTable = QString());
    Result<QList<Row>> of(const QString &commandId) const;
    // The provisional id of the record the command made; nullopt when it made none.
    Result<std::optional<qint64>> mainRow(const QString &commandId) const;
    // Deletes the command's provisional rows and forgets them. Run with foreign keys off: rows
    // of other pending actions may still point at them.
    Status discard(const QString &commandId);
    // The server gave the provisional row `from` of `table` the id `to`: every row that refers
    // to it (in any table, through a declared foreign key) now refers to `to`.
    Status redirect(const QString &table, qint64 from, qint64 to);

private:
    Status renumber(const QString &table, qint64 from, qint64 to);
    Result<qint64> nextId();

    QSqlDatabase m_db;
};

} // namespace md
