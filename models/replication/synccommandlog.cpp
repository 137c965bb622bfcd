#include "synccommandlog.h"

#include "sqlquery.h"
#include "validation.h"

#include <QJsonDocument>

namespace md {

Result<std::optional<SyncCommandLog::Entry>> SyncCommandLog::find(const QString &commandId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT staff_id, type, status, result FROM sync_commands WHERE id = ?"),
        {commandId});
    MD_TRY(q.exec());
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(Entry{
        q.int64(0), q.text(1), commandStatusFromName(q.text(2)).value_or(CommandStatus::Rejected),
        QJsonDocument::fromJson(q.text(3).toUtf8()).object()});
}

Status SyncCommandLog::insert(const QString &commandId, const Entry &entry, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO sync_commands (id, staff_id, type, status, result, "
                              "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
               {commandId, entry.staffId, entry.type, commandStatusName(entry.status),
                QString::fromUtf8(QJsonDocument(entry.result).toJson(QJsonDocument::Compact)),
                nowMs});
    return q.exec();
}

} // namespace md
