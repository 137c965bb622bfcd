#include "writetransaction.h"

#include "changelog.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace md {

namespace {

Status execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return makeError(
            ErrorCode::StorageError,
            DomainText::tr("The database refused the change: %1").arg(q.lastError().text()));
    }
    return {};
}

QString savepointName(int level)
{
    return QStringLiteral("md_sp%1").arg(level);
}

} // namespace

WriteTransaction::WriteTransaction(const Database &database)
    : m_database(database)
    , m_db(database.connection())
{
    int &depth = m_database.transactionDepth();
    m_level = depth + 1;
    if (m_level == 1)
        m_database.lockWriter();
    m_began = execute(m_db, m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT ") + savepointName(m_level));
    if (m_began) {
        depth = m_level;
        m_open = true;
    } else if (m_level == 1) {
        m_database.unlockWriter();
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::StorageError, DomainText::tr("No open transaction to commit."));
    Status s = execute(m_db, m_level == 1 ? QStringLiteral("COMMIT")
                                          : QStringLiteral("RELEASE ") + savepointName(m_level));
    if (!s) {
        rollback();
        return s;
    }
    m_open = false;
    m_database.transactionDepth() = m_level - 1;
    if (m_level == 1) {
        ChangeLog::transactionEnded(true);
        m_database.unlockWriter();
    }
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    // A failed rollback leaves nothing to do but report; SQLite rolls back on close anyway.
    if (m_level == 1) {
        (void)execute(m_db, QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it.
        (void)execute(m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        (void)execute(m_db, QStringLiteral("RELEASE ") + savepointName(m_level));
    }
    m_open = false;
    m_database.transactionDepth() = m_level - 1;
    if (m_level == 1) {
        ChangeLog::transactionEnded(false);
        m_database.unlockWriter();
    }
}

} // namespace md
