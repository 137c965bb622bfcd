#include "refundtablemodel.h"

#include "money.h"

#include <QDateTime>
#include <QLocale>

namespace md {

RefundTableModel::RefundTableModel(QObject *parent)
    : PagedRows(kPageSize, TotalUntilFirstPage::Zero, parent)
{
    qRegisterMetaType<md::RefundSort>();
}

int RefundTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RefundTableModel::statusText(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Requested:
        return tr("Requested");
    case RefundStatus::Approved:
        return tr("Approved");
    case RefundStatus::Refunded:
        return tr("Refunded");
    case RefundStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant RefundTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RefundRow &row = rows()[index.row()];
    const Refund &r = row.refund;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Requested:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt),
                                      QLocale::ShortFormat);
        case OrderNumber:
            return row.orderNumber;
        case MemberName:
            return row.memberName.isEmpty() ? tr("Guest") : row.memberName;
        case Units: {
            qint64 units = 0;
            for (const RefundLine &l : r.lines)
                units += l.quantity;
            return QLocale().toString(units);
        }
        case Amount:
            return Money(r.amount, row.currency).format();
        case Status:
            return statusText(r.status);
        case Reason:
            // The customer's words, first line, as plain text.
            return r.reason.section(QLatin1Char('\n'), 0, 0).left(200);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Units || index.column() == Amount))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason.left(2000);
    if (role == IdRole)
        return r.id;
    return {};
}

QVariant RefundTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Requested:
        return tr("Requested");
    case OrderNumber:
        return tr("Order");
    case MemberName:
        return tr("Member");
    case Units:
        return tr("Units");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    }
    return {};
}

void RefundTableModel::requestPage(quint64 generation, int offset, int limit)
{
    emit pageWanted(generation, offset, limit, m_status, m_sort, m_descending, m_text);
}

void RefundTableModel::sort(int column, Qt::SortOrder order)
{
    static const RefundSort kSorts[ColumnCount] = {
        RefundSort::Requested, RefundSort::OrderNumber, RefundSort::MemberName, RefundSort::Units,
        RefundSort::Amount,    RefundSort::Status,      RefundSort::Reason};
    if (column < 0 || column >= ColumnCount)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (kSorts[column] == m_sort && descending == m_descending)
        return;
    m_sort = kSorts[column];
    m_descending = descending;
    reset(m_status, m_text);
}

void RefundTableModel::reset(std::optional<RefundStatus> status, const QString &text)
{
    m_status = status;
    m_text = text;
    restart();
}

int RefundTableModel::rowOf(qint64 refundId) const
{
    return indexWhere([refundId](const RefundRow &r) { return r.refund.id == refundId; });
}

void RefundTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

} // namespace md
