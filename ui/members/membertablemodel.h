#pragma once

#include "member.h"
#include "memberquery.h"
#include "pagedrows.h"

#include <QList>

namespace md {

// The member list: tier, points, balance and total spend (cumulative net paid), in the order they
// joined unless sorted by a column (sorted by the store: sort() starts the list again), in the
// pages the loader delivers (appended as the view scrolls: canFetchMore/fetchMore), optionally
// narrowed to a search text (part of the name, e-mail or phone).
class MemberTableModel : public PagedRows<md::Member>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Tier, Points, Balance, Spend, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int IdRole = Qt::UserRole;

    explicit MemberTableModel(const QString &currency, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A new list (after a search or an action): forgets the rows, asks for the first page.
    void reset(const QString &text);
    const Member *memberAt(int row) const;
    int rowOf(qint64 memberId) const;
    QString searchText() const { return m_text; }
    // After a language change: headers and tier texts again.
    void retranslate();

    // For people: "Gold", … in the current language.
    static QString tierText(MemberTier tier);

signals:
    // Connected (queued) to MemberPageLoader::load; its answer goes to addPage().
    void pageWanted(quint64 generation, int offset, int limit, const QString &text,
                    md::MemberSort sort, bool descending);

private:
    void requestPage(quint64 generation, int offset, int limit) override;

    QString m_currency;
    QString m_text;
    MemberSort m_sort = MemberSort::Id;
    bool m_descending = false;
};

} // namespace md
