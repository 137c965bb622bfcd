#include "staffcommandtypes.h"

namespace md {

namespace {

Error invalidRole()
{
    return invalidChoice(QStringLiteral("role"), QStringLiteral("owner, manager, clerk, support"));
}

} // namespace

CommandBody StaffCreate::toJson() const
{
    return {0,
            std::nullopt,
            {{QStringLiteral("email"), draft.email},
             {QStringLiteral("displayName"), draft.displayName},
             {QStringLiteral("role"), staffRoleName(draft.role)},
             {QStringLiteral("password"), draft.password}}};
}

Result<StaffCreate> StaffCreate::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    StaffCreate c;
    c.draft.email = f.string(QStringLiteral("email"), 254, true).value_or(QString());
    c.draft.displayName = f.string(QStringLiteral("displayName"), 100, true).value_or(QString());
    c.draft.password = f.string(QStringLiteral("password"), 256, true).value_or(QString());
    const auto role =
        staffRoleFromName(f.string(QStringLiteral("role"), 20, true).value_or(QString()));
    MD_TRY(r.finish());
    if (!role)
        return invalidRole();
    c.draft.role = *role;
    return c;
}

CommandBody StaffDisable::toJson() const
{
    return {staffId, std::nullopt, {}};
}

Result<StaffDisable> StaffDisable::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return StaffDisable{r.entityId()};
}

CommandBody StaffEnable::toJson() const
{
    return {staffId, std::nullopt, {}};
}

Result<StaffEnable> StaffEnable::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return StaffEnable{r.entityId()};
}

CommandBody StaffChangeRole::toJson() const
{
    return {staffId, std::nullopt, {{QStringLiteral("role"), staffRoleName(role)}}};
}

Result<StaffChangeRole> StaffChangeRole::fromJson(CommandReader &r)
{
    const auto role =
        staffRoleFromName(r.fields().string(QStringLiteral("role"), 20, true).value_or(QString()));
    MD_TRY(r.finish());
    if (!role)
        return invalidRole();
    return StaffChangeRole{r.entityId(), *role};
}

} // namespace md
