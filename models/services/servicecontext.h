#pragma once

#include "clock.h"
#include "database.h"
#include "passwordhasher.h"

namespace md {

// What every service needs: the store, the time, and the password cost. One instance is made by
// the composition root (or a test) and shared by all services on all threads; it is immutable.
class ServiceContext
{
public:
    explicit ServiceContext(const Database &database, const Clock &clock = SystemClock::instance(),
                            PasswordHasher hasher = PasswordHasher())
        : m_database(database)
        , m_clock(clock)
        , m_hasher(hasher)
    {}

    const Database &database() const { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }
    const Clock &clock() const { return m_clock; }
    qint64 now() const { return m_clock.nowMs(); }
    const PasswordHasher &hasher() const { return m_hasher; }

private:
    const Database &m_database;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace md
