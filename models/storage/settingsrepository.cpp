#include "settingsrepository.h"

#include "changelog.h"
#include "sqlquery.h"

namespace md {

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

Status SettingsRepository::put(const QString &key, const QString &value, qint64 nowMs)
{
    // The change log identifies a setting by its row id; sync carries the key in the data.
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO settings (key, value, version, updated_at) VALUES (?, ?, 1, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "version = settings.version + 1, updated_at = excluded.updated_at "
                       "RETURNING rowid, version"),
        {key, value, nowMs});
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return storageError(q.raw());
    const qint64 id = q.int64(0);
    const qint64 version = q.int64(1);
    q.raw().finish();
    return ChangeLog::record(m_db, entity::Setting, id, version, ChangeOp::Upsert, nowMs);
}

} // namespace md
