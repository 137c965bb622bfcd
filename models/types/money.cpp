#include "money.h"

#include <algorithm>
#include <numeric>

namespace md {

CurrencyInfo CurrencyInfo::of(const QString &code)
{
    static const CurrencyInfo known[] = {
        {QStringLiteral("CNY"), 2, QStringLiteral("¥")},
        {QStringLiteral("GBP"), 2, QStringLiteral("£")},
        {QStringLiteral("USD"), 2, QStringLiteral("$")},
        {QStringLiteral("EUR"), 2, QStringLiteral("€")},
        {QStringLiteral("HKD"), 2, QStringLiteral("HK$")},
        {QStringLiteral("JPY"), 0, QStringLiteral("¥")},
        {QStringLiteral("KRW"), 0, QStringLiteral("₩")},
    };
    for (const auto &c : known) {
        if (c.code == code)
            return c;
    }
    return {code, 2, code + QLatin1Char(' ')};
}

namespace money {

std::optional<qint64> add(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_add_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> sub(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_sub_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> mul(qint64 a, qint64 b)
{
    qint64 r;
    if (__builtin_mul_overflow(a, b, &r))
        return std::nullopt;
    return r;
}

qint64 divide(__int128 numerator, __int128 denominator, Rounding rounding)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const __int128 n = negative ? -numerator : numerator;
    __int128 q = n / denominator;
    const __int128 r = n % denominator;
    switch (rounding) {
    case Rounding::Reject:
    case Rounding::Down:
        break;
    case Rounding::HalfUp:
        if (2 * r >= denominator)
            ++q;
        break;
    case Rounding::HalfEven:
        if (2 * r > denominator || (2 * r == denominator && (q % 2) == 1))
            ++q;
        break;
    }
    return static_cast<qint64>(negative ? -q : q);
}

qint64 applyRate(qint64 amount, qint64 basisPoints, Rounding rounding)
{
    return divide(static_cast<__int128>(amount) * basisPoints, 10000, rounding);
}

std::optional<QList<qint64>> allocate(qint64 total, const QList<qint64> &weights)
{
    if (weights.isEmpty())
        return std::nullopt;
    __int128 weightSum = 0;
    for (qint64 w : weights) {
        if (w < 0)
            return std::nullopt;
        weightSum += w;
    }
    QList<qint64> effective = weights;
    if (weightSum == 0) {
        std::fill(effective.begin(), effective.end(), 1);
        weightSum = effective.size();
    }
    // Work on the magnitude so that a negative total mirrors a positive one exactly.
    const bool negative = total < 0;
    const __int128 magnitude = negative ? -static_cast<__int128>(total) : total;

    QList<qint64> parts(effective.size());
    QList<__int128> remainders(effective.size());
    __int128 assigned = 0;
    for (qsizetype i = 0; i < effective.size(); ++i) {
        const __int128 exact = magnitude * effective[i];
        parts[i] = static_cast<qint64>(exact / weightSum);
        remainders[i] = exact % weightSum;
        assigned += parts[i];
    }
    auto leftover = static_cast<qsizetype>(magnitude - assigned); // < number of parts
    QList<qsizetype> order(effective.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; k < leftover; ++k)
        ++parts[order[k]];
    if (negative) {
        for (auto &p : parts)
            p = -p;
    }
    return parts;
}

} // namespace money

namespace {

Error overflowError()
{
    return makeError(ErrorCode::AmountOverflow, DomainText::tr("The amount is too large."));
}

Error invalidAmount(QStringView text)
{
    return makeError(ErrorCode::InvalidAmount,
                     DomainText::tr("\"%1\" is not an amount of money.").arg(text.toString()));
}

} // namespace

Result<Money> Money::parse(QStringView text, const QString &currency, Rounding rounding)
{
    const CurrencyInfo info = CurrencyInfo::of(currency);
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.front() == QLatin1Char('-');
        s = s.mid(1).trimmed();
    }
    const QString symbol = info.symbol.trimmed();
    if (!symbol.isEmpty() && s.startsWith(symbol))
        s = s.mid(symbol.size()).trimmed();
    else if (s.startsWith(info.code))
        s = s.mid(info.code.size()).trimmed();
    if (s.isEmpty())
        return invalidAmount(text);

    const qsizetype point = s.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? s : s.left(point);
    const QStringView fraction = point < 0 ? QStringView() : s.mid(point + 1);
    if (whole.isEmpty() || (point >= 0 && fraction.isEmpty()))
        return invalidAmount(text);

