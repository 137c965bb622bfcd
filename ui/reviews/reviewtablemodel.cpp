#include "reviewtablemodel.h"

#include <QDateTime>

namespace md {

ReviewTableModel::ReviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<md::ReviewSort>();
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt),
                                      QLocale::ShortFormat);
        case Product:
            return r.productTitle;
        case Member:
            return r.memberName;
        case Rating:
            return QString(r.rating, QChar(0x2605)); // ★ per point
        case Text:
            // Plain text, first line: a view never renders a customer's words as markup.
            return r.body.section(QLatin1Char('\n'), 0, 0).left(200);
        case Status:
            return r.hidden ? tr("Hidden") : tr("Visible");
        case Reply:
            return r.reply.isEmpty() ? QString() : tr("Replied");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return r.body.left(2000);
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Product:
        return tr("Product");
    case Member:
        return tr("Member");
    case Rating:
        return tr("Rating");
    case Text:
        return tr("Review");
    case Status:
        return tr("Status");
    case Reply:
        return tr("Reply");
    }
    return {};
}

bool ReviewTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_total;
}

void ReviewTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit pageWanted(m_generation, int(m_rows.size()), kPageSize, m_hidden, m_sort, m_descending,
                    m_text);
}

void ReviewTableModel::sort(int column, Qt::SortOrder order)
{
    static const ReviewSort kSorts[ColumnCount] = {
        ReviewSort::Date, ReviewSort::Product, ReviewSort::Member, ReviewSort::Rating,
        ReviewSort::Text, ReviewSort::Status,  ReviewSort::Reply};
    if (column < 0 || column >= ColumnCount)
        return; // no column (the view's first state): newest first
    const bool descending = order == Qt::DescendingOrder;
    if (kSorts[column] == m_sort && descending == m_descending)
        return;
    m_sort = kSorts[column];
    m_descending = descending;
    reset(m_hidden, m_text);
}

void ReviewTableModel::reset(std::optional<bool> hidden, const QString &text)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_hidden = hidden;
    m_text = text;
    ++m_generation;
    m_loading = true;
    endResetModel();
    emit pageWanted(m_generation, 0, kPageSize, m_hidden, m_sort, m_descending, m_text);
}

void ReviewTableModel::addPage(quint64 generation, int offset, const QList<Review> &rows,
                               qint64 total)
{
    if (generation != m_generation || offset != m_rows.size())
        return;
    m_total = total;
    if (rows.isEmpty()) {
        m_total = m_rows.size(); // the list shrank meanwhile: nothing more to fetch
        m_loading = false;
        return;
    }
    // Still "loading" while the rows go in: a view (or the model tester) that asks for more
    // during the insertion must not ask for this page again.
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    m_loading = false;
}

const Review *ReviewTableModel::reviewAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ReviewTableModel::rowOf(qint64 reviewId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == reviewId)
            return i;
    return -1;
}

} // namespace md
