#include "sqlquery.h"

#include "statementcache.h"

#include <QSqlError>

namespace md {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
{
    if (StatementCache *cache = StatementCache::forConnection(db.connectionName())) {
        if (QSqlQuery *lent = cache->acquire(sql)) {
            m_cache = cache;
            m_query = lent;
            m_prepared = true;
            return;
        }
    }
    m_own.emplace(db);
    m_query = &*m_own;
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
}

SqlQuery::~SqlQuery()
{
    if (m_cache)
        m_cache->release(m_query);
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql,
                   std::initializer_list<QVariant> values)
    : SqlQuery(db, sql)
{
    for (const QVariant &v : values)
        bind(v);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString is still text: bind it as '' so that NOT NULL text columns accept it. SQL NULL
    // is asked for explicitly with an invalid QVariant().
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_bound++, QStringLiteral(""));
    else
        m_query->bindValue(m_bound++, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query->exec())
        return storageError(*m_query);
    return {};
}

Result<qint64> SqlQuery::scalar(qint64 fallback)
{
    if (Status s = exec(); !s)
        return s.error();
    // Read the one value, then finish the statement: a write statement with RETURNING that is left
    // half-stepped would otherwise keep the transaction from committing.
    const bool has = m_query->next() && !m_query->isNull(0);
    const qint64 value = has ? m_query->value(0).toLongLong() : fallback;
    m_query->finish();
    return value;
}

Error storageError(const QSqlQuery &query)
{
    Error e = makeError(
        ErrorCode::StorageError,
        DomainText::tr("The database reported an error: %1").arg(query.lastError().text()));
    e.details.insert(QStringLiteral("sql"), query.lastQuery());
    return e;
}

} // namespace md
