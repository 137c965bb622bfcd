#include "dashboardloader.h"

#include "servicecontext.h"

namespace md {

void DashboardLoader::load(quint64 generation)
{
    auto summary = DashboardSummary::compute(m_ctx, m_ctx.now());
    if (!summary) {
        emit failed(generation, summary.error().message);
        return;
    }
    emit loaded(generation, *summary);
}

} // namespace md
