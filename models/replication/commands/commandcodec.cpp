#include "commandcodec.h"

#include "error.h"

namespace md {

CommandReader::CommandReader(const SyncCommand &command, IdSpace ids)
    : m_command(command)
    , m_ids(ids)
    , m_fields(command.payload)
{}

Status CommandReader::requireEntity() const
{
    if (m_command.entityId == 0 || m_command.entityId < lowestId())
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("entityId is required."),
                         QStringLiteral("entityId"));
    return {};
}

Status CommandReader::finish()
{
    m_fields.rejectUnknown();
    if (!m_fields.ok())
        return m_fields.error();
    return {};
}

Error invalidChoice(const QString &field, const QString &choices)
{
    return makeError(ErrorCode::InvalidArgument,
                     DomainText::tr("%1 must be one of: %2.").arg(field, choices), field);
}

} // namespace md
