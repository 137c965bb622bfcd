#include "migrator.h"

#include "clock.h"
#include "database.h"
#include "sqlquery.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace md {

Migrator::Migrator(const Database &database)
    : m_database(database)
{}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int Migrator::currentVersion() const
{
    QSqlDatabase db = m_database.connection();
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    SqlQuery q(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    auto v = q.scalar(0);
    return v ? static_cast<int>(*v) : 0;
}

Status Migrator::migrate()
{
    WriteTransaction tx(m_database);
    if (!tx.began())
        return tx.began();
    QSqlDatabase db = tx.connection();
    {
        SqlQuery create(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                           "applied_at INTEGER NOT NULL)"));
        if (Status s = create.exec(); !s)
            return s;
    }
    const int current = currentVersion();
    const QList<Migration> migrations = available();
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > newest) {
        return makeError(
            ErrorCode::StorageError,
            DomainText::tr("The data file has schema version %1, newer than this program "
                           "knows (%2). Please update MerchantDesk.")
                .arg(current)
                .arg(newest));
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        for (const QString &statement : splitStatements(m.sql)) {
            SqlQuery q(db, statement);
            if (Status s = q.exec(); !s) {
                Error e = s.error();
                e.message = DomainText::tr("Migration %1 (%2) failed: %3")
                                .arg(m.version)
                                .arg(m.name, e.message);
                return e;
            }
        }
        SqlQuery record(
            db,
            QStringLiteral(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
            {m.version, m.name, SystemClock::instance().nowMs()});
        if (Status s = record.exec(); !s)
            return s;
    }
    return tx.commit();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    enum class State { Code, Single, Double, LineComment, BlockComment } state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('\'')) {
                state = State::Single;
            } else if (c == QLatin1Char('"')) {
                state = State::Double;
            } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                ++i;
                continue;
            } else if (c == QLatin1Char(';')) {
                if (!current.trimmed().isEmpty())
                    out.append(current.trimmed());
                current.clear();
                continue;
            }
            current += c;
            break;
        case State::Single:
        case State::Double:
            current += c;
            if ((state == State::Single && c == QLatin1Char('\'')) ||
                (state == State::Double && c == QLatin1Char('"')))
                state = State::Code;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace md
