#pragma once

#include "result.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace md {

// How an exact fraction of a minor unit becomes a whole one. docs/money.md lists which rule each
// business figure uses; there is no implicit default in arithmetic.
enum class Rounding {
    Reject,   // parsing only: more decimals than the currency has is an error
    Down,     // toward zero (used where the shop must never give more than earned, e.g. points)
    HalfUp,   // .5 away from zero (discounts, percentages shown to customers)
    HalfEven, // banker's rounding (imports of third-party amounts with extra decimals)
};

struct CurrencyInfo
{
    QString code;   // ISO 4217, e.g. "CNY"
    int exponent;   // minor units per major unit as a power of ten
    QString symbol; // "¥", "£"

    static CurrencyInfo of(const QString &code);
};

// Checked integer arithmetic on minor units: an overflow is reported, never wrapped.
namespace money {
std::optional<qint64> add(qint64 a, qint64 b);
std::optional<qint64> sub(qint64 a, qint64 b);
std::optional<qint64> mul(qint64 a, qint64 b);
// numerator / denominator rounded by the rule; denominator must be positive.
qint64 divide(__int128 numerator, __int128 denominator, Rounding rounding);
// amount × basisPoints / 10000 (1 bp = 0.01 %), rounded by the rule.
qint64 applyRate(qint64 amount, qint64 basisPoints, Rounding rounding);
// Split total over the weights by largest remainder: every part is within one minor unit of its
// exact share, the parts add up exactly to total, ties go to the earlier index, and equal input
// always gives equal output. Weights must be non-negative; all-zero weights split evenly.
// Returns nullopt for an empty or negative weight list.
std::optional<QList<qint64>> allocate(qint64 total, const QList<qint64> &weights);
} // namespace money

// An amount of one currency in integer minor units (fen, pence). Never a floating-point value.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, const QString &currency)
        : m_minor(minor)
        , m_currency(currency)
    {}

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Decimal text such as "1299", "1,299.00", "¥1,299.5", "-0.01" into minor units, without
    // floating point. Grouping commas must separate groups of three digits.
    static Result<Money> parse(QStringView text, const QString &currency,
                               Rounding rounding = Rounding::Reject);

    // Plain decimal text with the currency's exponent: "1299.00", "-0.05". Round-trips with parse.
    QString toDecimalString() const;
    // For people: the locale's separators and symbol position, e.g. ¥1,299.00 or £9.99.
    QString format(const QLocale &locale = QLocale()) const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace md