    // Whole part: digits, optionally grouped by commas into threes ("1,299,000").
    qint64 major = 0;
    int digitsSinceComma = 0;
    bool sawComma = false;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole[i];
        if (c == QLatin1Char(',')) {
            if (i == 0 || (sawComma && digitsSinceComma != 3) ||
                (!sawComma && digitsSinceComma > 3))
                return invalidAmount(text);
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalidAmount(text);
        ++digitsSinceComma;
        auto m = money::mul(major, 10);
        auto a = m ? money::add(*m, c.unicode() - '0') : std::nullopt;
        if (!a)
            return overflowError();
        major = *a;
    }
    if (sawComma && digitsSinceComma != 3)
        return invalidAmount(text);

    // Fraction: keep `exponent` digits exactly, round the rest by the rule.
    qint64 minorPart = 0;
    __int128 extra = 0;      // digits beyond the exponent, as an integer
    __int128 extraScale = 1; // 10^(number of extra digits)
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalidAmount(text);
        const int d = c.unicode() - '0';
        if (i < info.exponent) {
            minorPart = minorPart * 10 + d;
        } else if (extraScale < (static_cast<__int128>(1) << 100)) {
            extra = extra * 10 + d;
            extraScale *= 10;
        }
    }
    for (qsizetype i = fraction.size(); i < info.exponent; ++i)
        minorPart *= 10;
    if (extra != 0 && rounding == Rounding::Reject) {
        return makeError(ErrorCode::InvalidAmount,
                         DomainText::tr("\"%1\" has more decimals than %2 allows.")
                             .arg(text.toString(), info.code));
    }

    qint64 scale = 1;
    for (int i = 0; i < info.exponent; ++i)
        scale *= 10;
    auto scaled = money::mul(major, scale);
    auto minor = scaled ? money::add(*scaled, minorPart) : std::nullopt;
    if (!minor)
        return overflowError();
    // Round on the combined value so that HalfEven looks at the parity of the last kept digit.
    const __int128 combined = static_cast<__int128>(*minor) * extraScale + extra;
    const qint64 rounded = money::divide(negative ? -combined : combined, extraScale,
                                         rounding == Rounding::Reject ? Rounding::Down : rounding);
    if ((negative && rounded > 0) || (!negative && rounded < 0))
        return overflowError();
    return Money(rounded, currency);
}

QString Money::toDecimalString() const
{
    const int exponent = CurrencyInfo::of(m_currency).exponent;
    const quint64 magnitude =
        m_minor < 0 ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString digits = QString::number(magnitude);
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits = QString(exponent + 1 - digits.size(), QLatin1Char('0')) + digits;
        digits.insert(digits.size() - exponent, QLatin1Char('.'));
    }
    return m_minor < 0 ? QLatin1Char('-') + digits : digits;
}

QString Money::format(const QLocale &locale) const
{
    const CurrencyInfo info = CurrencyInfo::of(m_currency);
    const QString plain = toDecimalString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? body : body.left(point);
    const QString fraction = point < 0 ? QString() : body.mid(point + 1);

    QString grouped;
    const QString group = locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += group;
        grouped += whole[i];
    }
    QString number = grouped;
    if (!fraction.isEmpty())
        number += locale.decimalPoint() + fraction;

    // Let the locale decide where the symbol goes, using an integer template value. Negative
    // amounts take a leading minus sign rather than the accounting parentheses some locales use.
    static const QString placeholder = QStringLiteral("\u00A4");
    // The "C" locale (LC_ALL=C in scripts and CI) has no currency convention: use the symbol first.
    QString out = locale.language() == QLocale::C
                      ? placeholder + QLatin1Char('7')
                      : locale.toCurrencyString(qlonglong(7), placeholder);
    out.replace(QLatin1Char('7'), number);
    out.replace(placeholder, info.symbol.trimmed());
    return negative ? locale.negativeSign() + out : out;
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::CurrencyMismatch,
                         DomainText::tr("Amounts in different currencies."));
    auto r = money::add(m_minor, other.m_minor);
    if (!r)
        return overflowError();
    return Money(*r, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::CurrencyMismatch,
                         DomainText::tr("Amounts in different currencies."));
    auto r = money::sub(m_minor, other.m_minor);
    if (!r)
        return overflowError();
    return Money(*r, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    auto r = money::mul(m_minor, factor);
    if (!r)
        return overflowError();
    return Money(*r, m_currency);
}

} // namespace md
