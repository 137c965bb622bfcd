#include "listfilterproxy.h"

namespace md {

ListFilterProxy::ListFilterProxy(QAbstractItemModel *source, int sortRole, int searchRole,
                                 QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterRole(searchRole);
    setFilterKeyColumn(-1); // any column; the model answers searchRole only for text ones
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace md
