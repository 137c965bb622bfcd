#include "reportresult.h"

#include "money.h"

namespace md {

int ReportResult::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

qint64 ReportResult::integerAt(int row, const QString &key) const
{
    const int c = columnIndex(key);
    if (c < 0 || row < 0 || row >= rows.size() || c >= rows[row].size())
        return 0;
    return rows[row][c].toLongLong();
}

qint64 ReportResult::totalOf(const QString &key) const
{
    const int c = columnIndex(key);
    return c >= 0 && c < totals.size() ? totals[c].toLongLong() : 0;
}

// Basis points to "percent.hundredths", by integer division: no floating point.
static QString fixed2(qint64 v)
{
    const bool negative = v < 0;
    const quint64 a = negative ? quint64(0) - quint64(v) : quint64(v);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString ReportResult::cellText(const QVariant &value, int column) const
{
    if (!value.isValid() || column < 0 || column >= columns.size())
        return {};
    switch (columns[column].kind) {
    case ReportColumnKind::Text:
        return value.toString();
    case ReportColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumnKind::Money:
        return Money(value.toLongLong(), currency).toDecimalString(); // the currency's exponent
    case ReportColumnKind::PercentBp:
        return fixed2(value.toLongLong());
    case ReportColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

} // namespace md
