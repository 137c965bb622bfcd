#include "ordertablemodel.h"

#include "money.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace md {

namespace {

QTimeZone zoneFor(const QString &name)
{
    const QTimeZone zone(name.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(zoneFor(m_timeZone))
{
    qRegisterMetaType<md::OrderQuery>();
    qRegisterMetaType<md::OrderSummary>();
    qRegisterMetaType<QList<md::OrderSummary>>();
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_total <= 0)
        return 0;
    return int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingPayment:
        return tr("Awaiting payment");
    case OrderStatus::Paid:
        return tr("Paid");
    case OrderStatus::Shipped:
        return tr("Shipped");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void OrderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

const OrderSummary *OrderTableModel::summary(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || row % kPageSize >= it->rows.size())
        return nullptr;
    return &it->rows.at(row % kPageSize);
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.find(page);
    const bool loaded = it != m_pages.end() && index.row() % kPageSize < it->rows.size();
    if (it != m_pages.end()) {
        it->lastUsed = ++m_tick;
        if (it->generation != m_generation)
            want(page); // shown as it was until it is read again
    } else {
        want(page);
    }
    if (role == LoadedRole)
        return loaded;
    if (!loaded) {
        if (role == Qt::DisplayRole && index.column() == Number)
            return tr("Loading…");
        return {};
    }
    const OrderSummary &s = it->rows.at(index.row() % kPageSize);
    if (role == SummaryRole)
        return QVariant::fromValue(s);
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Items || index.column() == Total || index.column() == Paid))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Paid && s.refunded > 0)
        return tr("Refunded: %1").arg(Money(s.refunded, s.currency).format());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return s.number;
    case Placed:
        return QDateTime::fromMSecsSinceEpoch(s.placedAt, m_zone)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Member:
        if (s.memberId == 0)
            return tr("Guest");
        return s.memberName.isEmpty() ? tr("Member %1").arg(s.memberId) : s.memberName;
    case Status:
        return statusText(s.status);
    case Items:
        return s.units;
    case Total:
        return Money(s.total, s.currency).format();
    case Paid:
        return Money(s.received, s.currency).format();
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Placed:
        return tr("Placed");
    case Member:
        return tr("Member");
    case Status:
        return tr("Status");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    }
    return {};
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    static const OrderSort kSorts[ColumnCount] = {
        OrderSort::Number, OrderSort::Placed, OrderSort::MemberName, OrderSort::Status,
        OrderSort::Units,  OrderSort::Total,  OrderSort::Received};
    if (column < 0 || column >= ColumnCount)
        return;
    const OrderSort sort = kSorts[column];
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.newestFirst && m_total >= 0)
        return;
    m_filter.sort = sort;
    m_filter.newestFirst = descending;
    restart();
}

void OrderTableModel::setFilter(const OrderQuery &filter)
{
    const OrderSort sort = m_filter.sort;
    const bool descending = m_filter.newestFirst;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.newestFirst = descending;
    m_filter.offset = 0;
    m_filter.limit = kPageSize;
    restart();
}

void OrderTableModel::restart()
{
    ++m_generation;
    emit generationChanged(m_generation);
    beginResetModel();
    m_pages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_total = -1;
    m_refreshing = false;
    m_pagesLoaded = 0;
    endResetModel();
    emit totalChanged(m_total);
    emit countRequested(m_generation, m_filter);
}

void OrderTableModel::refresh()
{
    if (m_total < 0) {
        restart();
        return;
    }
    ++m_generation;
    emit generationChanged(m_generation);
    m_wanted.clear();
    m_inFlight.clear();
    m_refreshing = true;
    emit countRequested(m_generation, m_filter);
}

void OrderTableModel::countLoaded(quint64 generation, qint64 total, const QString &timeZone)
{
    if (generation != m_generation)
        return;
    if (timeZone != m_timeZone) {
        m_timeZone = timeZone;
        m_zone = zoneFor(timeZone);
    }
    if (m_refreshing && total == m_total) {
        // Every cached page is stale now; the views ask again for the rows they show, and those
        // pages are read first (the most recently wanted go first).
        m_refreshing = false;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (m_refreshing) {
        m_refreshing = false;
        beginResetModel();
        m_pages.clear();
        m_wanted.clear();
        m_total = total;
        endResetModel();
    } else if (total > 0) {
        beginInsertRows({}, 0, int(qMin<qint64>(total, std::numeric_limits<int>::max()) - 1));
        m_total = total;
        endInsertRows();
    } else {
        m_total = total;
    }
    emit totalChanged(m_total);
}

void OrderTableModel::want(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst(); // scrolled past: nobody looks at it any more
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        // Not from data() itself: a view asks for a whole screen of rows before the first page
        // is requested, and a row can be asked for while the model is being reset.
        QMetaObject::invokeMethod(const_cast<OrderTableModel *>(this), &OrderTableModel::dispatch,
                                  Qt::QueuedConnection);
    }
}

void OrderTableModel::dispatch()
{
    m_dispatchQueued = false;
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        const auto it = m_pages.constFind(page);
        if (it != m_pages.constEnd() && it->generation == m_generation)
            continue;
        if (qint64(page) * kPageSize >= m_total)
            continue;
        m_inFlight.insert(page);
        emit pageRequested(m_generation, page, kPageSize, m_total, m_filter);
    }
}

void OrderTableModel::pageLoaded(quint64 generation, int page, const QList<OrderSummary> &rows)
{
    if (generation != m_generation || !m_inFlight.remove(page))
        return; // an answer to an older filter, sort or refresh
    m_pages.insert(page, {rows, generation, ++m_tick});
    ++m_pagesLoaded;
    const int first = page * kPageSize;
    const int last = qMin(first + kPageSize, rowCount()) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    evict();
    dispatch();
}

void OrderTableModel::pageFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_inFlight.clear();
    m_wanted.clear();
    m_refreshing = false;
    emit loadFailed(message);
}

void OrderTableModel::evict()
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

} // namespace md
