#include "areaworker.h"

namespace md {

AreaWorker::AreaWorker(const QString &name)
{
    m_thread.setObjectName(name);
}

AreaWorker::~AreaWorker()
{
    stop();
}

void AreaWorker::stop()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace md
