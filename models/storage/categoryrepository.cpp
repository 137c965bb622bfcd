#include "categoryrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

namespace {

const QString kColumns =
    QStringLiteral("id, parent_id, name, position, version, created_at, updated_at");

Category fromRow(const SqlQuery &q)
{
    Category c;
    c.id = q.int64(0);
    c.parentId = q.isNull(1) ? 0 : q.int64(1);
    c.name = q.text(2);
    c.position = q.integer(3);
    c.version = q.int64(4);
    c.createdAt = q.int64(5);
    c.updatedAt = q.int64(6);
    return c;
}

QVariant parentValue(qint64 parentId)
{
    return parentId ? QVariant(parentId) : QVariant();
}

} // namespace

Result<std::optional<Category>> CategoryRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns +
                   QStringLiteral(" FROM categories WHERE id = ?"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Category>();
    return std::optional<Category>(fromRow(q));
}

Result<QList<Category>> CategoryRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM categories ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Category> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Category> CategoryRepository::insert(const CategoryDraft &draft, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO categories (parent_id, name, position, version, created_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?) RETURNING ") +
            kColumns,
        {parentValue(draft.parentId), draft.name, draft.position, nowMs, nowMs});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return storageError(q.raw());
    const Category c = fromRow(q);
    if (Status s =
            ChangeLog::record(m_db, entity::Category, c.id, c.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return c;
}

Result<std::optional<Category>> CategoryRepository::update(qint64 id, const CategoryDraft &draft,
                                                           std::optional<qint64> expectedVersion,
                                                           qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE categories SET parent_id = ?, name = ?, position = ?, version = version + 1, "
            "updated_at = ? WHERE id = ? AND (? IS NULL OR version = ?) RETURNING ") +
            kColumns,
        {parentValue(draft.parentId), draft.name, draft.position, nowMs, id,
         expectedVersion ? QVariant(*expectedVersion) : QVariant(),
         expectedVersion ? QVariant(*expectedVersion) : QVariant()});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Category>();
    const Category c = fromRow(q);
    if (Status s =
            ChangeLog::record(m_db, entity::Category, c.id, c.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<Category>(c);
}

Result<qint64> CategoryRepository::childCount(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM categories WHERE parent_id = ?"), {id});
    return q.scalar();
}

Result<qint64> CategoryRepository::productCount(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM products WHERE category_id = ?"), {id});
    return q.scalar();
}

} // namespace md
