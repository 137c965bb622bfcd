#pragma once

#include "member.h"
#include "memberquery.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace md {

struct NewMember
{
    QString email;
    QString phone;
    QString externalRef;
    QString displayName;
    QString passwordHash; // empty: the member cannot log in (e.g. imported customers)
    qint64 createdAt = 0; // 0: now
};

// SQL for members and what hangs off them (addresses, favorites, browsing history). Points and
// balance are written only by LedgerRepository.
class MemberRepository
{
public:
    explicit MemberRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<Member>> find(qint64 id) const;
    // Whether the member exists and may sign in: one narrow read for every authenticated request.
    Result<bool> isActive(qint64 id) const;
    Result<std::optional<Member>> findByEmail(const QString &email) const;
    Result<std::optional<Member>> findByPhone(const QString &phone) const;
    Result<std::optional<Member>> findByExternalRef(const QString &ref) const;
    Result<QList<Member>> list(const MemberQuery &query) const;
    Result<qint64> count(const MemberQuery &query) const;

    Result<Member> insert(const NewMember &member, qint64 nowMs);
    Result<std::optional<Member>> updateProfile(qint64 id, const QString &displayName,
                                                const QString &email, const QString &phone,
                                                std::optional<qint64> expectedVersion,
                                                qint64 nowMs);
    Result<std::optional<Member>> setTierOverride(qint64 id, std::optional<MemberTier> tier,
                                                  qint64 nowMs);
    // Adds to cumulative net paid and stores the tier computed from it.
    Result<std::optional<Member>> addNetPaid(qint64 id, qint64 delta, MemberTier newTier,
                                             qint64 nowMs);
    Result<QString> passwordHash(qint64 id) const;
    Status setPasswordHash(qint64 id, const QString &hash);

    Result<QList<Address>> addresses(qint64 memberId) const;
    Result<std::optional<Address>> findAddress(qint64 id) const;
    Result<Address> insertAddress(qint64 memberId, const AddressDraft &draft, qint64 nowMs);
    Result<std::optional<Address>> updateAddress(qint64 id, const AddressDraft &draft,
                                                 qint64 nowMs);
    Status deleteAddress(qint64 id, qint64 nowMs);
    Status clearDefaultAddress(qint64 memberId, qint64 exceptId, qint64 nowMs);

    Status addFavorite(qint64 memberId, qint64 productId, qint64 nowMs);
    Status removeFavorite(qint64 memberId, qint64 productId);
    Result<QList<qint64>> favorites(qint64 memberId) const;
    Status recordView(qint64 memberId, qint64 productId, qint64 nowMs);
    // Most recent first, each product once.
    Result<QList<qint64>> history(qint64 memberId, int limit) const;

private:
    Result<std::optional<Member>> findWhere(const QString &condition, const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace md
