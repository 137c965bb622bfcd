#include "staffservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "permissionpolicy.h"
#include "servicecontext.h"
#include "sessionrepository.h"
#include "staffrepository.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

Result<StaffUser> StaffService::insert(const Actor &actor, const StaffDraft &draft,
                                       bool onlyIfEmpty)
{
    const QString email = validation::normalizeEmail(draft.email);
    MD_TRY(validation::email(email));
    MD_TRY(validation::title(draft.displayName, QStringLiteral("displayName")));
    MD_TRY(validation::password(draft.password));
    const QString hash = m_ctx.hasher().hash(draft.password); // outside the write lock: it is slow
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    StaffRepository repo(tx.connection());
    if (onlyIfEmpty) {
        auto existing = repo.all();
        MD_TRY(existing);
        if (!existing->isEmpty())
            return makeError(ErrorCode::AlreadyExists,
                             DomainText::tr("This shop already has staff accounts."));
    }
    auto other = repo.findByEmail(email);
    MD_TRY(other);
    if (other->has_value())
        return makeError(ErrorCode::DuplicateEmail,
                         DomainText::tr("A staff account with this e-mail exists."),
                         QStringLiteral("email"));
    auto created = repo.insert(email, draft.displayName.trimmed(), draft.role, hash, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("staff.create"), entity::Staff,
                            created->id, {}, created->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<StaffUser> StaffService::bootstrapOwner(const QString &email, const QString &displayName,
                                               const QString &password)
{
    return insert(Actor::system(), {email, displayName, StaffRole::Owner, password}, true);
}

Result<StaffUser> StaffService::create(const Actor &actor, const StaffDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::StaffManage));
    return insert(actor, draft, false);
}

Result<StaffUser> StaffService::change(const Actor &actor, qint64 staffId,
                                       std::optional<StaffRole> role, std::optional<bool> active)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::StaffManage));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    StaffRepository repo(tx.connection());
    auto before = validation::found(repo.find(staffId), QStringLiteral("staff member"), staffId);
    MD_TRY(before);
    const StaffRole newRole = role.value_or(before->role);
    const bool newActive = active.value_or(before->active);
    const bool losesOwner = before->role == StaffRole::Owner && before->active &&
                            (newRole != StaffRole::Owner || !newActive);
    if (losesOwner) {
        auto owners = repo.activeOwnerCount();
        MD_TRY(owners);
        if (*owners <= 1)
            return makeError(ErrorCode::LastOwner,
                             DomainText::tr("The shop must keep at least one active owner."));
    }
    auto after = validation::found(repo.update(staffId, newRole, newActive, m_ctx.now()),
                                   QStringLiteral("staff member"), staffId);
    MD_TRY(after);
    if (!newActive) {
        // A disabled account loses its sessions at once.
        MD_TRY(
            SessionRepository(tx.connection()).removeForSubject(QStringLiteral("staff"), staffId));
    }
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("staff.update"), entity::Staff,
                            staffId, before->toJson(), after->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<StaffUser> StaffService::changeRole(const Actor &actor, qint64 staffId, StaffRole role)
{
    return change(actor, staffId, role, std::nullopt);
}

Result<StaffUser> StaffService::setActive(const Actor &actor, qint64 staffId, bool active)
{
    return change(actor, staffId, std::nullopt, active);
}

Result<QList<StaffUser>> StaffService::all(const Actor &actor) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::StaffManage));
    return StaffRepository(m_ctx.connection()).all();
}

Result<QString> StaffService::displayName(const Actor &actor, qint64 staffId) const
{
    if (!actor.isStaff())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only staff see staff names."));
    auto staff = find(staffId);
    MD_TRY(staff);
    return staff->displayName;
}

Result<StaffUser> StaffService::find(qint64 staffId) const
{
    return validation::found(StaffRepository(m_ctx.connection()).find(staffId),
                             QStringLiteral("staff member"), staffId);
}

} // namespace md
