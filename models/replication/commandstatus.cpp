#include "commandstatus.h"

#include <utility>

namespace md {

namespace {

constexpr std::pair<CommandStatus, const char *> kNames[] = {
    {CommandStatus::Applied, "applied"},
    {CommandStatus::Duplicate, "duplicate"},
    {CommandStatus::Conflict, "conflict"},
    {CommandStatus::Rejected, "rejected"},
};

} // namespace

QString commandStatusName(CommandStatus status)
{
    for (const auto &[value, name] : kNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CommandStatus> commandStatusFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace md
