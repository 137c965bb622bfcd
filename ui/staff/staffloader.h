#pragma once

#include "actor.h"
#include "staffuser.h"

#include <QList>
#include <QObject>

namespace md {

class ServiceContext;

// Reads the staff list on a worker thread (with that thread's own connection), as the signed-in
// staff member may see it (StaffService::all checks the permission). A shop has a handful of
// staff, so the whole list comes in one answer.
class StaffLoader : public QObject
{
    Q_OBJECT

public:
    StaffLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    void load(quint64 generation);

signals:
    void loaded(quint64 generation, const QList<md::StaffUser> &staff);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff;
};

} // namespace md
