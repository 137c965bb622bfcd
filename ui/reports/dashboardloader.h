#pragma once

#include "dashboardsummary.h"

#include <QObject>

namespace md {

class ServiceContext;

// Computes the dashboard's summary on a worker thread (with that thread's own connection).
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(const ServiceContext &context)
        : m_ctx(context)
    {}

public slots:
    void load(quint64 generation);

signals:
    void loaded(quint64 generation, const md::DashboardSummary &summary);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
