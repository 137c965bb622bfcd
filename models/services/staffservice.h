#pragma once

#include "actor.h"
#include "result.h"
#include "staffuser.h"

#include <QList>

namespace md {

class ServiceContext;

// Staff accounts. Only an owner manages staff, and the shop always keeps at least one active owner.
class StaffService
{
public:
    explicit StaffService(const ServiceContext &context)
        : m_ctx(context)
    {}

    // Creates the first owner of a new shop; refused once any staff account exists.
    Result<StaffUser> bootstrapOwner(const QString &email, const QString &displayName,
                                     const QString &password);
    Result<StaffUser> create(const Actor &actor, const StaffDraft &draft);
    Result<StaffUser> changeRole(const Actor &actor, qint64 staffId, StaffRole role);
    Result<StaffUser> setActive(const Actor &actor, qint64 staffId, bool active);
    Result<QList<StaffUser>> all(const Actor &actor) const;
    Result<StaffUser> find(qint64 staffId) const;
    // The name to show for a staff member (who decided a refund, who replied to a review): any
    // member of staff may read it, unlike the accounts themselves (all(), owners only), so it
    // carries nothing but the display name.
    Result<QString> displayName(const Actor &actor, qint64 staffId) const;

private:
    Result<StaffUser> change(const Actor &actor, qint64 staffId, std::optional<StaffRole> role,
                             std::optional<bool> active);
    Result<StaffUser> insert(const Actor &actor, const StaffDraft &draft, bool onlyIfEmpty);

    const ServiceContext &m_ctx;
};

} // namespace md
