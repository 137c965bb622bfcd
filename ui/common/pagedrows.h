#pragma once

#include "pagedtablemodel.h"

#include <QList>

namespace md {

// The typed half of a paged list model (see PagedTableModel for the protocol and the design):
// the rows, and addPage(), which the loader's answer is connected to. Not a QObject class of its
// own (templates cannot be); the concrete model derives from PagedRows<Row> with Q_OBJECT.
template<typename Row> class PagedRows : public PagedTableModel
{
public:
    // From the loader (a queued connection): the page asked for goes in at the end; answers for
    // an older list, or for another offset, are dropped.
    void addPage(quint64 generation, int offset, const QList<Row> &page, qint64 total)
    {
        if (!acceptsPage(generation, offset))
            return;
        // Still loading while the rows go in: whoever listens to the insertion (a view, the model
        // tester) and asks for more then asks for the page after these rows, not these again.
        if (!page.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.size()) - 1);
            m_rows.append(page);
            setTotal(total);
            endInsertRows();
        } else {
            setTotal(m_rows.size()); // the list shrank meanwhile: nothing more to fetch
        }
        pageTaken();
    }

    // The row at `row`; null outside the rows held.
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

protected:
    using PagedTableModel::PagedTableModel;

    const QList<Row> &rows() const { return m_rows; }
    // The first row held for which `matches(row)` is true, or -1.
    template<typename Predicate> int indexWhere(Predicate matches) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows.at(i)))
                return i;
        return -1;
    }

private:
    int loadedRowCount() const final { return int(m_rows.size()); }
    void clearRows() final { m_rows.clear(); }

    QList<Row> m_rows;
};

} // namespace md
