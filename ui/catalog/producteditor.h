#pragma once

#include "actor.h"
#include "product.h"
#include "sku.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace md {

class CatalogCommands;
class CategoryTreeModel;
class SkuTableModel;
struct CommandOutcome;

// Edits one product — title, description (plain text), category, status, image URLs — and its
// SKUs (SkuTableModel). Save sends product.update and one sku.update per changed SKU as one
// undoable edit (product.create and sku.create for new ones, which are not undoable: the server
// numbers them). Stock is never typed as a total: "Adjust stock" sends a delta with a required
// reason (stock.adjust, at once). Archive sends product.archive. The dialog closes after a save
// that was applied; a refused one keeps it open with the reason.
class ProductEditor : public QDialog
{
    Q_OBJECT

public:
    // product.id == 0: a new product (in product.categoryId when set).
    ProductEditor(const Product &product, const QList<Sku> &skus,
                  const CategoryTreeModel &categories, const QString &currency, const Actor &staff,
                  CatalogCommands *commands, QWidget *parent = nullptr);

    SkuTableModel *skuModel() const { return m_skus; }
    // What the editor last told the clerk (a refusal, "Saved", …).
    QString message() const;

public slots:
    void save();
    // Adds delta to the SKU's stock on hand, with the reason as the stock move's note.
    void adjustStock(int row, qint64 delta, const QString &reason);
    void archive();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ProductDraft draft() const;
    ProductDraft originalDraft() const;
    void createSkus(qint64 productId);
    void finishedEdit(int editId, const QStringList &refusals);
    void sent(const QString &commandId, const CommandOutcome &outcome);
    void settle();
    void showMessage(const QString &text, bool refused);
    void setBusy(bool busy);

    Product m_product;
    QString m_currency;
    CatalogCommands *m_commands;
    bool m_canEdit;
    bool m_canAdjust;
    SkuTableModel *m_skus;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QComboBox *m_status;
    QPlainTextEdit *m_images;
    QTableView *m_table;
    QPushButton *m_addSku;
    QSpinBox *m_delta;
    QLineEdit *m_reason;
    QPushButton *m_adjust;
    QPushButton *m_archive;
    QDialogButtonBox *m_buttons;
    QLabel *m_message;
    QLabel *m_titleLabel, *m_descriptionLabel, *m_categoryLabel, *m_statusLabel, *m_imagesLabel,
        *m_skusLabel, *m_deltaLabel, *m_reasonLabel;

    int m_saveEdit = 0;
    QString m_createProduct;
    QHash<QString, int> m_createSku;                  // command id -> row
    QHash<int, std::pair<int, qint64>> m_adjustments; // edit id -> (row, delta)
    int m_archiveEdit = 0;
    QStringList m_refusals;
};

} // namespace md
