#pragma once

#include "pagedrows.h"
#include "review.h"
#include "reviewquery.h"

#include <QList>

namespace md {

// The moderation queue: reviews, newest first unless sorted by a column (sorted by the store:
// sort() starts the list again), in the pages the loader delivers (appended as the view scrolls:
// canFetchMore/fetchMore). Review text is shown as plain text, first line only.
class ReviewTableModel : public PagedRows<md::Review>
{
    Q_OBJECT

public:
    enum Column { Date, Product, Member, Rating, Text, Status, Reply, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit ReviewTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new list (after a filter change or an action): forgets the rows, asks for the first page
    // of the reviews (nullopt: visible and hidden) whose text, product title or member name
    // contain `text` (empty: all).
    void reset(std::optional<bool> hidden, const QString &text = {});
    QString searchText() const { return m_text; }
    const Review *reviewAt(int row) const;
    int rowOf(qint64 reviewId) const;

signals:
    // Connected (queued) to ReviewPageLoader::load; its answer goes to addPage().
    void pageWanted(quint64 generation, int offset, int limit, std::optional<bool> hidden,
                    md::ReviewSort sort, bool descending, const QString &text);

private:
    void requestPage(quint64 generation, int offset, int limit) override;

    std::optional<bool> m_hidden;
    QString m_text;
    ReviewSort m_sort = ReviewSort::Date;
    bool m_descending = true;
};

} // namespace md
