#include "flashsaletablemodel.h"

#include "money.h"

#include <QDateTime>
#include <QLocale>

namespace md {

FlashSaleTableModel::FlashSaleTableModel(const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
{}

int FlashSaleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlashSaleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlashSaleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlashSaleRow &r = m_rows[index.row()];
    const FlashSale &s = r.sale;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return s.name;
        case Period:
            return tr("%1 – %2").arg(
                locale.toString(QDateTime::fromMSecsSinceEpoch(s.startsAt), QLocale::ShortFormat),
                locale.toString(QDateTime::fromMSecsSinceEpoch(s.endsAt), QLocale::ShortFormat));
        case Items:
            return locale.toString(s.items.size());
        case PerMember:
            return locale.toString(s.perMemberLimit);
        case Coupons:
            return s.allowCoupons ? tr("Allowed") : tr("Not allowed");
        case Status:
            if (s.ended)
                return tr("Ended early");
            if (m_now < s.startsAt)
                return tr("Upcoming");
            if (m_now < s.endsAt)
                return tr("Running");
            return tr("Finished");
        case Sold:
            return tr("%1 of %2").arg(locale.toString(r.sold), locale.toString(r.allotment));
        case SellThrough:
            if (r.allotment == 0)
                return QString();
            // Per mille, rounded half up, shown as a percentage with one decimal.
            return tr("%1%").arg(locale.toString(
                money::divide(r.sold * 1000, r.allotment, Rounding::HalfUp) / 10.0, 'f', 1));
        case DiscountGiven:
            return Money(r.discount, m_currency).format();
        case Revenue:
            return Money(r.revenue, m_currency).format();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Sold)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return s.id;
    if (role == SortRole)
        return sortValue(r, index.column());
    if (role == SearchRole && index.column() == Name)
        return s.name;
    return {};
}

QVariant FlashSaleTableModel::sortValue(const FlashSaleRow &r, int column) const
{
    const FlashSale &s = r.sale;
    switch (column) {
    case Name:
        return s.name;
    case Period:
        return s.startsAt;
    case Items:
        return qint64(s.items.size());
    case PerMember:
        return qint64(s.perMemberLimit);
    case Coupons:
        return int(s.allowCoupons);
    case Status:
        // The order of a sale's life: upcoming, running, finished, and ended early last.
        if (s.ended)
            return 3;
        return m_now < s.startsAt ? 0 : m_now < s.endsAt ? 1 : 2;
    case Sold:
        return r.sold;
    case SellThrough:
        // No allotment shows nothing and sorts below 0%.
        return r.allotment == 0 ? qint64(-1)
                                : money::divide(r.sold * 1000, r.allotment, Rounding::HalfUp);
    case DiscountGiven:
        return r.discount;
    case Revenue:
        return r.revenue;
    }
    return {};
}

QVariant FlashSaleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Flash sale");
    case Period:
        return tr("Runs");
    case Items:
        return tr("Items");
    case PerMember:
        return tr("Per member");
    case Coupons:
        return tr("Coupons");
    case Status:
        return tr("Status");
    case Sold:
        return tr("Sold");
    case SellThrough:
        return tr("Sell-through");
    case DiscountGiven:
        return tr("Discount given");
    case Revenue:
        return tr("Revenue of those orders");
    }
    return {};
}

void FlashSaleTableModel::setRows(const QList<FlashSaleRow> &rows, qint64 nowMs)
{
    m_now = nowMs;
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows[i].sale.id == m_rows[i].sale.id;
    if (!same) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const FlashSaleRow *FlashSaleTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int FlashSaleTableModel::rowOf(qint64 saleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].sale.id == saleId)
            return i;
    return -1;
}

} // namespace md
