#pragma once

#include "refundpageloader.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace md {

// The refund queue: requests, newest first unless sorted otherwise (by any column, sorted by the
// store: sort() starts the list again), in the pages the loader delivers (appended as the view
// scrolls: canFetchMore/fetchMore), optionally of one status only.
class RefundTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Requested, OrderNumber, MemberName, Units, Amount, Status, Reason, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int IdRole = Qt::UserRole;

    explicit RefundTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new list (after a filter change or an action): forgets the rows, asks for the first page
    // of the refunds in `status` (nullopt: any) whose order number, member or reason contain
    // `text` (empty: all).
    void reset(std::optional<RefundStatus> status, const QString &text = {});
    QString searchText() const { return m_text; }
    const RefundRow *rowAt(int row) const;
    int rowOf(qint64 refundId) const;
    qint64 total() const { return m_total; }
    // After a language change: headers and status texts again.
    void retranslate();

    // For people: "Requested", "Refunded", … in the current language.
    static QString statusText(RefundStatus status);

public slots:
    // From the loader; answers for an older list are dropped.
    void addPage(quint64 generation, int offset, const QList<md::RefundRow> &rows, qint64 total);

signals:
    void pageWanted(quint64 generation, int offset, int limit,
                    std::optional<md::RefundStatus> status, md::RefundSort sort, bool descending,
                    const QString &text);
    // The total changed (a page arrived with a new count).
    void totalChanged(qint64 total);

private:
    QList<RefundRow> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::optional<RefundStatus> m_status;
    QString m_text;
    RefundSort m_sort = RefundSort::Requested;
    bool m_descending = true;
};

} // namespace md
