#include "synccommand.h"

#include "jsonfields.h"
#include "validation.h"

#include <QUuid>

namespace md {

std::optional<SyncCommand> SyncCommand::fromJson(const QJsonObject &json, Error &error)
{
    JsonFields f(json);
    SyncCommand c;
    c.id = f.string(QStringLiteral("id"), 64, true).value_or(QString());
    c.type = f.string(QStringLiteral("type"), 64, true).value_or(QString());
    c.entity = f.string(QStringLiteral("entity"), 64, true).value_or(QString());
    c.entityId = f.integer(QStringLiteral("entityId"), 0, validation::kMaxId).value_or(0);
    c.baseVersion = f.integer(QStringLiteral("baseVersion"), 0, validation::kMaxId);
    const bool hasPayload = json.contains(QStringLiteral("payload"));
    const QJsonValue payload = json.value(QStringLiteral("payload"));
    f.objects(QStringLiteral("payload"), 0); // marks it read; checked below
    f.rejectUnknown();
    if (!f.ok() && f.error().field != QLatin1String("payload")) {
        error = f.error();
        return std::nullopt;
    }
    if (hasPayload && !payload.isObject() && !payload.isNull()) {
        error = makeError(ErrorCode::InvalidArgument, DomainText::tr("payload must be an object."),
                          QStringLiteral("payload"));
        return std::nullopt;
    }
    // The id is the replica's UUID: anything else could collide with another replica's.
    if (QUuid::fromString(c.id).isNull()) {
        error = makeError(ErrorCode::InvalidArgument, DomainText::tr("id must be a UUID."),
                          QStringLiteral("id"));
        return std::nullopt;
    }
    c.payload = payload.toObject();
    return c;
}

QJsonObject CommandOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), commandStatusName(status)}};
    if (entityId)
        o.insert(QStringLiteral("entityId"), entityId);
    if (version)
        o.insert(QStringLiteral("version"), version);
    if (error)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error->codeName()},
                                                      {QStringLiteral("message"), error->message},
                                                      {QStringLiteral("field"), error->field}});
    if (!current.isEmpty())
        o.insert(QStringLiteral("current"), current);
    return o;
}

CommandOutcome CommandOutcome::fromJson(const QJsonObject &json)
{
    CommandOutcome o;
    o.id = json.value(QStringLiteral("id")).toString();
    o.status = commandStatusFromName(json.value(QStringLiteral("status")).toString())
                   .value_or(CommandStatus::Rejected);
    o.entityId = json.value(QStringLiteral("entityId")).toInteger();
    o.version = json.value(QStringLiteral("version")).toInteger();
    if (json.contains(QStringLiteral("error"))) {
        const QJsonObject e = json.value(QStringLiteral("error")).toObject();
        Error error =
            makeError(ErrorCode::InvalidArgument, e.value(QStringLiteral("message")).toString(),
                      e.value(QStringLiteral("field")).toString());
        error.code = errorCodeFromName(e.value(QStringLiteral("code")).toString())
                         .value_or(ErrorCode::InvalidArgument);
        o.error = error;
    }
    o.current = json.value(QStringLiteral("current")).toObject();
    return o;
}

} // namespace md
