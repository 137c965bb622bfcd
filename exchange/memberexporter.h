#pragma once

#include "actor.h"
#include "exportoptions.h"
#include "result.h"

#include <QIODevice>

namespace md {

class ServiceContext;

// Writes every member (in id order) as the member CSV MemberImporter reads: e-mail, phone, name,
// external reference, effective tier, points, balance (decimal, the store's currency) and
// created_at (ISO 8601 UTC with milliseconds). Never a password or its hash: the CSV has no such
// column. The actor needs permission to view members.
class MemberExporter
{
public:
    explicit MemberExporter(const ServiceContext &context)
        : m_ctx(context)
    {}

    // The number of members written. Stopped by `options.cancel`, it returns cancelledExport()
    // with part of the file written: the caller discards it.
    Result<int> write(QIODevice *device, const Actor &actor = Actor::system(),
                      const ExportOptions &options = {});

private:
    const ServiceContext &m_ctx;
};

} // namespace md
