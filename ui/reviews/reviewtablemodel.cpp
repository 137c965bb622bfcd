#include "reviewtablemodel.h"

#include <QDateTime>

namespace md {

ReviewTableModel::ReviewTableModel(QObject *parent)
    : PagedRows(kPageSize, TotalUntilFirstPage::Zero, parent)
{
    qRegisterMetaType<md::ReviewSort>();
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &r = rows()[index.row()];
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

void ReviewTableModel::requestPage(quint64 generation, int offset, int limit)
{
    emit pageWanted(generation, offset, limit, m_hidden, m_sort, m_descending, m_text);
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
    m_hidden = hidden;
    m_text = text;
    restart();
}

const Review *ReviewTableModel::reviewAt(int row) const
{
    return rowAt(row);
}

int ReviewTableModel::rowOf(qint64 reviewId) const
{
    return indexWhere([reviewId](const Review &r) { return r.id == reviewId; });
}

} // namespace md
