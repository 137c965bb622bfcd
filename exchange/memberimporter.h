#pragma once

#include "columnmapping.h"
#include "importoptions.h"
#include "membercsvformat.h"
#include "result.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <optional>

namespace md {

class ServiceContext;

struct ParsedMembers
{
    QList<ImportedMember> members;
    QList<RejectedRow> rejected;
};

// As ProductImportSummary: after validate() or a refused run, what the file would have done.
struct MemberImportSummary
{
    int members = 0; // rows read as members, rejected or not
    int created = 0;
    int updated = 0; // name, e-mail, phone, tier, points or balance changed
    int unchanged = 0;
    int pointsEntries = 0;  // ledger entries written for opening or re-imported points
    int balanceEntries = 0; // likewise for store balance
    QList<RejectedRow> rejected;
    QStringList ignoredColumns;
    bool committed = false;
    bool cancelled = false;
    std::optional<Error> failure;
};

// Imports a member CSV through MemberService and WalletService (docs/import.md). A row matches an
// existing member by e-mail, else phone, else external reference; a row whose e-mail and phone
// belong to two different members is refused. A new member is created without a password (it
// cannot log in until one is set) and dated at created_at; an existing one takes the file's name,
// e-mail and phone where the file gives them. A tier different from the member's effective tier
// becomes a manager's override. Points and balance are figures, not deltas: the difference to
// the member's current figure is posted as an `adjustment` ledger entry whose note names the file
// and line, so an opening balance is in the ledger like any other. The device must be seekable.
class MemberImporter
{
public:
    MemberImporter(const ServiceContext &context, QIODevice *device);

    // Reads the header and maps it; refused when no column gives an e-mail, phone or reference
    // (the mapping is kept, so the caller may map one by hand and go on).
    Status readHeader();
    const QStringList &header() const { return m_header; }
    ColumnMapping &mapping() { return m_mapping; }

    Result<ParsedMembers> preview(int count);
    MemberImportSummary validate(const ImportOptions &options = {});
    MemberImportSummary run(const ImportOptions &options = {});

private:
    struct Counts;
    Result<ParsedMembers> parse(int maxMembers);
    MemberImportSummary execute(const ImportOptions &options, bool keep);
    Status write(const ImportedMember &member, const ImportOptions &options, Counts &counts,
                 QList<RejectedRow> &rejected);

    const ServiceContext &m_ctx;
    QIODevice *m_device;
    QStringList m_header;
    ColumnMapping m_mapping;
};

} // namespace md
