#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace md {

// Counts of customers' search queries.
class SearchRepository
{
public:
    explicit SearchRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Status add(const QHash<QString, int> &counts, qint64 nowMs);
    // Popular past queries containing text, most asked first.
    Result<QStringList> popular(const QString &text, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace md
