#include "commandregistry.h"

namespace md {

const QList<CommandKind> &CommandRegistry::kinds()
{
    static const QList<CommandKind> all = []<typename... C>(CommandTypeList<C...>) {
        return QList<CommandKind>{C::kKind...};
    }(StaffCommandTypes{});
    return all;
}

std::optional<CommandKind> CommandRegistry::find(const QString &type)
{
    for (const CommandKind &k : kinds()) {
        if (type == QLatin1String(k.type))
            return k;
    }
    return std::nullopt;
}

QStringList CommandRegistry::types()
{
    QStringList out;
    for (const CommandKind &k : kinds())
        out.append(k.typeName());
    out.sort();
    return out;
}

} // namespace md
