#include "categorytreemodel.h"

#include <QSet>

#include <algorithm>

namespace md {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    qRegisterMetaType<QList<md::Category>>();
}

qint64 CategoryTreeModel::effectiveParent(const Category &c) const
{
    return c.parentId && m_rowOfId.contains(c.parentId) ? c.parentId : 0;
}

void CategoryTreeModel::setCategories(const QList<Category> &categories)
{
    beginResetModel();
    m_categories = categories;
    m_rowOfId.clear();
    m_children.clear();
    m_rowAmongSiblings.clear();
    for (int i = 0; i < m_categories.size(); ++i)
        m_rowOfId.insert(m_categories[i].id, i);
    // A list that holds a cycle (it cannot, the service refuses one; but a half-synced replica
    // is not the place to loop for ever) shows the looping categories at the top level.
    for (int i = 0; i < m_categories.size(); ++i) {
        QSet<qint64> seen{m_categories[i].id};
        for (qint64 p = effectiveParent(m_categories[i]); p;
             p = effectiveParent(m_categories[m_rowOfId.value(p)])) {
            if (seen.contains(p)) {
                m_categories[i].parentId = 0;
                break;
            }
            seen.insert(p);
        }
    }
    for (int i = 0; i < m_categories.size(); ++i)
        m_children[effectiveParent(m_categories[i])].append(i);
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            const Category &x = m_categories[a];
            const Category &y = m_categories[b];
            if (x.position != y.position)
                return x.position < y.position;
            return QString::localeAwareCompare(x.name, y.name) < 0;
        });
        for (int r = 0; r < it->size(); ++r)
            m_rowAmongSiblings.insert(it->at(r), r);
    }
    endResetModel();
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    qint64 parentId = 0;
    if (parent.isValid())
        parentId = m_categories[int(parent.internalId()) - 1].id;
    const QList<int> children = childrenOf(parentId);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row] + 1));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = effectiveParent(m_categories[int(child.internalId()) - 1]);
    if (!parentId)
        return {};
    const int pos = m_rowOfId.value(parentId);
    return createIndex(m_rowAmongSiblings.value(pos), 0, quintptr(pos + 1));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(childrenOf(0).size());
    return int(childrenOf(m_categories[int(parent.internalId()) - 1].id).size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Category &c = m_categories[int(index.internalId()) - 1];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return c.name;
    case IdRole:
        return c.id;
    case CategoryRole:
        return QVariant::fromValue(c);
    }
    return {};
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Category");
    return {};
}

const Category *CategoryTreeModel::category(qint64 id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.constEnd() ? nullptr : &m_categories[*it];
}

QModelIndex CategoryTreeModel::indexOf(qint64 id) const
{
    const auto it = m_rowOfId.constFind(id);
    if (it == m_rowOfId.constEnd())
        return {};
    return createIndex(m_rowAmongSiblings.value(*it), 0, quintptr(*it + 1));
}

QList<qint64> CategoryTreeModel::subtree(qint64 id) const
{
    QList<qint64> out;
    if (!m_rowOfId.contains(id))
        return out;
    out.append(id);
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (int pos : childrenOf(out[i]))
            out.append(m_categories[pos].id);
    }
    return out;
}

QList<std::pair<qint64, int>> CategoryTreeModel::flattened() const
{
    QList<std::pair<qint64, int>> out;
    // Iterative depth-first walk: a stack of (position, depth), children pushed in reverse.
    QList<std::pair<int, int>> stack;
    const QList<int> top = childrenOf(0);
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [pos, depth] = stack.takeLast();
        out.append({m_categories[pos].id, depth});
        const QList<int> children = childrenOf(m_categories[pos].id);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.append({*it, depth + 1});
    }
    return out;
}

} // namespace md
