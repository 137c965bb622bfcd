#include "memberrepository.h"

#include "changelog.h"
#include "sqlquery.h"
#include "validation.h"

namespace md {

namespace {

const QString kColumns =
    QStringLiteral("id, email, phone, external_ref, display_name, tier, tier_override, points, "
                   "balance, net_paid, status, "
                   "password_hash IS NOT NULL, version, created_at, updated_at");
const QString kAddressColumns = QStringLiteral(
    "id, member_id, recipient, phone, region, detail, postal_code, is_default, version");

Member fromRow(const SqlQuery &q)
{
    Member m;
    m.id = q.int64(0);
    m.email = q.text(1);
    m.phone = q.text(2);
    m.externalRef = q.text(3);
    m.displayName = q.text(4);
    m.tier = memberTierFromName(q.text(5)).value_or(MemberTier::Regular);
    if (!q.isNull(6))
        m.tierOverride = memberTierFromName(q.text(6));
    m.points = q.int64(7);
    m.balance = q.int64(8);
    m.netPaid = q.int64(9);
    m.active = q.text(10) == QLatin1String("active");
    m.canLogIn = q.integer(11) != 0;
    m.version = q.int64(12);
    m.createdAt = q.int64(13);
    m.updatedAt = q.int64(14);
    return m;
}

Address addressFromRow(const SqlQuery &q)
{
    Address a;
    a.id = q.int64(0);
    a.memberId = q.int64(1);
    a.recipient = q.text(2);
    a.phone = q.text(3);
    a.region = q.text(4);
    a.detail = q.text(5);
    a.postalCode = q.text(6);
    a.isDefault = q.integer(7) != 0;
    a.version = q.int64(8);
    return a;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Runs a statement that RETURNs member columns and logs the change when a row came back.
Result<std::optional<Member>> memberReturning(const QSqlDatabase &db, SqlQuery &q, qint64 nowMs)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Member>();
    const Member m = fromRow(q);
    if (Status s = ChangeLog::record(db, entity::Member, m.id, m.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<Member>(m);
}

Result<std::optional<Address>> addressReturning(const QSqlDatabase &db, SqlQuery &q, qint64 nowMs)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Address>();
    const Address a = addressFromRow(q);
    if (Status s = ChangeLog::record(db, entity::Address, a.id, a.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return std::optional<Address>(a);
}

QString whereClause(const MemberQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (!query.text.isEmpty()) {
        conditions << QStringLiteral(
            "(instr(display_name, ?) > 0 OR instr(COALESCE(email, ''), ?) > 0 "
            "OR instr(COALESCE(phone, ''), ?) > 0)");
        values << query.text << query.text << query.text;
    }
    if (query.tier) {
        conditions << QStringLiteral("COALESCE(tier_override, tier) = ?");
        values << memberTierName(*query.tier);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<std::optional<Member>> MemberRepository::findWhere(const QString &condition,
                                                          const QVariant &value) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM members WHERE ") +
                   condition,
               {value});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Member>();
    return std::optional<Member>(fromRow(q));
}

Result<std::optional<Member>> MemberRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<bool> MemberRepository::isActive(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT status = 'active' FROM members WHERE id = ?"), {id});
    auto active = q.scalar(0);
    MD_TRY(active);
    return *active != 0;
}

Result<std::optional<Member>> MemberRepository::findByEmail(const QString &email) const
{
    return findWhere(QStringLiteral("email = ?"), email);
}

Result<std::optional<Member>> MemberRepository::findByPhone(const QString &phone) const
{
    return findWhere(QStringLiteral("phone = ?"), phone);
}

Result<std::optional<Member>> MemberRepository::findByExternalRef(const QString &ref) const
{
    return findWhere(QStringLiteral("external_ref = ?"), ref);
}

namespace {

// " ORDER BY key DESC, id DESC": the key from this whitelist only, never from the caller's text.
QString orderBy(const MemberQuery &query)
{
    QString key;
    switch (query.sort) {
    case MemberSort::Id:
        break;
    case MemberSort::Name:
        key = QStringLiteral("display_name");
        break;
    case MemberSort::Email:
        key = QStringLiteral("email");
        break;
    case MemberSort::Phone:
        key = QStringLiteral("phone");
        break;
    case MemberSort::Tier:
        key = QStringLiteral("CASE COALESCE(tier_override, tier) WHEN 'regular' THEN 0 "
                             "WHEN 'silver' THEN 1 WHEN 'gold' THEN 2 ELSE 3 END");
        break;
    case MemberSort::Points:
        key = QStringLiteral("points");
        break;
    case MemberSort::Balance:
        key = QStringLiteral("balance");
        break;
    case MemberSort::Spend:
        key = QStringLiteral("net_paid");
        break;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") +
           (key.isEmpty() ? QString() : key + dir + QStringLiteral(", ")) + QStringLiteral("id") +
           dir;
}

} // namespace

Result<QList<Member>> MemberRepository::list(const MemberQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM members") +
                         where + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Member> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<qint64> MemberRepository::count(const MemberQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM members") + where);
    for (const auto &v : values)
        q.bind(v);
    return q.scalar();
}

Result<Member> MemberRepository::insert(const NewMember &m, qint64 nowMs)
{
    const qint64 created = m.createdAt ? m.createdAt : nowMs;
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO members (email, phone, external_ref, display_name, "
                       "password_hash, version, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING ") +
            kColumns,
        {nullIfEmpty(m.email), nullIfEmpty(m.phone), nullIfEmpty(m.externalRef), m.displayName,
         nullIfEmpty(m.passwordHash), created, nowMs});
    auto row = memberReturning(m_db, q, nowMs);
    if (!row)
        return row.error();
    if (!row->has_value())
        return storageError(q.raw());
    return **row;
}

Result<std::optional<Member>> MemberRepository::updateProfile(qint64 id, const QString &displayName,
                                                              const QString &email,
                                                              const QString &phone,
                                                              std::optional<qint64> expectedVersion,
                                                              qint64 nowMs)
{
    const QVariant expected = expectedVersion ? QVariant(*expectedVersion) : QVariant();
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE members SET display_name = ?, email = ?, phone = ?, version = version + 1, "
            "updated_at = ? WHERE id = ? AND (? IS NULL OR version = ?) RETURNING ") +
            kColumns,
        {displayName, nullIfEmpty(email), nullIfEmpty(phone), nowMs, id, expected, expected});
    return memberReturning(m_db, q, nowMs);
}

Result<std::optional<Member>>
MemberRepository::setTierOverride(qint64 id, std::optional<MemberTier> tier, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE members SET tier_override = ?, version = version + 1, "
                              "updated_at = ? WHERE id = ? "
                              "RETURNING ") +
                   kColumns,
               {tier ? QVariant(memberTierName(*tier)) : QVariant(), nowMs, id});
    return memberReturning(m_db, q, nowMs);
}

Result<std::optional<Member>> MemberRepository::addNetPaid(qint64 id, qint64 delta,
                                                           MemberTier newTier, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE members SET net_paid = net_paid + ?, tier = ?, version = version + 1, "
                   "updated_at = ? WHERE id = ? RETURNING ") +
                   kColumns,
               {delta, memberTierName(newTier), nowMs, id});
    return memberReturning(m_db, q, nowMs);
}

