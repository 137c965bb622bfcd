#include "validation.h"

#include <QRegularExpression>

namespace md::validation {

Status title(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::EmptyTitle, DomainText::tr("A name or title is required."),
                         field);
    if (t.size() > kMaxTitleLength) {
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("The name is too long (at most %1 characters).").arg(kMaxTitleLength),
            field);
    }
    return {};
}

Status amount(qint64 minorUnits, const QString &field)
{
    if (minorUnits < 0)
        return makeError(ErrorCode::InvalidPrice, DomainText::tr("An amount cannot be negative."),
                         field);
    if (minorUnits > kMaxAmount)
        return makeError(ErrorCode::InvalidPrice,
                         DomainText::tr("The amount is implausibly large."), field);
    return {};
}

Status nonNegativeCount(qint64 value, const QString &field)
{
    if (value < 0 || value > 1'000'000'000)
        return makeError(ErrorCode::InvalidQuantity,
                         DomainText::tr("The quantity is out of range."), field);
    return {};
}

QString normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString normalizePhone(const QString &phone)
{
    QString p = phone.trimmed();
    p.remove(QLatin1Char(' '));
    p.remove(QLatin1Char('-'));
    if (p.startsWith(QStringLiteral("+86")) && p.size() == 14)
        p = p.mid(3);
    return p;
}

Status email(const QString &normalized)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (normalized.size() > 254 || !pattern.match(normalized).hasMatch())
        return makeError(ErrorCode::InvalidEmail,
                         DomainText::tr("This is not a valid e-mail address."),
                         QStringLiteral("email"));
    return {};
}

Status phone(const QString &normalized)
{
    // Mainland mobile numbers (11 digits starting 1[3-9]) or any E.164 number with its + prefix.
    static const QRegularExpression pattern(QStringLiteral("^(?:1[3-9]\\d{9}|\\+[1-9]\\d{6,14})$"));
    if (!pattern.match(normalized).hasMatch())
        return makeError(ErrorCode::InvalidPhone,
                         DomainText::tr("This is not a valid mobile phone number."),
                         QStringLiteral("phone"));
    return {};
}

Status password(const QString &password)
{
    if (password.size() < 8 || password.size() > 256)
        return makeError(ErrorCode::WeakPassword,
                         DomainText::tr("A password needs at least 8 characters."),
                         QStringLiteral("password"));
    return {};
}

Error notFound(const QString &what, qint64 id)
{
    Error e = makeError(ErrorCode::NotFound, DomainText::tr("No %1 with id %2.").arg(what).arg(id));
    e.details.insert(QStringLiteral("entity"), what);
    e.details.insert(QStringLiteral("id"), id);
    return e;
}

Error versionConflict(const QString &what, qint64 id, qint64 expected, qint64 actual)
{
    Error e =
        makeError(ErrorCode::VersionConflict,
                  DomainText::tr("Someone else changed this %1 meanwhile; reload it and try again.")
                      .arg(what));
    e.details.insert(QStringLiteral("entity"), what);
    e.details.insert(QStringLiteral("id"), id);
    e.details.insert(QStringLiteral("expectedVersion"), expected);
    e.details.insert(QStringLiteral("currentVersion"), actual);
    return e;
}

} // namespace md::validation
