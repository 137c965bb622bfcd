#pragma once

#include "category.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

// SQL for categories. Writes bump the version and append to the change log; callers hold the
// write transaction.
class CategoryRepository
{
public:
    explicit CategoryRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<Category>> find(qint64 id) const;
    Result<QList<Category>> all() const; // parents before children is not guaranteed; ordered by id
    Result<Category> insert(const CategoryDraft &draft, qint64 nowMs);
    // Returns the updated row, or nullopt when the id or expected version did not match.
    Result<std::optional<Category>> update(qint64 id, const CategoryDraft &draft,
                                           std::optional<qint64> expectedVersion, qint64 nowMs);
    Result<qint64> childCount(qint64 id) const;
    Result<qint64> productCount(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace md