Result<QString> MemberRepository::passwordHash(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT password_hash FROM members WHERE id = ?"), {id});
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.text(0) : QString();
}

Status MemberRepository::setPasswordHash(qint64 id, const QString &hash)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE members SET password_hash = ? WHERE id = ?"),
               {hash, id});
    return q.exec();
}

Result<QList<Address>> MemberRepository::addresses(qint64 memberId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT ") + kAddressColumns +
            QStringLiteral(
                " FROM addresses WHERE member_id = ? AND deleted = 0 ORDER BY is_default DESC, id"),
        {memberId});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Address> out;
    while (q.next())
        out.append(addressFromRow(q));
    return out;
}

Result<std::optional<Address>> MemberRepository::findAddress(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kAddressColumns +
                   QStringLiteral(" FROM addresses WHERE id = ? AND deleted = 0"),
               {id});
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Address>();
    return std::optional<Address>(addressFromRow(q));
}

Result<Address> MemberRepository::insertAddress(qint64 memberId, const AddressDraft &d,
                                                qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO addresses (member_id, recipient, phone, region, detail, postal_code, "
            "is_default, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
            "RETURNING ") +
            kAddressColumns,
        {memberId, d.recipient, d.phone, d.region, d.detail, d.postalCode, d.isDefault ? 1 : 0,
         nowMs, nowMs});
    auto row = addressReturning(m_db, q, nowMs);
    if (!row)
        return row.error();
    if (!row->has_value())
        return storageError(q.raw());
    return **row;
}

