#include "catalogview.h"

#include "bulkpricedialog.h"
#include "catalogcommands.h"
#include "catalogcommandtypes.h"
#include "catalogreader.h"
#include "categorypanel.h"
#include "categorytreemodel.h"
#include "commandsink.h"
#include "money.h"
#include "permissionpolicy.h"
#include "producteditor.h"
#include "productpageloader.h"
#include "producttablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace md {

CatalogView::CatalogView(const ServiceContext &context, const QString &currency, QWidget *parent)
    : CatalogView(context, currency, Actor::staff(0, StaffRole::Support), nullptr, parent)
{}

CatalogView::CatalogView(const ServiceContext &context, const QString &currency, const Actor &staff,
                         CommandSink *commands, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_currency(currency)
    , m_canEdit(commands && PermissionPolicy::allows(staff, Permission::CatalogEdit))
    , m_model(new ProductTableModel(this))
    , m_commands(new CatalogCommands(commands, this))
    , m_categories(new CategoryPanel(m_commands, m_canEdit, this))
    , m_search(new QLineEdit(this))
    , m_newProduct(new QPushButton(this))
    , m_editProduct(new QPushButton(this))
    , m_changePrices(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
    , m_loader(new ProductPageLoader(context))
    , m_reader(new CatalogReader(context))
    , m_thread(QStringLiteral("catalog-loader"))
{
    m_model->setCurrency(currency);
    m_thread.adopt(m_loader);
    m_thread.adopt(m_reader);
    connect(m_model, &ProductTableModel::pageRequested, m_loader, &ProductPageLoader::load,
            Qt::QueuedConnection);
    connect(m_loader, &ProductPageLoader::loaded, m_model, &ProductTableModel::addPage,
            Qt::QueuedConnection);
    connect(m_loader, &ProductPageLoader::failed, m_model, &ProductTableModel::pageFailed,
            Qt::QueuedConnection);
    connect(m_reader, &CatalogReader::categoriesLoaded, this, &CatalogView::categoriesLoaded);
    connect(m_reader, &CatalogReader::productLoaded, this, &CatalogView::productLoaded);
    connect(m_reader, &CatalogReader::skusLoaded, this, &CatalogView::skusLoaded);
    connect(m_reader, &CatalogReader::failed, this, [this](quint64, const QString &message) {
        refused(tr("Catalog"), {tr("The catalog could not be read: %1").arg(message)});
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogView::updateCount);
    // After the model took the page (connected later, so called after it).
    connect(m_loader, &ProductPageLoader::loaded, this, &CatalogView::restoreView,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogView::updateCount);
    m_thread.start();

    connect(m_commands, &CatalogCommands::applied, this, &CatalogView::reload);
    connect(m_commands, &CatalogCommands::replayRefused, this,
            [this](const QString &text, const QStringList &refusals) {
                refused(tr("Undo or redo of “%1”").arg(text), refusals);
            });
    connect(m_commands, &CatalogCommands::finished, this,
            [this](int edit, const QStringList &refusals) {
                const QString title = m_editTitles.take(edit);
                if (!title.isEmpty() && !refusals.isEmpty())
                    refused(title, refusals);
            });

    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, undoStack(), &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, undoStack(), &QUndoStack::redo);
    connect(undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(undoStack(), &QUndoStack::undoTextChanged, this, &CatalogView::updateUndoTexts);
    connect(undoStack(), &QUndoStack::redoTextChanged, this, &CatalogView::updateUndoTexts);

    connect(m_categories, &CategoryPanel::categoryChosen, this, [this](qint64 categoryId) {
        m_kept.reset(); // another list: nothing to keep
        m_model->setCategory(categoryId);
    });
    connect(m_categories, &CategoryPanel::refused, this, &CatalogView::refused);

    m_search->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_kept.reset();
        m_model->setFilterText(m_search->text().trimmed());
    });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Sorted by the store once a header is clicked; until then in the order they were created.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Another order is another list: nothing of the old one to restore.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { m_kept.reset(); });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Title,
                                                      QHeaderView::Stretch);
    // Widths from sample texts: ResizeToContents measured only the header labels, as the pages
    // arrive after the header is laid out (prices showed as "¥4…").
    const QFontMetrics metrics(m_table->font());
    const QString price = Money(999900, currency).format();
    m_table->horizontalHeader()->resizeSection(
        ProductTableModel::Category,
        metrics.horizontalAdvance(QStringLiteral("茶具茶具 Teaware")) + 16);
    m_table->horizontalHeader()->resizeSection(
        ProductTableModel::Price,
        metrics.horizontalAdvance(QStringLiteral("%1 – %2").arg(price, price)) + 16);
    // The short columns as wide as their header or a long value, so the title keeps the rest.
    const std::pair<int, QString> shortColumns[] = {
        {ProductTableModel::Status, tr("Archived")},
        {ProductTableModel::Skus, QStringLiteral("999")},
        {ProductTableModel::Stock, QStringLiteral("99999")}};
    for (const auto &[column, sample] : shortColumns)
        m_table->horizontalHeader()->resizeSection(
            column, qMax(m_table->horizontalHeader()->sectionSizeHint(column),
                         metrics.horizontalAdvance(sample) + 16));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const ProductSummary *s = m_model->summaryAt(index.row()))
            editProduct(s->product.id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogView::updateActions);
    connect(m_newProduct, &QPushButton::clicked, this, &CatalogView::newProduct);
    connect(m_editProduct, &QPushButton::clicked, this, [this] {
        if (const ProductSummary *s = m_model->summaryAt(m_table->currentIndex().row()))
            editProduct(s->product.id);
    });
    connect(m_changePrices, &QPushButton::clicked, this, &CatalogView::changePrices);
    for (QPushButton *b : {m_newProduct, m_changePrices})
        b->setVisible(m_canEdit);

    auto *right = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *productButtons = new QHBoxLayout;
    productButtons->addWidget(m_newProduct);
    productButtons->addWidget(m_editProduct);
    productButtons->addWidget(m_changePrices);
    productButtons->addStretch();
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(productButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_categories);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    retranslate();
    updateActions();
    m_model->reload();
    m_categoriesGeneration = ++m_generation;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, g = m_categoriesGeneration] { reader->loadCategories(g); },
        Qt::QueuedConnection);
}

