#include "searchrepository.h"

#include "sqlquery.h"

namespace md {

Status SearchRepository::add(const QHash<QString, int> &counts, qint64 nowMs)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        SqlQuery q(
            m_db,
            QStringLiteral("INSERT INTO search_queries (query, hits, last_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (query) DO UPDATE SET hits = hits + excluded.hits, "
                           "last_at = excluded.last_at"),
            {it.key(), it.value(), nowMs});
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<QStringList> SearchRepository::popular(const QString &text, int limit) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT query FROM search_queries WHERE instr(query, ?) > 0 "
                              "ORDER BY hits DESC, query LIMIT ?"),
               {text.toLower(), limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

} // namespace md
