#pragma once

#include "category.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace md {

// The category tree (parent/child) over one list of categories read on a worker thread
// (CatalogReader::loadCategories). Siblings are ordered by position, then by name as the locale
// sorts it. A category whose parent is missing from the list shows at the top level rather than
// vanishing. The model is read-only: changes are commands (category.create/update/move) and
// come back as a new list.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, CategoryRole };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCategories(const QList<md::Category> &categories);
    QList<Category> categories() const { return m_categories; }
    // Null when the id is not in the tree.
    const Category *category(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    // The category and every category below it.
    QList<qint64> subtree(qint64 id) const;
    // Depth-first, each with its depth (0 at the top level): for pickers that indent.
    QList<std::pair<qint64, int>> flattened() const;

private:
    // An index's internal id is the category's position in m_categories + 1.
    QList<int> childrenOf(qint64 parentId) const { return m_children.value(parentId); }
    qint64 effectiveParent(const Category &c) const;

    QList<Category> m_categories;
    QHash<qint64, int> m_rowOfId;         // id -> position in m_categories
    QHash<qint64, QList<int>> m_children; // parent id (0: top) -> positions, in display order
    QHash<int, int> m_rowAmongSiblings;   // position in m_categories -> row under its parent
};

} // namespace md
