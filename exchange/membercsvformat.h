#pragma once

#include "columnmapping.h"
#include "member.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace md {

// One member as a member CSV describes it. Empty cells are nullopt (or empty text): a new member
// gets the default, an existing one keeps what it has.
struct ImportedMember
{
    qint64 line = 0;
    QString email; // normalised
    QString phone; // normalised
    QString displayName;
    QString externalRef;
    std::optional<MemberTier> tier;
    std::optional<qint64> points;
    std::optional<qint64> balance;   // minor units of the store's currency
    std::optional<qint64> createdAt; // UTC ms
};

// The member CSV (docs/import.md): email, phone, name, external_ref, tier, points, balance,
// created_at. There is no password column, ever: an export never writes one and an import maps
// none (a "password" column is reported as ignored).
class MemberCsvFormat
{
public:
    static constexpr const char *Email = "email";
    static constexpr const char *Phone = "phone";
    static constexpr const char *Name = "name";
    static constexpr const char *ExternalRef = "externalRef";
    static constexpr const char *Tier = "tier";
    static constexpr const char *Points = "points";
    static constexpr const char *Balance = "balance";
    static constexpr const char *CreatedAt = "createdAt";

    static ColumnMapping mapping();
    static QStringList exportHeader();

    // A record as a member, or why not (the reason starts with "line N: ").
    // Dates: "YYYY-MM-DD" (midnight in the store's zone), or ISO 8601 date and time, in UTC with
    // Z or an offset, else in the store's zone; never later than nowMs.
    static Result<ImportedMember> parse(const QStringList &record, qint64 line,
                                        const ColumnMapping &mapping, const QString &currency,
                                        const QString &timeZone, qint64 nowMs);
    static QString dateText(qint64 utcMs); // "2026-01-01T00:00:00.000Z"
};

} // namespace md
