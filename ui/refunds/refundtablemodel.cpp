#include "refundtablemodel.h"

#include "money.h"

#include <QDateTime>
#include <QLocale>

namespace md {

RefundTableModel::RefundTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<md::RefundSort>();
}

int RefundTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const RefundRow &row = m_rows[index.row()];
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

bool RefundTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void RefundTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit pageWanted(m_generation, int(m_rows.size()), kPageSize, m_status, m_sort, m_descending,
                    m_text);
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
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_status = status;
    m_text = text;
    ++m_generation;
    m_loading = true;
    endResetModel();
    emit pageWanted(m_generation, 0, kPageSize, m_status, m_sort, m_descending, m_text);
}

void RefundTableModel::addPage(quint64 generation, int offset, const QList<RefundRow> &rows,
                               qint64 total)
{
    if (generation != m_generation)
        return; // an older list
    if (offset != m_rows.size()) {
        m_loading = false; // not the page asked for: the next fetchMore asks again
        return;
    }
    // Still loading while the rows go in: whoever listens to the insertion (a view, the model
    // tester) and asks for more then asks for the page after these rows, not these again.
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        m_total = total;
        endInsertRows();
    } else {
        m_total = m_rows.size(); // the list shrank meanwhile: nothing more to fetch
    }
    m_loading = false;
    emit totalChanged(m_total);
}

const RefundRow *RefundTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RefundTableModel::rowOf(qint64 refundId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].refund.id == refundId)
            return i;
    return -1;
}

void RefundTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace md
