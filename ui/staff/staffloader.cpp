#include "staffloader.h"

#include "servicecontext.h"
#include "staffservice.h"

namespace md {

void StaffLoader::load(quint64 generation)
{
    auto staff = StaffService(m_ctx).all(m_staff);
    if (!staff) {
        emit failed(generation, staff.error().message);
        return;
    }
    emit loaded(generation, *staff);
}

} // namespace md
