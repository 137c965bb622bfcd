#pragma once

#include <QSortFilterProxyModel>

namespace md {

// Sorting and searching for a small list held whole in memory: sorts by the model's sortRole
// (raw values: money and times as numbers, not as their text) and keeps the rows whose
// searchRole text, in any column, holds the search, ignoring case.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ListFilterProxy(QAbstractItemModel *source, int sortRole, int searchRole, QObject *parent);
};

} // namespace md