CatalogView::~CatalogView()
{
    // The stack empties itself when it goes, after this widget's part is gone.
    disconnect(undoStack(), nullptr, this, nullptr);
}

CategoryTreeModel *CatalogView::categoryModel() const
{
    return m_categories->model();
}

QUndoStack *CatalogView::undoStack() const
{
    return m_commands->undoStack();
}

void CatalogView::reload()
{
    KeptView kept;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const ProductSummary *s = m_model->summaryAt(index.row()))
            kept.selected.insert(s->product.id);
    }
    if (const ProductSummary *s = m_model->summaryAt(m_table->currentIndex().row()))
        kept.current = s->product.id;
    kept.scroll = m_table->verticalScrollBar()->value();
    kept.rows = m_model->rowCount();
    // A reload before the last one was restored keeps what that one kept (nothing is shown yet).
    if (!m_kept || kept.rows > 0)
        m_kept = kept;
    m_model->reload();
    m_categoriesGeneration = ++m_generation;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, g = m_categoriesGeneration] { reader->loadCategories(g); },
        Qt::QueuedConnection);
}

void CatalogView::restoreView()
{
    if (!m_kept)
        return;
    if (m_model->total() < 0)
        return; // the reload's first page is not in yet
    if (m_model->rowCount() < m_kept->rows && m_model->rowCount() < m_model->total()) {
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return; // else a page is on its way already
    }
    const KeptView kept = *m_kept;
    m_kept.reset();
    QItemSelectionModel *selection = m_table->selectionModel();
    QItemSelection rows;
    QModelIndex current;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->summaryAt(row)->product.id;
        if (kept.selected.contains(id))
            rows.select(m_model->index(row, 0),
                        m_model->index(row, ProductTableModel::ColumnCount - 1));
        if (id == kept.current)
            current = m_model->index(row, 0);
    }
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    // The scroll bar's range follows the new rows only once the view has laid them out.
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(kept.scroll);
}

void CatalogView::setOutboxPending(qint64 count)
{
    m_commands->setOutboxPending(count);
}

