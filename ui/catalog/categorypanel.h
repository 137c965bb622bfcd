#pragma once

#include "category.h"

#include <QSet>
#include <QWidget>

class QPushButton;
class QTreeView;

namespace md {

class CatalogCommands;
class CategoryTreeModel;

// The Catalog area's category tree with its actions: choose a category (or all products), and,
// for staff who may edit the catalog, create one under the chosen category, rename it or move it
// elsewhere — category.create / category.update / category.move through CatalogCommands (rename
// and move are undoable; a creation is not, the server numbers it). The list itself is read on
// the area's worker and handed in with setCategories().
class CategoryPanel : public QWidget
{
    Q_OBJECT

public:
    CategoryPanel(CatalogCommands *commands, bool canEdit, QWidget *parent = nullptr);

    CategoryTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // 0 when none is chosen (all products).
    qint64 selectedCategory() const;
    // A new list: the chosen category and the expanded branches stay as they were.
    void setCategories(const QList<md::Category> &categories);

public slots:
    // 0 for all products.
    void setCategory(qint64 categoryId);
    void createCategory(const QString &name, qint64 parentId);
    void renameCategory(qint64 id, const QString &name);
    // parentId 0: to the top level.
    void moveCategory(qint64 id, qint64 parentId);

signals:
    void categoryChosen(qint64 categoryId);
    void refused(const QString &title, const QStringList &reasons);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void askName(bool rename);
    void askMove();

    CatalogCommands *m_commands;
    bool m_canEdit;
    CategoryTreeModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_all;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_move;
    QSet<QString> m_creations; // category.create commands waiting for their outcome
    QSet<int> m_edits;         // renames and moves waiting for their outcome
};

} // namespace md
