#include "memberexporter.h"

#include "csvwriter.h"
#include "membercsvformat.h"
#include "memberservice.h"
#include "money.h"
#include "servicecontext.h"
#include "storesettings.h"
#include "validation.h"

namespace md {

namespace {
constexpr int PageSize = 500;
}

Result<int> MemberExporter::write(QIODevice *device, const Actor &actor,
                                  const ExportOptions &options)
{
    auto settings = StoreSettings::load(m_ctx.connection());
    MD_TRY(settings);
    MemberService members(m_ctx);
    qint64 total = 0;
    if (options.progress) {
        auto count = members.memberCount(actor, MemberQuery());
        MD_TRY(count);
        total = *count;
    }
    CsvWriter csv(device);
    csv.writeRow(MemberCsvFormat::exportHeader());
    int written = 0;
    for (int offset = 0;; offset += PageSize) {
        MemberQuery q;
        q.offset = offset;
        q.limit = PageSize;
        auto page = members.members(actor, q);
        MD_TRY(page);
        for (const Member &m : *page) {
            if (options.isCancelled())
                return cancelledExport();
            csv.writeRow({m.email, m.phone, m.displayName, m.externalRef,
                          memberTierName(m.effectiveTier()), QString::number(m.points),
                          Money(m.balance, settings->currency).toDecimalString(),
                          MemberCsvFormat::dateText(m.createdAt)});
            ++written;
            if (options.progress)
                options.progress(written, qMax<qint64>(total, written));
        }
        if (page->size() < PageSize)
            break;
    }
    return written;
}

} // namespace md
