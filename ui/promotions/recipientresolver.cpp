#include "recipientresolver.h"

#include "memberservice.h"
#include "segmenttarget.h"
#include "servicecontext.h"

#include <QSet>

namespace md {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

Result<QList<qint64>> allMembers(const ServiceContext &ctx, const Actor &staff)
{
    const MemberService members(ctx);
    QList<qint64> out;
    MemberQuery q;
    q.limit = 1000;
    while (out.size() < RecipientResolver::kMaxMembers) {
        auto page = members.members(staff, q);
        if (!page)
            return page.error();
        for (const Member &m : *page)
            out.append(m.id);
        if (page->size() < q.limit)
            break;
        q.offset += q.limit;
    }
    return out;
}

} // namespace

void RecipientResolver::resolve(quint64 request, const RecipientChoice &choice)
{
    QList<qint64> ids;
    QStringList unknown;
    switch (choice.kind) {
    case RecipientChoice::Kind::AllMembers: {
        auto all = allMembers(m_ctx, m_staff);
        if (!all) {
            emit failed(request, all.error().message);
            return;
        }
        ids = *all;
        break;
    }
    case RecipientChoice::Kind::Segment: {
        const qint64 now = m_ctx.now();
        const SegmentTarget target(m_ctx, now - qint64(qMax(1, choice.windowDays)) * kDayMs,
                                   now + 1);
        auto members = target.members(choice.segment);
        if (!members) {
            emit failed(request, members.error().message);
            return;
        }
        ids = *members;
        break;
    }
    case RecipientChoice::Kind::Listed: {
        // Member data is read with the staff member's rights, as the members area would.
        const MemberService members(m_ctx);
        QSet<qint64> seen;
        for (const QString &raw : choice.entries) {
            const QString entry = raw.trimmed();
            if (entry.isEmpty())
                continue;
            auto found = members.findByEntry(m_staff, entry);
            if (!found) {
                emit failed(request, found.error().message);
                return;
            }
            const std::optional<qint64> id = *found;
            if (!id)
                unknown.append(entry);
            else if (!seen.contains(*id)) {
                seen.insert(*id);
                ids.append(*id);
            }
        }
        break;
    }
    }
    emit resolved(request, ids, unknown);
}

} // namespace md
