#pragma once

#include "result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace md {

// SQL for the key/value settings table.
class SettingsRepository
{
public:
    explicit SettingsRepository(const QSqlDatabase &db)
        : m_db(db)
    {}

    Result<QMap<QString, QString>> all() const;
    // Inserts or replaces the value, bumping its version and logging the change.
    Status put(const QString &key, const QString &value, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace md
