#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace md {

class Database;

// Applies the numbered SQL migrations compiled in from resources/migrations
// (":/migrations/NNNN_*.sql") in one write transaction at start-up and records each in
// schema_version. A file that is newer than this build (a version we do not know) is refused rather
// than touched.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString name;
        QString sql;
    };

    explicit Migrator(const Database &database);

    Status migrate();
    int currentVersion() const;
    static QList<Migration> available();
    // Splits a script into statements at semicolons outside quotes and comments.
    static QStringList splitStatements(const QString &script);

private:
    const Database &m_database;
};

} // namespace md