void CatalogView::setCategory(qint64 categoryId)
{
    m_categories->setCategory(categoryId);
}

void CatalogView::categoriesLoaded(quint64 generation, const QList<Category> &categories)
{
    if (generation == m_categoriesGeneration)
        m_categories->setCategories(categories);
}

void CatalogView::editProduct(qint64 productId)
{
    if (m_editor)
        return;
    m_productGeneration = ++m_generation;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, g = m_productGeneration, productId] {
            reader->loadProduct(g, productId);
        },
        Qt::QueuedConnection);
}

void CatalogView::newProduct()
{
    if (m_editor || !m_canEdit)
        return;
    Product p;
    p.categoryId = m_categories->selectedCategory();
    openEditor(p, {});
}

void CatalogView::productLoaded(quint64 generation, const Product &product, const QList<Sku> &skus)
{
    if (generation != m_productGeneration || m_editor)
        return;
    openEditor(product, skus);
}

void CatalogView::openEditor(const Product &product, const QList<Sku> &skus)
{
    m_editor = new ProductEditor(product, skus, *m_categories->model(), m_currency, m_staff,
                                 m_commands->canSend() ? m_commands : nullptr, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    m_editor->open();
}

void CatalogView::changePrices()
{
    if (!m_canEdit || m_bulk)
        return;
    QList<qint64> products;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const ProductSummary *s = m_model->summaryAt(index.row()))
            products.append(s->product.id);
    }
    std::sort(products.begin(), products.end());
    m_skusGeneration = ++m_generation;
    const qint64 category = products.isEmpty() ? m_categories->selectedCategory() : 0;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, g = m_skusGeneration, products, category] {
            reader->loadSkus(g, products, category);
        },
        Qt::QueuedConnection);
}

void CatalogView::skusLoaded(quint64 generation, const QList<PricedSku> &skus)
{
    if (generation != m_skusGeneration || m_bulk)
        return;
    m_bulk = new BulkPriceDialog(skus, m_currency, this);
    m_bulk->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulk, &QObject::destroyed, this, [this] { m_bulk = nullptr; });
    connect(m_bulk, &QDialog::accepted, this, [this] {
        QList<CatalogStep> steps;
        for (const BulkPriceDialog::Change &c : m_bulk->changes()) {
            const Sku &s = c.row.sku;
            auto priced = [&s](qint64 price) {
                return toSyncCommand(
                    SkuUpdate{s.id,
                              std::nullopt,
                              {s.code, s.options, price, s.cost, s.lowStockThreshold, 0}});
            };
            CatalogStep step;
            step.command = priced(c.newPrice);
            step.inverse = priced(s.price);
            step.baseVersion = m_commands->version(step.command.entity, s.id, s.version);
            steps.append(step);
        }
        const int edit =
            m_commands->edit(tr("Change prices of %n SKU(s)", nullptr, int(steps.size())), steps);
        m_editTitles.insert(edit, tr("Change prices"));
    });
    m_bulk->open();
}

void CatalogView::refused(const QString &title, const QStringList &reasons)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, tr("The change was not made."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(reasons.join(QLatin1Char('\n')));
    box->open();
}

void CatalogView::updateActions()
{
    m_editProduct->setEnabled(m_table->currentIndex().isValid());
    m_changePrices->setEnabled(m_canEdit);
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogView::retranslate()
{
    m_search->setPlaceholderText(tr("Search products by title or SKU code"));
    updateUndoTexts();
    m_newProduct->setText(tr("&New product…"));
    m_editProduct->setText(tr("&Edit product…"));
    m_changePrices->setText(tr("Change &prices…"));
    m_changePrices->setToolTip(
        tr("Change the prices of the selected products, or of the chosen category"));
    updateCount();
}

void CatalogView::updateUndoTexts()
{
    // The edit's name is as it was made (in the language of that moment).
    const QString undo = undoStack()->undoText();
    const QString redo = undoStack()->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void CatalogView::updateCount()
{
    m_count->setText(m_model->total() < 0 ? tr("Loading…")
                                          : tr("%n product(s)", nullptr, int(m_model->total())));
    if (m_table)
        updateActions();
}

} // namespace md
