#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace md {

enum class StaffRole { Owner, Manager, Clerk, Support };

QString staffRoleName(StaffRole role);
std::optional<StaffRole> staffRoleFromName(const QString &name);

// Who is acting: passed to every service call that changes state, so that permissions, ownership
// and the audit log all see the same identity.
struct Actor
{
    enum class Kind {
        System, // the program itself: timers, demo data, migrations of data
        Staff,
        Member,
    };

    Kind kind = Kind::System;
    qint64 id = 0;
    StaffRole role = StaffRole::Support; // meaningful for staff only

    static Actor system() { return {}; }
    static Actor staff(qint64 id, StaffRole role) { return {Kind::Staff, id, role}; }
    static Actor member(qint64 id) { return {Kind::Member, id, StaffRole::Support}; }

    bool isStaff() const { return kind == Kind::Staff; }
    bool isMember() const { return kind == Kind::Member; }
    bool isSystem() const { return kind == Kind::System; }
    std::optional<qint64> staffId() const
    {
        return isStaff() ? std::optional<qint64>(id) : std::nullopt;
    }
    // "staff:3", "member:17", "system": how the audit log and timelines name the actor.
    QString label() const;
};

} // namespace md
