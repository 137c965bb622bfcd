#include "membertablemodel.h"

#include "money.h"

#include <QLocale>

namespace md {

MemberTableModel::MemberTableModel(const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
{
    qRegisterMetaType<md::MemberSort>();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Member &m = m_rows[index.row()];
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

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit pageWanted(m_generation, int(m_rows.size()), kPageSize, m_text, m_sort, m_descending);
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
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_text = text;
    ++m_generation;
    m_loading = true;
    endResetModel();
    emit pageWanted(m_generation, 0, kPageSize, m_text, m_sort, m_descending);
}

void MemberTableModel::addPage(quint64 generation, int offset, const QList<Member> &rows,
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

const Member *MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int MemberTableModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == memberId)
            return i;
    return -1;
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace md
