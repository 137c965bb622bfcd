#include "catalogreader.h"

#include "catalogservice.h"
#include "servicecontext.h"

namespace md {

CatalogReader::CatalogReader(const ServiceContext &context)
    : m_ctx(context)
{
    qRegisterMetaType<QList<md::Category>>();
    qRegisterMetaType<md::Product>();
    qRegisterMetaType<QList<md::Sku>>();
    qRegisterMetaType<QList<md::PricedSku>>();
    qRegisterMetaType<QList<qint64>>();
}

void CatalogReader::loadCategories(quint64 generation)
{
    auto all = CatalogService(m_ctx).categories();
    if (!all) {
        emit failed(generation, all.error().message);
        return;
    }
    emit categoriesLoaded(generation, *all);
}

void CatalogReader::loadProduct(quint64 generation, qint64 productId)
{
    CatalogService catalog(m_ctx);
    auto product = catalog.product(productId);
    if (!product) {
        emit failed(generation, product.error().message);
        return;
    }
    auto skus = catalog.skus(productId);
    if (!skus) {
        emit failed(generation, skus.error().message);
        return;
    }
    emit productLoaded(generation, *product, *skus);
}

void CatalogReader::loadSkus(quint64 generation, const QList<qint64> &productIds, qint64 categoryId)
{
    CatalogService catalog(m_ctx);
    QList<Product> products;
    if (productIds.isEmpty()) {
        ProductQuery q;
        q.categoryId = categoryId;
        q.withSubcategories = true;
        q.limit = kMaxBulkProducts + 1;
        auto found = catalog.products(q);
        if (!found) {
            emit failed(generation, found.error().message);
            return;
        }
        products = *found;
    } else {
        for (qint64 id : productIds) {
            auto p = catalog.product(id);
            if (!p) {
                emit failed(generation, p.error().message);
                return;
            }
            products.append(*p);
        }
    }
    if (products.size() > kMaxBulkProducts) {
        emit failed(generation, tr("More than %n products: choose a smaller category.", nullptr,
                                   kMaxBulkProducts));
        return;
    }
    QList<PricedSku> out;
    for (const Product &p : products) {
        auto skus = catalog.skus(p.id);
        if (!skus) {
            emit failed(generation, skus.error().message);
            return;
        }
        for (const Sku &s : *skus)
            out.append({p.title, s});
    }
    emit skusLoaded(generation, out);
}

} // namespace md
