#include "pagedtablemodel.h"

namespace md {

namespace {

qint64 totalBefore(PagedTableModel::TotalUntilFirstPage untilFirstPage)
{
    return untilFirstPage == PagedTableModel::TotalUntilFirstPage::Unknown ? -1 : 0;
}

} // namespace

PagedTableModel::PagedTableModel(int pageSize, TotalUntilFirstPage untilFirstPage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pageSize(pageSize)
    , m_untilFirstPage(untilFirstPage)
    , m_total(totalBefore(untilFirstPage))
{}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && (m_total < 0 || loadedRowCount() < m_total);
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    requestPage(m_generation, loadedRowCount(), m_pageSize);
}

void PagedTableModel::restart()
{
    beginResetModel();
    clearRows();
    m_total = totalBefore(m_untilFirstPage);
    ++m_generation;
    // Already loading inside the reset: a listener that asks for more on modelReset must not ask
    // for the first page a second time.
    m_loading = true;
    endResetModel();
    requestPage(m_generation, 0, m_pageSize);
}

bool PagedTableModel::acceptsPage(quint64 generation, int offset)
{
    if (generation != m_generation)
        return false; // an older list
    if (offset != loadedRowCount()) {
        m_loading = false; // not the page asked for: the next fetchMore asks again
        return false;
    }
    return true;
}

void PagedTableModel::pageTaken()
{
    m_loading = false;
    emit totalChanged(m_total);
}

void PagedTableModel::pageFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_total = loadedRowCount();
    emit totalChanged(m_total);
    emit loadFailed(message);
}

} // namespace md