Result<std::optional<Address>> MemberRepository::updateAddress(qint64 id, const AddressDraft &d,
                                                               qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE addresses SET recipient = ?, phone = ?, region = ?, detail = ?, postal_code = "
            "?, "
            "is_default = ?, version = version + 1, updated_at = ? WHERE id = ? AND deleted = 0 "
            "RETURNING ") +
            kAddressColumns,
        {d.recipient, d.phone, d.region, d.detail, d.postalCode, d.isDefault ? 1 : 0, nowMs, id});
    return addressReturning(m_db, q, nowMs);
}

Status MemberRepository::deleteAddress(qint64 id, qint64 nowMs)
{
    // Soft delete: orders keep their own snapshot, and sync needs the row to say it is gone.
    SqlQuery q(m_db,
               QStringLiteral("UPDATE addresses SET deleted = 1, is_default = 0, version = version "
                              "+ 1, updated_at = ? "
                              "WHERE id = ? AND deleted = 0 RETURNING version"),
               {nowMs, id});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    if (*v < 0)
        return {};
    return ChangeLog::record(m_db, entity::Address, id, *v, ChangeOp::Delete, nowMs);
}

Status MemberRepository::clearDefaultAddress(qint64 memberId, qint64 exceptId, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE addresses SET is_default = 0, version = version + 1, updated_at = ? "
                       "WHERE member_id = ? AND id <> ? AND is_default = 1 AND deleted = 0 "
                       "RETURNING id, version"),
        {nowMs, memberId, exceptId});
    if (Status s = q.exec(); !s)
        return s;
    QList<std::pair<qint64, qint64>> changed;
    while (q.next())
        changed.append({q.int64(0), q.int64(1)});
    for (const auto &[addressId, version] : changed) {
        if (Status s = ChangeLog::record(m_db, entity::Address, addressId, version,
                                         ChangeOp::Upsert, nowMs);
            !s)
            return s;
    }
    return {};
}

Status MemberRepository::addFavorite(qint64 memberId, qint64 productId, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO favorites (member_id, product_id, created_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (member_id, product_id) DO NOTHING"),
        {memberId, productId, nowMs});
    return q.exec();
}

Status MemberRepository::removeFavorite(qint64 memberId, qint64 productId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM favorites WHERE member_id = ? AND product_id = ?"),
               {memberId, productId});
    return q.exec();
}

Result<QList<qint64>> MemberRepository::favorites(qint64 memberId) const
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT product_id FROM favorites WHERE member_id = ? ORDER BY created_at DESC"),
               {memberId});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

Status MemberRepository::recordView(qint64 memberId, qint64 productId, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO browsing_history (member_id, product_id, viewed_at) "
                              "VALUES (?, ?, ?) RETURNING id"),
               {memberId, productId, nowMs});
    auto id = q.scalar(0);
    MD_TRY(id);
    // Logged so that replicas receive the views too (the desktop's conversion funnel).
    return ChangeLog::record(m_db, entity::ProductView, *id, 1, ChangeOp::Upsert, nowMs);
}

Result<QList<qint64>> MemberRepository::history(qint64 memberId, int limit) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT product_id FROM browsing_history WHERE member_id = ? GROUP BY product_id "
            "ORDER BY MAX(viewed_at) DESC LIMIT ?"),
        {memberId, limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

} // namespace md
