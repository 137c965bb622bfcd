#include "producteditor.h"

#include "catalogcommands.h"
#include "catalogcommandtypes.h"
#include "categorytreemodel.h"
#include "permissionpolicy.h"
#include "skutablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {

SkuDraft draftOf(const Sku &s)
{
    return {s.code, s.options, s.price, s.cost, s.lowStockThreshold, 0};
}

bool sameDraft(const ProductDraft &a, const ProductDraft &b)
{
    return a.categoryId == b.categoryId && a.title == b.title && a.description == b.description &&
           a.images == b.images && a.tags == b.tags && a.status == b.status && a.handle == b.handle;
}

} // namespace

ProductEditor::ProductEditor(const Product &product, const QList<Sku> &skus,
                             const CategoryTreeModel &categories, const QString &currency,
                             const Actor &staff, CatalogCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_product(product)
    , m_currency(currency)
    , m_commands(commands)
    , m_canEdit(commands && commands->canSend() &&
                PermissionPolicy::allows(staff, Permission::CatalogEdit))
    , m_canAdjust(commands && commands->canSend() &&
                  PermissionPolicy::allows(staff, Permission::StockAdjust))
    , m_skus(new SkuTableModel(currency, this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_images(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_addSku(new QPushButton(this))
    , m_delta(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_adjust(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
    , m_message(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_imagesLabel(new QLabel(this))
    , m_skusLabel(new QLabel(this))
    , m_deltaLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
{
    // Names for tests and accessibility tools.
    m_title->setObjectName(QStringLiteral("title"));
    m_description->setObjectName(QStringLiteral("description"));
    m_category->setObjectName(QStringLiteral("category"));
    m_status->setObjectName(QStringLiteral("status"));
    m_images->setObjectName(QStringLiteral("images"));
    m_title->setText(product.title);
    m_title->setMaxLength(200);
    // Descriptions are plain text for the shop front; QPlainTextEdit never interprets markup.
    m_description->setPlainText(product.description);
    m_images->setPlainText(product.images.join(QLatin1Char('\n')));
    m_images->setMaximumHeight(70);
    for (const auto &[id, depth] : categories.flattened()) {
        const Category *c = categories.category(id);
        m_category->addItem(QString(depth * 4, QLatin1Char(' ')) + c->name, id);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(product.categoryId)));
    m_status->addItems({QString(), QString(), QString()}); // texts in retranslate()
    m_status->setCurrentIndex(int(product.status));

    m_skus->setSkus(skus);
    m_table->setModel(m_skus);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SkuTableModel::Options, QHeaderView::Stretch);
    m_table->setEditTriggers(m_canEdit ? QAbstractItemView::AllEditTriggers
                                       : QAbstractItemView::NoEditTriggers);
    connect(m_skus, &SkuTableModel::inputRefused, this,
            [this](const QString &text) { showMessage(text, true); });

    m_delta->setRange(-100000000, 100000000);
    m_delta->setValue(0);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_description, m_category, m_status,
                                                       m_images, m_addSku})
        w->setEnabled(m_canEdit);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_canEdit);
    m_archive->setEnabled(m_canEdit && product.id != 0 &&
                          product.status != ProductStatus::Archived);
    for (QWidget *w : std::initializer_list<QWidget *>{m_delta, m_reason, m_adjust})
        w->setEnabled(m_canAdjust && product.id != 0);

    connect(m_addSku, &QPushButton::clicked, this, [this] {
        const int row = m_skus->addSku();
        m_table->setCurrentIndex(m_skus->index(row, SkuTableModel::Code));
        m_table->edit(m_table->currentIndex());
    });
    connect(m_adjust, &QPushButton::clicked, this, [this] {
        adjustStock(m_table->currentIndex().row(), m_delta->value(), m_reason->text());
    });
    connect(m_archive, &QPushButton::clicked, this, &ProductEditor::archive);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_commands) {
        connect(m_commands, &CatalogCommands::finished, this, &ProductEditor::finishedEdit);
        connect(m_commands, &CatalogCommands::sent, this, &ProductEditor::sent);
    }

    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_imagesLabel, m_images);
    auto *skuButtons = new QHBoxLayout;
    skuButtons->addWidget(m_skusLabel, 1);
    skuButtons->addWidget(m_addSku);
    auto *stock = new QHBoxLayout;
    stock->addWidget(m_deltaLabel);
    stock->addWidget(m_delta);
    stock->addWidget(m_reasonLabel);
    stock->addWidget(m_reason, 1);
    stock->addWidget(m_adjust);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_archive);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(skuButtons);
    layout->addWidget(m_table, 1);
    layout->addLayout(stock);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(760, 620);
    retranslate();
}

