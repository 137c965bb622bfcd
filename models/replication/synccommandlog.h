#pragma once

#include "commandstatus.h"
#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace md {

// SQL for sync_commands: the results of staff commands pushed by replicas, by command id.
class SyncCommandLog
{
public:
    struct Entry
    {
        qint64 staffId = 0;
        QString type;
        CommandStatus status = CommandStatus::Rejected; // stored by name
        QJsonObject result;
    };

    explicit SyncCommandLog(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<std::optional<Entry>> find(const QString &commandId) const;
    Status insert(const QString &commandId, const Entry &entry, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace md
