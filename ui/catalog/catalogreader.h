#pragma once

#include "category.h"
#include "product.h"
#include "sku.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace md {

class ServiceContext;

// A SKU with the title of its product, as the bulk price change lists it.
struct PricedSku
{
    QString productTitle;
    Sku sku;
};

// The Catalog area's reads besides the product pages: the category tree, one product with its
// SKUs for the editor, and the SKUs a bulk price change acts on. Lives on the area's worker
// thread (with that thread's own connection); answers carry the caller's generation so that a
// superseded answer can be dropped.
class CatalogReader : public QObject
{
    Q_OBJECT

public:
    // More products than this in one bulk change is refused (a preview nobody can read).
    static constexpr int kMaxBulkProducts = 5000;

    explicit CatalogReader(const ServiceContext &context);

public slots:
    void loadCategories(quint64 generation);
    void loadProduct(quint64 generation, qint64 productId);
    // The SKUs of the products, or, with no products, of every product of the category and its
    // subcategories.
    void loadSkus(quint64 generation, const QList<qint64> &productIds, qint64 categoryId);

signals:
    void categoriesLoaded(quint64 generation, const QList<md::Category> &categories);
    void productLoaded(quint64 generation, const md::Product &product, const QList<md::Sku> &skus);
    void skusLoaded(quint64 generation, const QList<md::PricedSku> &skus);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
};

} // namespace md

Q_DECLARE_METATYPE(md::PricedSku)
