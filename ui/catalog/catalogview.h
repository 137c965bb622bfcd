#pragma once

#include "actor.h"
#include "areaworker.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace md {

class BulkPriceDialog;
class CatalogCommands;
class CatalogReader;
class CategoryPanel;
class CategoryTreeModel;
class CommandSink;
class ProductEditor;
class ProductPageLoader;
class ProductTableModel;
class ServiceContext;
struct Category;
struct PricedSku;
struct Product;
struct Sku;

// The Catalog area: the category tree beside a searchable product table, both read on a worker
// thread. Choosing a category shows its products and those of its subcategories. With a command
// sink, staff who may edit the catalog create, rename and move categories, edit a product and its
// SKUs (ProductEditor), and change prices in bulk (BulkPriceDialog); every change is a command,
// and the applied edits can be undone while they wait to be synced (undoStack()).
class CatalogView : public QWidget
{
    Q_OBJECT

public:
    // Read-only: no commands.
    CatalogView(const ServiceContext &context, const QString &currency, QWidget *parent = nullptr);
    CatalogView(const ServiceContext &context, const QString &currency, const Actor &staff,
                CommandSink *commands, QWidget *parent = nullptr);
    ~CatalogView() override;

    ProductTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CategoryPanel *categoryPanel() const { return m_categories; }
    CategoryTreeModel *categoryModel() const;
    CatalogCommands *commands() const { return m_commands; }
    QUndoStack *undoStack() const;
    // Edit > Undo / Redo for the window's menu (standard shortcuts), named after the edit.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // The editor or bulk dialog now open; null when none.
    ProductEditor *editor() const { return m_editor; }
    BulkPriceDialog *bulkPriceDialog() const { return m_bulk; }

public slots:
    // Reloads the tree and the product list (after a sync or an action), keeping the selected
    // products, the current one and the scroll position: the list is read again as far as it
    // had been scrolled, then they are put back (products gone from those rows stay unselected).
    void reload();
    // 0 for every category.
    void setCategory(qint64 categoryId);
    // Reads the product and opens the editor on it.
    void editProduct(qint64 productId);
    void newProduct();
    // For the selected products, or, with none selected, the chosen category (all products
    // without one): reads their SKUs and opens the bulk price dialog.
    void changePrices();
    // Tells whether the desk's outbox still holds commands (DeskSession::pendingCountChanged).
    void setOutboxPending(qint64 count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void updateUndoTexts();
    void updateActions();
    void categoriesLoaded(quint64 generation, const QList<md::Category> &categories);
    void productLoaded(quint64 generation, const md::Product &product, const QList<md::Sku> &skus);
    void skusLoaded(quint64 generation, const QList<md::PricedSku> &skus);
    void openEditor(const Product &product, const QList<Sku> &skus);
    void refused(const QString &title, const QStringList &reasons);
    // After rows arrived from a reload(): reads on until the kept rows are back, then restores.
    void restoreView();

    Actor m_staff;
    QString m_currency;
    bool m_canEdit;
    ProductTableModel *m_model;
    CatalogCommands *m_commands;
    CategoryPanel *m_categories;
    QLineEdit *m_search;
    QPushButton *m_newProduct;
    QPushButton *m_editProduct;
    QPushButton *m_changePrices;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    QAction *m_undo;
    QAction *m_redo;
    ProductPageLoader *m_loader;
    CatalogReader *m_reader;
    quint64 m_generation = 0; // of the reader's requests; each kind keeps its own below
    quint64 m_categoriesGeneration = 0;
    quint64 m_productGeneration = 0;
    quint64 m_skusGeneration = 0;
    qint64 m_newProductCategory = 0;
    ProductEditor *m_editor = nullptr;
    BulkPriceDialog *m_bulk = nullptr;
    QHash<int, QString> m_editTitles; // edits of this view -> the title of a refusal
    struct KeptView
    {
        QSet<qint64> selected;
        qint64 current = 0;
        int scroll = 0;
        int rows = 0; // rows loaded before the reload
    };
    std::optional<KeptView> m_kept; // set by reload() until restoreView() is done
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
