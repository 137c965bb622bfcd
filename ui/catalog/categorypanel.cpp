#include "categorypanel.h"

#include "catalogcommands.h"
#include "catalogcommandtypes.h"
#include "categorytreemodel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace md {

CategoryPanel::CategoryPanel(CatalogCommands *commands, bool canEdit, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_canEdit(canEdit && commands && commands->canSend())
    , m_model(new CategoryTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_all(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_move(new QPushButton(this))
{
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // The choice is the selection, not the current index: a tree that gets the focus makes its
    // first row current without selecting it, which must not filter the products.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        emit categoryChosen(selectedCategory());
        updateActions();
    });
    connect(m_all, &QPushButton::clicked, this, [this] { setCategory(0); });
    connect(m_new, &QPushButton::clicked, this, [this] { askName(false); });
    connect(m_rename, &QPushButton::clicked, this, [this] { askName(true); });
    connect(m_move, &QPushButton::clicked, this, &CategoryPanel::askMove);
    for (QPushButton *b : {m_new, m_rename, m_move})
        b->setVisible(m_canEdit);
    if (m_commands) {
        connect(m_commands, &CatalogCommands::sent, this,
                [this](const QString &id, const CommandOutcome &outcome) {
                    if (!m_creations.remove(id) || outcome.succeeded())
                        return;
                    emit refused(tr("Categories"), {outcome.error ? outcome.error->message
                                                                  : tr("The shop refused it.")});
                });
        connect(m_commands, &CatalogCommands::finished, this,
                [this](int edit, const QStringList &refusals) {
                    if (m_edits.remove(edit) && !refusals.isEmpty())
                        emit refused(tr("Categories"), refusals);
                });
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_move);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    retranslate();
    updateActions();
}

qint64 CategoryPanel::selectedCategory() const
{
    const QModelIndexList chosen = m_tree->selectionModel()->selectedIndexes();
    return chosen.isEmpty() ? 0 : chosen.first().data(CategoryTreeModel::IdRole).toLongLong();
}

void CategoryPanel::setCategories(const QList<Category> &categories)
{
    const qint64 chosen = selectedCategory();
    QList<qint64> expanded;
    for (const Category &c : m_model->categories()) {
        if (m_tree->isExpanded(m_model->indexOf(c.id)))
            expanded.append(c.id);
    }
    {
        // A reset clears the current index; the choice is put back below without a signal.
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_model->setCategories(categories);
        for (qint64 id : expanded)
            m_tree->setExpanded(m_model->indexOf(id), true);
        if (chosen && m_model->category(chosen))
            m_tree->setCurrentIndex(m_model->indexOf(chosen));
    }
    if (chosen && !m_model->category(chosen))
        emit categoryChosen(0); // it is gone (or not on this copy any more)
    updateActions();
}

void CategoryPanel::setCategory(qint64 categoryId)
{
    const QModelIndex index = m_model->indexOf(categoryId);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        return; // selectionChanged tells
    }
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->selectionModel()->clearSelection();
        m_tree->setCurrentIndex({});
    }
    emit categoryChosen(0);
    updateActions();
}

void CategoryPanel::createCategory(const QString &name, qint64 parentId)
{
    if (!m_canEdit || name.trimmed().isEmpty())
        return;
    m_creations.insert(
        m_commands->send(toSyncCommand(CategoryCreate{{name.trimmed(), parentId, 0}})));
}

void CategoryPanel::renameCategory(qint64 id, const QString &name)
{
    const Category *c = m_model->category(id);
    if (!m_canEdit || !c || name.trimmed().isEmpty() || name.trimmed() == c->name)
        return;
    // category.update reads the whole draft: parent and position are sent as they are.
    auto named = [c, id](const QString &n) {
        return toSyncCommand(CategoryUpdate{id, std::nullopt, {n, c->parentId, c->position}});
    };
    CatalogStep s;
    s.command = named(name.trimmed());
    s.inverse = named(c->name);
    s.baseVersion = m_commands->version(s.command.entity, id, c->version);
    m_edits.insert(m_commands->edit(tr("Rename %1").arg(c->name), {s}));
}

void CategoryPanel::moveCategory(qint64 id, qint64 parentId)
{
    const Category *c = m_model->category(id);
    if (!m_canEdit || !c || c->parentId == parentId)
        return;
    CatalogStep s;
    s.command = toSyncCommand(CategoryMove{id, std::nullopt, parentId, std::nullopt});
    s.inverse = toSyncCommand(CategoryMove{id, std::nullopt, c->parentId, c->position});
    s.baseVersion = m_commands->version(s.command.entity, id, c->version);
    m_edits.insert(m_commands->edit(tr("Move %1").arg(c->name), {s}));
}

void CategoryPanel::askName(bool rename)
{
    const qint64 chosen = selectedCategory();
    const Category *c = m_model->category(chosen);
    if (rename && !c)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, rename ? tr("Rename category") : tr("New category"),
                              rename ? tr("Name:")
                                     : (c ? tr("Name of the new category under %1:").arg(c->name)
                                          : tr("Name of the new top-level category:")),
                              QLineEdit::Normal, rename ? c->name : QString(), &ok);
    if (!ok)
        return;
    if (rename)
        renameCategory(chosen, name);
    else
        createCategory(name, chosen);
}

void CategoryPanel::askMove()
{
    const qint64 chosen = selectedCategory();
    const Category *c = m_model->category(chosen);
    if (!c)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move %1").arg(c->name));
    auto *parents = new QComboBox(&dialog);
    parents->addItem(tr("(top level)"), qint64(0));
    // Not under itself or its own subcategories (the service refuses a cycle anyway).
    const QList<qint64> excluded = m_model->subtree(chosen);
    for (const auto &[id, depth] : m_model->flattened()) {
        if (!excluded.contains(id))
            parents->addItem(QString(depth * 4, QLatin1Char(' ')) + m_model->category(id)->name,
                             id);
    }
    parents->setCurrentIndex(qMax(0, parents->findData(c->parentId)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("New parent:"), &dialog));
    layout->addWidget(parents);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        moveCategory(chosen, parents->currentData().toLongLong());
}

void CategoryPanel::updateActions()
{
    const bool chosen = m_model->category(selectedCategory()) != nullptr;
    m_rename->setEnabled(m_canEdit && chosen);
    m_move->setEnabled(m_canEdit && chosen);
}

void CategoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CategoryPanel::retranslate()
{
    m_all->setText(tr("All products"));
    m_new->setText(tr("New…"));
    m_new->setToolTip(tr("A new category under the chosen one"));
    m_rename->setText(tr("Rename…"));
    m_move->setText(tr("Move…"));
}

} // namespace md
