#pragma once

#include "actor.h"

#include <QJsonObject>
#include <QString>

namespace md {

// A member of staff. The password hash stays in the repository.
struct StaffUser
{
    qint64 id = 0;
    QString email;
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    bool active = true;
    qint64 version = 0;
    qint64 createdAt = 0;

    Actor actor() const { return Actor::staff(id, role); }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("email"), email},
                {QStringLiteral("displayName"), displayName},
                {QStringLiteral("role"), staffRoleName(role)},
                {QStringLiteral("active"), active},
                {QStringLiteral("version"), version}};
    }
};

struct StaffDraft
{
    QString email;
    QString displayName;
    StaffRole role = StaffRole::Clerk;
    QString password;

    friend bool operator==(const StaffDraft &, const StaffDraft &) = default;
};

} // namespace md
