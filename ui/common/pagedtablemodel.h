#pragma once

#include <QAbstractTableModel>

namespace md {

// The paging protocol of the lists that grow as the view scrolls (products, members, refunds,
// reviews), written once. The model asks its loader (on a worker thread, by a queued connection)
// for rows [offset, +limit) of the current list; the loader answers with the page and the list's
// total, tagged with the generation it was asked for. A new filter or sort starts a new
// generation, and answers for an older one are dropped. One page is asked for at a time: until it
// arrives canFetchMore() is false, so a view (or QAbstractItemModelTester) that asks for more
// while rows are being inserted never asks for the same offset twice.
//
// Design. Q_OBJECT classes cannot be templates, so the part that does not depend on the row type
// lives here, in a QObject: the generation, the in-flight flag, the total, the rowCount /
// canFetchMore / fetchMore overrides, restart(), and the signals totalChanged and loadFailed. The
// rows are typed, so they live one level down in PagedRows<Row> (a template without Q_OBJECT),
// which adds the one function that needs their type, addPage(). A concrete model derives from
// PagedRows<Row> (and has its own Q_OBJECT for its request signal) and says only what differs:
// its columns and data(), its query and sort keys, and requestPage(), which emits the request
// with that query. The rows stay in one QList the subclass reads through rowAt()/rows().
//
// OrderTableModel does not derive from this: its rowCount is the whole filtered total from a
// count query, and pages are read into a sparse, bounded cache as data() asks for rows, which is
// a different protocol (random access, several pages in flight, eviction).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What total() says before the first page of a list has arrived.
    enum class TotalUntilFirstPage {
        Zero,   // 0; nothing is fetched until restart() asks for a list
        Unknown // -1 ("loading"); a view's first fetchMore() already asks for the first page
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The length of the whole list as the last page said (-1 or 0 before it: see above).
    qint64 total() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    // Whether a page has been asked for and not answered yet.
    bool isLoading() const { return m_loading; }

public slots:
    // From the loader when a page could not be read: the list stops where it is (total() is the
    // rows held) and loadFailed() passes the message on. Failures of an older list are dropped.
    void pageFailed(quint64 generation, const QString &message);

signals:
    // After every page taken in, and after a failure.
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

protected:
    PagedTableModel(int pageSize, TotalUntilFirstPage untilFirstPage, QObject *parent);

    // A new list: forgets the rows (a model reset), starts a new generation and asks for its
    // first page.
    void restart();

    // Asks the loader for rows [offset, +limit) of the current list, tagged with `generation`:
    // the subclass emits its request signal with its own query.
    virtual void requestPage(quint64 generation, int offset, int limit) = 0;
    // The rows held, and forgetting them (inside a model reset).
    virtual int loadedRowCount() const = 0;
    virtual void clearRows() = 0;

    // For PagedRows::addPage, in this order: whether an answer is the page asked for (an answer
    // at another offset of the current list is dropped too, and the next fetchMore asks again);
    // then, while the rows go in, the total; then the end of the request.
    bool acceptsPage(quint64 generation, int offset);
    void setTotal(qint64 total) { m_total = total; }
    void pageTaken();

private:
    const int m_pageSize;
    const TotalUntilFirstPage m_untilFirstPage;
    qint64 m_total;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace md
