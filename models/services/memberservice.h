#pragma once

#include "actor.h"
#include "member.h"
#include "memberrepository.h"
#include "permissionpolicy.h"
#include "result.h"

#include <QList>

#include <optional>

namespace md {

class ServiceContext;

struct MemberRegistration
{
    QString email;
    QString phone;
    QString password;
    QString displayName;
};

struct ProfileUpdate
{
    std::optional<QString> displayName;
    std::optional<QString> email; // "" removes it (if a phone remains)
    std::optional<QString> phone;
};

// Member accounts and what members keep: profile, addresses, favorites, browsing history.
// A member may act on their own account only (anything else is NotFound, never revealing that it
// exists); staff need the matching permission.
class MemberService
{
public:
    explicit MemberService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<Member> registerMember(const MemberRegistration &registration);
    // Staff (or import) create a member without a password; e-mail, phone or externalRef is
    // required.
    Result<Member> createMember(const Actor &actor, const NewMember &member);
    Result<Member> updateProfile(const Actor &actor, qint64 memberId, const ProfileUpdate &update,
                                 std::optional<qint64> expectedVersion = std::nullopt);
    Result<Member> overrideTier(const Actor &actor, qint64 memberId,
                                std::optional<MemberTier> tier);
    Result<Member> member(const Actor &actor, qint64 memberId) const;
    Result<QList<Member>> members(const Actor &actor, const MemberQuery &query) const;
    Result<qint64> memberCount(const Actor &actor, const MemberQuery &query) const;
    // The member an entry a clerk typed names: an id, else an e-mail, else (digits that are no
    // member's id) a mobile number; nullopt when none matches. Read with the actor's rights
    // (MemberView), as member() is.
    Result<std::optional<qint64>> findByEntry(const Actor &actor, const QString &entry) const;

    Result<QList<Address>> addresses(const Actor &actor, qint64 memberId) const;
    Result<Address> addAddress(const Actor &actor, qint64 memberId, const AddressDraft &draft);
    Result<Address> updateAddress(const Actor &actor, qint64 addressId, const AddressDraft &draft);
    Status removeAddress(const Actor &actor, qint64 addressId);

    Status addFavorite(const Actor &actor, qint64 productId);
    Status removeFavorite(const Actor &actor, qint64 productId);
    Result<QList<qint64>> favorites(const Actor &actor, qint64 memberId) const;
    Status recordView(qint64 memberId, qint64 productId);
    Result<QList<qint64>> history(const Actor &actor, qint64 memberId, int limit = 50) const;

    // Who may see or change this member's data: the member, staff with `permission`, the system.
    static Status requireAccess(const Actor &actor, qint64 memberId, Permission permission);

private:
    Status validateContacts(MemberRepository &repo, const QString &email, const QString &phone,
                            qint64 selfId) const;

    const ServiceContext &m_ctx;
};

} // namespace md
