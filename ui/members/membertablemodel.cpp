#include "membertablemodel.h"

#include "money.h"

#include <QLocale>

namespace md {

MemberTableModel::MemberTableModel(const QString &currency, QObject *parent)
    : PagedRows(kPageSize, TotalUntilFirstPage::Zero, parent)
    , m_currency(currency)
{
    qRegisterMetaType<md::MemberSort>();
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::tierText(MemberTier tier)
{
    switch (tier) {
    case MemberTier::Regular:
        return tr("Regular");
    case MemberTier::Silver:
        return tr("Silver");
    case MemberTier::Gold:
        return tr("Gold");
    case MemberTier::Platinum:
        return tr("Platinum");
    }
    return {};
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = rows()[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return m.displayName;
        case Email:
            return m.email;
        case Phone:
            return m.phone;
        case Tier:
            // An overridden tier is marked: it no longer follows the member's spend.
            return m.tierOverride ? tr("%1 (set by hand)").arg(tierText(*m.tierOverride))
                                  : tierText(m.tier);
        case Points:
            return QLocale().toString(m.points);
        case Balance:
            return Money(m.balance, m_currency).format();
        case Spend:
            return Money(m.netPaid, m_currency).format();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Points)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return m.id;
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Tier:
        return tr("Tier");
    case Points:
        return tr("Points");
    case Balance:
        return tr("Balance");
    case Spend:
        return tr("Total spend");
    }
    return {};
}

void MemberTableModel::requestPage(quint64 generation, int offset, int limit)
{
    emit pageWanted(generation, offset, limit, m_text, m_sort, m_descending);
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    static const MemberSort kSorts[ColumnCount] = {
        MemberSort::Name,   MemberSort::Email,   MemberSort::Phone, MemberSort::Tier,
        MemberSort::Points, MemberSort::Balance, MemberSort::Spend};
    if (column < 0 || column >= ColumnCount)
        return; // no column (the view's first state): the order they joined in
    const bool descending = order == Qt::DescendingOrder;
    if (kSorts[column] == m_sort && descending == m_descending)
        return;
    m_sort = kSorts[column];
    m_descending = descending;
    reset(m_text);
}

void MemberTableModel::reset(const QString &text)
{
    m_text = text;
    restart();
}

const Member *MemberTableModel::memberAt(int row) const
{
    return rowAt(row);
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    return indexWhere([memberId](const Member &m) { return m.id == memberId; });
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows().isEmpty())
        emit dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

} // namespace md
