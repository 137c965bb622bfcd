#pragma once

#include "pagedrows.h"
#include "refundpageloader.h"

#include <QList>

#include <optional>

namespace md {

// The refund queue: requests, newest first unless sorted otherwise (by any column, sorted by the
// store: sort() starts the list again), in the pages the loader delivers (appended as the view
// scrolls: canFetchMore/fetchMore), optionally of one status only.
class RefundTableModel : public PagedRows<md::RefundRow>
{
    Q_OBJECT

public:
    enum Column { Requested, OrderNumber, MemberName, Units, Amount, Status, Reason, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int IdRole = Qt::UserRole;

    explicit RefundTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new list (after a filter change or an action): forgets the rows, asks for the first page
    // of the refunds in `status` (nullopt: any) whose order number, member or reason contain
    // `text` (empty: all).
    void reset(std::optional<RefundStatus> status, const QString &text = {});
    QString searchText() const { return m_text; }
    int rowOf(qint64 refundId) const;
    // After a language change: headers and status texts again.
    void retranslate();

    // For people: "Requested", "Refunded", … in the current language.
    static QString statusText(RefundStatus status);

signals:
    // Connected (queued) to RefundPageLoader::load; its answer goes to addPage().
    void pageWanted(quint64 generation, int offset, int limit,
                    std::optional<md::RefundStatus> status, md::RefundSort sort, bool descending,
                    const QString &text);

private:
    void requestPage(quint64 generation, int offset, int limit) override;

    std::optional<RefundStatus> m_status;
    QString m_text;
    RefundSort m_sort = RefundSort::Requested;
    bool m_descending = true;
};

} // namespace md
