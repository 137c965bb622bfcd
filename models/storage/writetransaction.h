#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace md {

class Database;

// A write transaction on this thread's connection. The outermost one takes the write lock up front
// with BEGIN IMMEDIATE (a plain BEGIN, which is what QSqlDatabase::transaction() issues, fails at
// once with "database is locked" when two writers meet; IMMEDIATE waits on the busy timeout).
// Nested ones become savepoints, so a service can call another service inside its transaction and
// a failure rolls back only what the inner one did. Destroyed without commit() = rolled back.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; check before doing any work.
    const Status &began() const { return m_began; }
    Status commit();
    void rollback();

    QSqlDatabase connection() const { return m_db; }

private:
    const Database &m_database;
    QSqlDatabase m_db;
    Status m_began;
    int m_level = 0; // 1 = outermost
    bool m_open = false;
};

} // namespace md