QString ProductEditor::message() const
{
    return m_message->text();
}

ProductDraft ProductEditor::originalDraft() const
{
    return {m_product.categoryId, m_product.title,  m_product.description, m_product.images,
            m_product.tags,       m_product.status, m_product.handle};
}

ProductDraft ProductEditor::draft() const
{
    ProductDraft d = originalDraft();
    d.title = m_title->text().trimmed();
    d.description = m_description->toPlainText();
    d.categoryId = m_category->currentData().toLongLong();
    d.status = ProductStatus(m_status->currentIndex());
    d.images.clear();
    for (const QString &line : m_images->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            d.images.append(line.trimmed());
    }
    return d;
}

void ProductEditor::save()
{
    if (!m_canEdit || m_saveEdit || !m_createProduct.isEmpty() || !m_createSku.isEmpty())
        return;
    const ProductDraft d = draft();
    if (d.title.isEmpty()) {
        showMessage(tr("The product needs a title."), true);
        return;
    }
    if (!d.categoryId) {
        showMessage(tr("Choose a category."), true);
        return;
    }
    m_refusals.clear();
    if (m_product.id == 0) {
        setBusy(true);
        m_createProduct = m_commands->send(toSyncCommand(ProductCreate{d}));
        return;
    }
    QList<CatalogStep> steps;
    if (!sameDraft(d, originalDraft())) {
        CatalogStep s;
        s.command = toSyncCommand(ProductUpdate{m_product.id, std::nullopt, d});
        s.inverse = toSyncCommand(ProductUpdate{m_product.id, std::nullopt, originalDraft()});
        s.baseVersion = m_commands->version(s.command.entity, m_product.id, m_product.version);
        steps.append(s);
    }
    for (int row = 0; row < m_skus->rowCount(); ++row) {
        const Sku &before = m_skus->original(row);
        if (before.id == 0 || !m_skus->isModified(row))
            continue;
        CatalogStep s;
        s.command = toSyncCommand(SkuUpdate{before.id, std::nullopt, m_skus->draft(row)});
        s.inverse = toSyncCommand(SkuUpdate{before.id, std::nullopt, draftOf(before)});
        s.baseVersion = m_commands->version(s.command.entity, before.id, before.version);
        steps.append(s);
    }
    setBusy(true);
    m_saveEdit = m_commands->edit(tr("Edit %1").arg(d.title), steps);
    createSkus(m_product.id);
    settle();
}

void ProductEditor::createSkus(qint64 productId)
{
    for (int row = 0; row < m_skus->rowCount(); ++row) {
        if (m_skus->original(row).id != 0)
            continue;
        m_createSku.insert(
            m_commands->send(toSyncCommand(SkuCreate{productId, m_skus->draft(row)})), row);
    }
}

void ProductEditor::sent(const QString &commandId, const CommandOutcome &outcome)
{
    const bool ok = outcome.succeeded();
    const QString reason = outcome.error ? outcome.error->message : tr("The shop refused it.");
    if (commandId == m_createProduct) {
        m_createProduct.clear();
        if (ok) {
            m_product.id = outcome.entityId;
            m_product.version = outcome.version;
            m_product.categoryId = draft().categoryId;
            createSkus(outcome.entityId);
        } else {
            m_refusals << reason;
        }
        settle();
        return;
    }
    const auto it = m_createSku.constFind(commandId);
    if (it == m_createSku.constEnd())
        return;
    const int row = *it;
    m_createSku.erase(it);
    if (ok)
        m_skus->markSaved(row, outcome.entityId);
    else
        m_refusals << tr("SKU %1: %2").arg(m_skus->draft(row).code, reason);
    settle();
}

void ProductEditor::finishedEdit(int editId, const QStringList &refusals)
{
    if (editId == m_saveEdit) {
        m_saveEdit = 0;
        m_refusals += refusals;
        settle();
        return;
    }
    if (editId == m_archiveEdit) {
        m_archiveEdit = 0;
        setBusy(false);
        if (refusals.isEmpty()) {
            showMessage(tr("Archived."), false);
            accept();
        } else {
            showMessage(refusals.join(QLatin1Char('\n')), true);
        }
        return;
    }
    const auto it = m_adjustments.constFind(editId);
    if (it == m_adjustments.constEnd())
        return;
    const auto [row, delta] = *it;
    m_adjustments.erase(it);
    if (!refusals.isEmpty()) {
        showMessage(refusals.join(QLatin1Char('\n')), true);
        return;
    }
    m_skus->setStock(row, m_skus->original(row).stockOnHand + delta);
    m_delta->setValue(0);
    m_reason->clear();
    showMessage(tr("Stock adjusted. The shop receives it at the next sync."), false);
}

