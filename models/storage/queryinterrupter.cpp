#include "queryinterrupter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace md {

void QueryInterrupter::arm(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    void *raw = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        raw = *static_cast<sqlite3 *const *>(handle.constData());
    m_handle.store(raw);
}

void QueryInterrupter::disarm()
{
    m_handle.store(nullptr);
}

void QueryInterrupter::interrupt()
{
    if (void *raw = m_handle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(raw));
}

} // namespace md
