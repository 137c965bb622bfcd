#pragma once

#include "commandcodec.h"
#include "staffuser.h"

// The staff accounts' commands: create, disable, enable, change role (owners only, by the
// rules). Same shape as catalogcommandtypes.h.
namespace md {

struct StaffCreate
{
    static constexpr CommandKind kKind{"staff.create", "staff", CommandTarget::Creates};
    StaffDraft draft;

    CommandBody toJson() const;
    static Result<StaffCreate> fromJson(CommandReader &reader);
    bool operator==(const StaffCreate &) const = default;
};

struct StaffDisable
{
    static constexpr CommandKind kKind{"staff.disable", "staff", CommandTarget::Existing};
    qint64 staffId = 0;

    CommandBody toJson() const;
    static Result<StaffDisable> fromJson(CommandReader &reader);
    bool operator==(const StaffDisable &) const = default;
};

struct StaffEnable
{
    static constexpr CommandKind kKind{"staff.enable", "staff", CommandTarget::Existing};
    qint64 staffId = 0;

    CommandBody toJson() const;
    static Result<StaffEnable> fromJson(CommandReader &reader);
    bool operator==(const StaffEnable &) const = default;
};

struct StaffChangeRole
{
    static constexpr CommandKind kKind{"staff.change_role", "staff", CommandTarget::Existing};
    qint64 staffId = 0;
    StaffRole role = StaffRole::Clerk;

    CommandBody toJson() const;
    static Result<StaffChangeRole> fromJson(CommandReader &reader);
    bool operator==(const StaffChangeRole &) const = default;
};

} // namespace md