// Once nothing of a save is waiting: close when everything was applied, else say why not.
void ProductEditor::settle()
{
    if (m_saveEdit || !m_createProduct.isEmpty() || !m_createSku.isEmpty())
        return;
    setBusy(false);
    if (!m_refusals.isEmpty()) {
        showMessage(m_refusals.join(QLatin1Char('\n')), true);
        return;
    }
    showMessage(tr("Saved. The shop receives it at the next sync."), false);
    accept();
}

void ProductEditor::adjustStock(int row, qint64 delta, const QString &reason)
{
    if (!m_canAdjust || row < 0 || row >= m_skus->rowCount())
        return;
    const Sku &sku = m_skus->original(row);
    if (sku.id == 0) {
        showMessage(tr("Save the new SKU before adjusting its stock."), true);
        return;
    }
    if (delta == 0) {
        showMessage(tr("Enter how many units to add (or, negative, to remove)."), true);
        return;
    }
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A stock adjustment needs a reason."), true);
        return;
    }
    if (sku.stockOnHand + delta < 0) {
        showMessage(tr("Only %n unit(s) on hand.", nullptr, int(sku.stockOnHand)), true);
        return;
    }
    CatalogStep s;
    s.command = toSyncCommand(
        StockAdjust{sku.id, delta, StockReason::Adjustment, reason.trimmed().left(500)});
    s.inverse =
        toSyncCommand(StockAdjust{sku.id, -delta, StockReason::Adjustment, QStringLiteral("undo")});
    s.versioned = false; // deltas add up; they never conflict
    const int id = m_commands->edit(tr("Adjust stock of %1 by %2").arg(sku.code).arg(delta), {s});
    if (id)
        m_adjustments.insert(id, {row, delta});
}

void ProductEditor::archive()
{
    if (!m_canEdit || m_product.id == 0 || m_archiveEdit)
        return;
    CatalogStep s;
    s.command = toSyncCommand(ProductArchive{m_product.id});
    s.inverse = toSyncCommand(ProductUpdate{m_product.id, std::nullopt, originalDraft()});
    s.baseVersion = m_commands->version(s.command.entity, m_product.id, m_product.version);
    setBusy(true);
    m_archiveEdit = m_commands->edit(tr("Archive %1").arg(m_product.title), {s});
}

void ProductEditor::showMessage(const QString &text, bool refused)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               refused ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
}

void ProductEditor::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_canEdit && !busy);
    m_archive->setEnabled(m_canEdit && !busy && m_product.id != 0 &&
                          m_product.status != ProductStatus::Archived);
    if (busy)
        showMessage(tr("Sending…"), false);
}

void ProductEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProductEditor::retranslate()
{
    setWindowTitle(m_product.id ? tr("Product — %1").arg(m_product.title) : tr("New product"));
    m_titleLabel->setText(tr("&Title:"));
    m_titleLabel->setBuddy(m_title);
    m_descriptionLabel->setText(tr("&Description:"));
    m_descriptionLabel->setBuddy(m_description);
    m_categoryLabel->setText(tr("&Category:"));
    m_categoryLabel->setBuddy(m_category);
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusLabel->setBuddy(m_status);
    m_imagesLabel->setText(tr("&Images:"));
    m_imagesLabel->setBuddy(m_images);
    m_images->setPlaceholderText(tr("One image URL a line; the first is the main image"));
    m_status->setItemText(int(ProductStatus::Draft), tr("Draft"));
    m_status->setItemText(int(ProductStatus::Active), tr("Active"));
    m_status->setItemText(int(ProductStatus::Archived), tr("Archived"));
    m_skusLabel->setText(tr("SKUs (price and cost as decimal text, e.g. 128.00)"));
    m_addSku->setText(tr("&Add SKU"));
    m_deltaLabel->setText(tr("Change stock by:"));
    m_reasonLabel->setText(tr("Reason:"));
    m_reason->setPlaceholderText(tr("e.g. counted on the shelf, damaged"));
    m_adjust->setText(tr("Ad&just stock"));
    m_archive->setText(tr("A&rchive product"));
    m_skus->retranslate();
}

} // namespace md
