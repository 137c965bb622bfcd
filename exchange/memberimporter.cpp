#include "memberimporter.h"

#include "csvreader.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "servicecontext.h"
#include "storesettings.h"
#include "validation.h"
#include "walletservice.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::MemberImporter)
};

Status rewind(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential() || !device->seek(0))
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("The file cannot be read from its start (it must be a file, not a "
                     "stream)."));
    return {};
}

using Fmt = MemberCsvFormat;

// Within one file a contact may name one member only.
class DuplicateCheck
{
public:
    std::optional<QString> check(const ImportedMember &m)
    {
        const std::pair<QHash<QString, qint64> *, const QString *> keys[] = {
            {&m_emails, &m.email}, {&m_phones, &m.phone}, {&m_refs, &m.externalRef}};
        for (const auto &[seen, value] : keys) {
            if (!value->isEmpty() && seen->contains(*value))
                return Text::tr("line %1: %2 is already on line %3")
                    .arg(m.line)
                    .arg(*value)
                    .arg(seen->value(*value));
        }
        for (const auto &[seen, value] : keys) {
            if (!value->isEmpty())
                seen->insert(*value, m.line);
        }
        return std::nullopt;
    }

private:
    QHash<QString, qint64> m_emails, m_phones, m_refs;
};

} // namespace

struct MemberImporter::Counts
{
    int created = 0, updated = 0, unchanged = 0, pointsEntries = 0, balanceEntries = 0;
};

MemberImporter::MemberImporter(const ServiceContext &context, QIODevice *device)
    : m_ctx(context)
    , m_device(device)
    , m_mapping(MemberCsvFormat::mapping())
{}

Status MemberImporter::readHeader()
{
    MD_TRY(rewind(m_device));
    CsvReader reader(m_device);
    CsvRecord record;
    const CsvReader::Status s = reader.next(record);
    if (s == CsvReader::Status::Error)
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    if (s == CsvReader::Status::End)
        return makeError(ErrorCode::InvalidArgument, Text::tr("The file is empty."));
    m_header = record.fields;
    m_mapping.autoMap(m_header);
    if (m_mapping.column(QString::fromLatin1(Fmt::Email)) < 0 &&
        m_mapping.column(QString::fromLatin1(Fmt::Phone)) < 0 &&
        m_mapping.column(QString::fromLatin1(Fmt::ExternalRef)) < 0)
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("No column for the e-mail, the phone or the external reference."));
    return {};
}

