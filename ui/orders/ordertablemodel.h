#pragma once

#include "orderquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace md {

// The order list as a table whose rowCount is the filtered total (one count query), while only
// the pages a view asks data() for are read, by an OrderPageLoader on a worker thread. Pages live
// in a sparse cache keyed by page number, at most kMaxCachedPages of them (the least recently
// shown go first); a row not loaded yet shows a placeholder until its page arrives (dataChanged).
// A new filter or sort starts a new generation, and answers of an older one are dropped. Sorting
// is done by the store (OrderQuery::sort), never here.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Placed, Member, Status, Items, Total, Paid, ColumnCount };
    enum Role { SummaryRole = Qt::UserRole + 1, IdRole, LoadedRole };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxCachedPages = 40;
    static constexpr int kMaxInFlight = 2; // pages asked of the loader and not answered yet
    static constexpr int kMaxWanted = 6;   // pages waiting to be asked: the most recent win

    explicit OrderTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusText(OrderStatus status);
    // After a language change: headers and texts are made again (the model gets no LanguageChange
    // of its own; its view calls this).
    void retranslate();

    // The filter (its offset, limit and sort are the model's own); starts a new generation.
    void setFilter(const OrderQuery &filter);
    OrderQuery filter() const { return m_filter; }
    // Reads everything again (after the data changed): rows keep showing what they showed until
    // their page is read again; a changed count resets the model.
    void refresh();
    // -1 until the count arrives.
    qint64 total() const { return m_total; }
    QString timeZone() const { return m_timeZone; }
    // The summary of a loaded row, or nullptr.
    const OrderSummary *summary(int row) const;
    // Pages read since the last reset (refreshes included), and pages held now.
    int pagesLoaded() const { return m_pagesLoaded; }
    int cachedPageCount() const { return int(m_pages.size()); }

signals:
    // Connected (queued) to OrderPageLoader::count and ::loadPage.
    void countRequested(quint64 generation, const md::OrderQuery &query);
    void pageRequested(quint64 generation, int page, int pageSize, qint64 total,
                       const md::OrderQuery &query);
    // The generation the answers must carry from now on (for
    // OrderPageLoader::setCurrentGeneration).
    void generationChanged(quint64 generation);
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

public slots:
    void countLoaded(quint64 generation, qint64 total, const QString &timeZone);
    void pageLoaded(quint64 generation, int page, const QList<md::OrderSummary> &rows);
    void pageFailed(quint64 generation, const QString &message);

private:
    struct Page
    {
        QList<OrderSummary> rows;
        quint64 generation = 0; // older than m_generation: shown until read again
        quint64 lastUsed = 0;
    };
    void restart();
    void want(int page) const;
    void dispatch();
    void evict();

    OrderQuery m_filter;
    qint64 m_total = -1;
    QString m_timeZone = QStringLiteral("Asia/Shanghai");
    QTimeZone m_zone; // of m_timeZone, made once: data() formats a time per visible row
    quint64 m_generation = 0;
    bool m_refreshing = false;
    int m_pagesLoaded = 0;
    // The cache and the request queue change in data(), which is const for Qt's sake.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_wanted;
    mutable QSet<int> m_inFlight;
    mutable quint64 m_tick = 0;
    mutable bool m_dispatchQueued = false;
};

} // namespace md
