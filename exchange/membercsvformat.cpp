#include "membercsvformat.h"

#include "money.h"
#include "storetime.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::MemberCsvFormat)
};

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

Error rowError(qint64 line, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, Text::tr("line %1: %2").arg(line).arg(reason));
}

std::optional<qint64> parseDate(const QString &text, const QString &timeZone)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return StoreTime::startOfDay(date, timeZone);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) { // no Z and no offset: the store's local time
        t = QDateTime(t.date(), t.time(), QTimeZone(timeZone.toUtf8()));
        if (!t.isValid())
            return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

} // namespace

ColumnMapping MemberCsvFormat::mapping()
{
    return ColumnMapping({
        {key(Email), {QStringLiteral("email"), QStringLiteral("e-mail")}},
        {key(Phone), {QStringLiteral("phone"), QStringLiteral("mobile")}},
        {key(Name),
         {QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("display_name")}},
        {key(ExternalRef),
         {QStringLiteral("external_ref"), QStringLiteral("customer id"),
          QStringLiteral("CustomerID")}},
        {key(Tier), {QStringLiteral("tier")}},
        {key(Points), {QStringLiteral("points")}},
        {key(Balance), {QStringLiteral("balance")}},
        {key(CreatedAt), {QStringLiteral("created_at"), QStringLiteral("created")}},
    });
}

QStringList MemberCsvFormat::exportHeader()
{
    return {QStringLiteral("email"),        QStringLiteral("phone"),     QStringLiteral("name"),
            QStringLiteral("external_ref"), QStringLiteral("tier"),      QStringLiteral("points"),
            QStringLiteral("balance"),      QStringLiteral("created_at")};
}

QString MemberCsvFormat::dateText(qint64 utcMs)
{
    return StoreTime::isoUtc(utcMs).toString();
}

Result<ImportedMember> MemberCsvFormat::parse(const QStringList &record, qint64 line,
                                              const ColumnMapping &mapping, const QString &currency,
                                              const QString &timeZone, qint64 nowMs)
{
    auto field = [&](const char *k) { return mapping.value(record, key(k)).trimmed(); };
    ImportedMember m;
    m.line = line;
    m.email = validation::normalizeEmail(field(Email));
    m.phone = validation::normalizePhone(field(Phone));
    m.displayName = field(Name);
    m.externalRef = field(ExternalRef);
    if (m.email.isEmpty() && m.phone.isEmpty() && m.externalRef.isEmpty())
        return rowError(line,
                        Text::tr("an e-mail address, a phone number or an external reference is "
                                 "required"));
    if (!m.email.isEmpty()) {
        if (Status s = validation::email(m.email); !s)
            return rowError(line, Text::tr("e-mail \"%1\": %2").arg(m.email, s.error().message));
    }
    if (!m.phone.isEmpty()) {
        if (Status s = validation::phone(m.phone); !s)
            return rowError(line, Text::tr("phone \"%1\": %2").arg(m.phone, s.error().message));
    }
    if (m.displayName.size() > validation::kMaxTitleLength)
        return rowError(
            line,
            Text::tr("the name is longer than %1 characters").arg(validation::kMaxTitleLength));
    if (const QString t = field(Tier); !t.isEmpty()) {
        m.tier = memberTierFromName(t.toLower());
        if (!m.tier)
            return rowError(
                line, Text::tr("unknown tier \"%1\" (regular, silver, gold or platinum)").arg(t));
    }
    if (const QString p = field(Points); !p.isEmpty()) {
        bool ok = false;
        const qint64 points = p.toLongLong(&ok);
        if (!ok || points < 0 || points > validation::kMaxAmount)
            return rowError(line,
                            Text::tr("points \"%1\" is not a whole number of at least 0").arg(p));
        m.points = points;
    }
    if (const QString b = field(Balance); !b.isEmpty()) {
        auto money = Money::parse(b, currency, Rounding::Reject);
        if (!money)
            return rowError(line, Text::tr("balance \"%1\" is not an amount in %2 (%3)")
                                      .arg(b, currency, money.error().message));
        if (Status s = validation::amount(money->minor(), key(Balance)); !s)
            return rowError(line, Text::tr("balance \"%1\": %2").arg(b, s.error().message));
        m.balance = money->minor();
    }
    if (const QString d = field(CreatedAt); !d.isEmpty()) {
        m.createdAt = parseDate(d, timeZone);
        if (!m.createdAt)
            return rowError(line,
                            Text::tr("created_at \"%1\" is not a date (YYYY-MM-DD or ISO 8601 "
                                     "date and time)")
                                .arg(d));
        if (*m.createdAt > nowMs)
            return rowError(line, Text::tr("created_at \"%1\" is in the future").arg(d));
    }
    return m;
}

} // namespace md