Result<ParsedMembers> MemberImporter::parse(int maxMembers)
{
    auto settings = StoreSettings::load(m_ctx.connection());
    MD_TRY(settings);
    MD_TRY(rewind(m_device));
    ParsedMembers out;
    DuplicateCheck duplicates;
    CsvReader reader(m_device);
    CsvRecord record;
    CsvReader::Status s = reader.next(record);
    if (s == CsvReader::Status::Record)
        reader.setExpectedColumns(int(record.fields.size()));
    while (s != CsvReader::Status::End) {
        if (maxMembers >= 0 && out.members.size() >= maxMembers)
            break;
        s = reader.next(record);
        if (s == CsvReader::Status::Error) {
            out.rejected.append({reader.errorLine(), reader.errorString()});
            continue;
        }
        if (s != CsvReader::Status::Record)
            continue;
        if (std::all_of(record.fields.begin(), record.fields.end(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        auto m = MemberCsvFormat::parse(record.fields, record.line, m_mapping, settings->currency,
                                        settings->timeZone, m_ctx.now());
        if (!m) {
            out.rejected.append({record.line, m.error().message});
        } else if (auto duplicate = duplicates.check(*m)) {
            out.rejected.append({record.line, *duplicate});
        } else {
            out.members.append(*m);
        }
    }
    return out;
}

Result<ParsedMembers> MemberImporter::preview(int count)
{
    return parse(qMax(0, count));
}

MemberImportSummary MemberImporter::validate(const ImportOptions &options)
{
    return execute(options, false);
}

MemberImportSummary MemberImporter::run(const ImportOptions &options)
{
    return execute(options, true);
}

MemberImportSummary MemberImporter::execute(const ImportOptions &options, bool keep)
{
    MemberImportSummary summary;
    for (int c = 0; c < m_header.size(); ++c) {
        bool used = false;
        for (const auto &f : m_mapping.fields())
            used = used || m_mapping.column(f.key) == c;
        if (!used)
            summary.ignoredColumns.append(m_header[c]);
    }
    auto parsed = parse(-1);
    if (!parsed) {
        summary.failure = parsed.error();
        return summary;
    }
    summary.members = int(parsed->members.size() + parsed->rejected.size());
    summary.rejected = parsed->rejected;

    WriteTransaction tx(m_ctx.database());
    if (!tx.began()) {
        summary.failure = tx.began().error();
        return summary;
    }
    Counts total;
    const qint64 n = parsed->members.size();
    for (qint64 i = 0; i < n; ++i) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        WriteTransaction member(m_ctx.database());
        if (!member.began()) {
            summary.failure = member.began().error();
            return summary;
        }
        Counts counts;
        const qsizetype rejectedBefore = summary.rejected.size();
        if (Status s = write(parsed->members[i], options, counts, summary.rejected); !s) {
            summary.failure = s.error();
            return summary;
        }
        if (summary.rejected.size() == rejectedBefore) {
            if (Status s = member.commit(); !s) {
                summary.failure = s.error();
                return summary;
            }
            total.created += counts.created;
            total.updated += counts.updated;
            total.unchanged += counts.unchanged;
            total.pointsEntries += counts.pointsEntries;
            total.balanceEntries += counts.balanceEntries;
        }
        if (options.progress)
            options.progress(i + 1, n);
    }
    summary.created = total.created;
    summary.updated = total.updated;
    summary.unchanged = total.unchanged;
    summary.pointsEntries = total.pointsEntries;
    summary.balanceEntries = total.balanceEntries;
    std::stable_sort(summary.rejected.begin(), summary.rejected.end(),
                     [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    if (!keep || (options.allOrNothing && !summary.rejected.isEmpty()))
        return summary;
    if (Status s = tx.commit(); !s) {
        summary.failure = s.error();
        return summary;
    }
    summary.committed = true;
    return summary;
}

Status MemberImporter::write(const ImportedMember &m, const ImportOptions &options, Counts &counts,
                             QList<RejectedRow> &rejected)
{
    auto refused = [&](const Error &e) -> Status {
        if (e.code == ErrorCode::StorageError)
            return e;
        rejected.append({m.line, Text::tr("line %1: %2").arg(m.line).arg(e.message)});
        return {};
    };
    MemberRepository repo(m_ctx.connection());
    std::optional<Member> byEmail, byPhone, byRef;
    if (!m.email.isEmpty()) {
        auto found = repo.findByEmail(m.email);
        MD_TRY(found);
        byEmail = *found;
    }
    if (!m.phone.isEmpty()) {
        auto found = repo.findByPhone(m.phone);
        MD_TRY(found);
        byPhone = *found;
    }
    if (!m.externalRef.isEmpty()) {
        auto found = repo.findByExternalRef(m.externalRef);
        MD_TRY(found);
        byRef = *found;
    }
    if (byEmail && byPhone && byEmail->id != byPhone->id) {
        rejected.append(
            {m.line, Text::tr("line %1: the e-mail belongs to member %2 and the phone to "
                              "member %3")
                         .arg(m.line)
                         .arg(byEmail->id)
                         .arg(byPhone->id)});
        return {};
    }
    std::optional<Member> existing = byEmail ? byEmail : byPhone ? byPhone : byRef;

    MemberService members(m_ctx);
    qint64 id = 0;
    bool changed = false;
    if (!existing) {
        NewMember n;
        n.email = m.email;
        n.phone = m.phone;
        n.externalRef = m.externalRef;
        // The service needs a name; a contact stands in for a missing one.
        n.displayName = !m.displayName.isEmpty() ? m.displayName
                        : !m.email.isEmpty()     ? m.email
                        : !m.phone.isEmpty()     ? m.phone
                                                 : m.externalRef;
        n.createdAt = m.createdAt.value_or(0);
        // No password: an imported member cannot log in until one is set.
        auto created = members.createMember(options.actor, n);
        if (!created)
            return refused(created.error());
        existing = *created;
        ++counts.created;
    } else {
        ProfileUpdate u;
        if (!m.displayName.isEmpty() && m.displayName != existing->displayName)
            u.displayName = m.displayName;
        if (!m.email.isEmpty() && m.email != existing->email)
            u.email = m.email;
        if (!m.phone.isEmpty() && m.phone != existing->phone)
            u.phone = m.phone;
        if (u.displayName || u.email || u.phone) {
            auto updated = members.updateProfile(options.actor, existing->id, u);
            if (!updated)
                return refused(updated.error());
            existing = *updated;
            changed = true;
        }
    }
    id = existing->id;
    if (m.tier && *m.tier != existing->effectiveTier()) {
        auto overridden = members.overrideTier(options.actor, id, *m.tier);
        if (!overridden)
            return refused(overridden.error());
        changed = true;
    }
    const QString source =
        options.sourceName.isEmpty() ? QStringLiteral("CSV") : options.sourceName;
    WalletService wallet(m_ctx);
    const struct
    {
        LedgerKind kind;
        std::optional<qint64> target;
        qint64 current;
        int *entries;
    } ledgers[] = {{LedgerKind::Points, m.points, existing->points, &counts.pointsEntries},
                   {LedgerKind::Balance, m.balance, existing->balance, &counts.balanceEntries}};
    for (const auto &l : ledgers) {
        if (!l.target || *l.target == l.current)
            continue;
        auto entry = wallet.adjust(options.actor, l.kind, id, *l.target - l.current,
                                   QStringLiteral("adjustment"),
                                   Text::tr("import %1, line %2").arg(source).arg(m.line));
        if (!entry)
            return refused(entry.error());
        ++*l.entries;
        changed = true;
    }
    if (counts.created == 0)
        ++(changed ? counts.updated : counts.unchanged);
    return {};
}

} // namespace md
