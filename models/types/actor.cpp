#include "actor.h"

namespace md {

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Owner:
        return QStringLiteral("owner");
    case StaffRole::Manager:
        return QStringLiteral("manager");
    case StaffRole::Clerk:
        return QStringLiteral("clerk");
    case StaffRole::Support:
        return QStringLiteral("support");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromName(const QString &name)
{
    for (StaffRole r :
         {StaffRole::Owner, StaffRole::Manager, StaffRole::Clerk, StaffRole::Support}) {
        if (staffRoleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString Actor::label() const
{
    switch (kind) {
    case Kind::System:
        return QStringLiteral("system");
    case Kind::Staff:
        return QStringLiteral("staff:%1").arg(id);
    case Kind::Member:
        return QStringLiteral("member:%1").arg(id);
    }
    return {};
}

} // namespace md
