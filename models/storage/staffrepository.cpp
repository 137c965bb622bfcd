#include "staffrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

namespace {

const QString kColumns =
    QStringLiteral("id, email, display_name, role, active, version, created_at");

StaffUser fromRow(const SqlQuery &q)
{
    StaffUser s;
    s.id = q.int64(0);
    s.email = q.text(1);
    s.displayName = q.text(2);
    s.role = staffRoleFromName(q.text(3)).value_or(StaffRole::Support);
    s.active = q.integer(4) != 0;
    s.version = q.int64(5);
    s.createdAt = q.int64(6);
    return s;
}

} // namespace

Result<std::optional<StaffUser>> StaffRepository::findWhere(const QString &condition,
                                                            const QVariant &value) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM staff WHERE ") +
                   condition,
               {value});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StaffUser>();
    return std::optional<StaffUser>(fromRow(q));
}

Result<std::optional<StaffUser>> StaffRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<StaffUser>> StaffRepository::findByEmail(const QString &email) const
{
    return findWhere(QStringLiteral("email = ?"), email);
}

Result<QList<StaffUser>> StaffRepository::all() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM staff ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StaffUser> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<qint64> StaffRepository::activeOwnerCount() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'owner' AND active = 1"));
    return q.scalar();
}

Result<StaffUser> StaffRepository::insert(const QString &email, const QString &name, StaffRole role,
                                          const QString &hash, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO staff (email, display_name, role, password_hash, "
                              "active, version, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, 1, 1, ?, ?) RETURNING ") +
                   kColumns,
               {email, name, staffRoleName(role), hash, nowMs, nowMs});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return storageError(q.raw());
    const StaffUser u = fromRow(q);
    if (Status s = ChangeLog::record(m_db, entity::Staff, u.id, u.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return u;
}

Result<std::optional<StaffUser>> StaffRepository::update(qint64 id, StaffRole role, bool active,
                                                         qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE staff SET role = ?, active = ?, version = version + 1, "
                              "updated_at = ? WHERE id = ? "
                              "RETURNING ") +
                   kColumns,
               {staffRoleName(role), active ? 1 : 0, nowMs, id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StaffUser>();
    const StaffUser u = fromRow(q);
    if (Status s = ChangeLog::record(m_db, entity::Staff, u.id, u.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<StaffUser>(u);
}

Result<QString> StaffRepository::passwordHash(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {id});
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.text(0) : QString();
}

Status StaffRepository::setPasswordHash(qint64 id, const QString &hash)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"), {hash, id});
    return q.exec();
}

} // namespace md
