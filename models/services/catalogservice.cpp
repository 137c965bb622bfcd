#include "catalogservice.h"

#include "auditlog.h"
#include "categoryrepository.h"
#include "changelog.h"
#include "permissionpolicy.h"
#include "searchrepository.h"
#include "servicecontext.h"
#include "stockrepository.h"
#include "validation.h"
#include "writetransaction.h"

#include <QSet>

namespace md {

namespace {

Status validateCategory(const CategoryDraft &d)
{
    return validation::title(d.name, QStringLiteral("name"));
}

Status validateProduct(const ProductDraft &d)
{
    MD_TRY(validation::title(d.title));
    if (d.description.size() > validation::kMaxTextLength)
        return makeError(ErrorCode::TextTooLong, DomainText::tr("The description is too long."),
                         QStringLiteral("description"));
    if (d.images.size() > 50 || d.tags.size() > 50)
        return makeError(ErrorCode::InvalidArgument, DomainText::tr("Too many images or tags."));
    return {};
}

Status validateSku(const SkuDraft &d)
{
    const QString code = d.code.trimmed();
    if (code.isEmpty() || code.size() > 64 || code != d.code)
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("A SKU code is required (up to 64 characters, no surrounding spaces)."),
            QStringLiteral("code"));
    MD_TRY(validation::amount(d.price, QStringLiteral("price")));
    MD_TRY(validation::amount(d.cost, QStringLiteral("cost")));
    MD_TRY(validation::nonNegativeCount(d.lowStockThreshold, QStringLiteral("lowStockThreshold")));
    MD_TRY(validation::nonNegativeCount(d.initialStock, QStringLiteral("initialStock")));
    QSet<QString> names;
    for (const auto &o : d.options) {
        if (o.name.trimmed().isEmpty() || o.value.trimmed().isEmpty() || names.contains(o.name))
            return makeError(ErrorCode::InvalidArgument,
                             DomainText::tr("Each option needs a distinct name and a value."),
                             QStringLiteral("options"));
        names.insert(o.name);
    }
    return {};
}

Error unknownCategory(qint64 id)
{
    return makeError(ErrorCode::UnknownCategory,
                     DomainText::tr("There is no category with id %1.").arg(id),
                     QStringLiteral("categoryId"));
}

Error duplicateCode(const QString &code)
{
    return makeError(ErrorCode::DuplicateSkuCode,
                     DomainText::tr("The SKU code %1 is already used.").arg(code),
                     QStringLiteral("code"));
}

} // namespace

Result<Category> CatalogService::createCategory(const Actor &actor, const CategoryDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateCategory(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CategoryRepository repo(tx.connection());
    if (draft.parentId) {
        auto parent = repo.find(draft.parentId);
        MD_TRY(parent);
        if (!parent->has_value())
            return unknownCategory(draft.parentId);
    }
    CategoryDraft clean = draft;
    clean.name = draft.name.trimmed();
    auto created = repo.insert(clean, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("category.create"),
                            entity::Category, created->id, {}, created->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<Category> CatalogService::updateCategory(const Actor &actor, qint64 id,
                                                const CategoryDraft &draft,
                                                std::optional<qint64> expectedVersion)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateCategory(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    CategoryRepository repo(tx.connection());
    auto before = validation::found(repo.find(id), QStringLiteral("category"), id);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("category"), id, *expectedVersion,
                                           before->version);
    // Moving under itself or one of its descendants would cut the subtree off the tree.
    for (qint64 p = draft.parentId; p;) {
        if (p == id)
            return makeError(ErrorCode::CategoryCycle,
                             DomainText::tr("A category cannot be moved under itself."),
                             QStringLiteral("parentId"));
        auto parent = repo.find(p);
        MD_TRY(parent);
        if (!parent->has_value())
            return unknownCategory(p);
        p = (*parent)->parentId;
    }
    CategoryDraft clean = draft;
    clean.name = draft.name.trimmed();
    auto after = validation::found(repo.update(id, clean, std::nullopt, m_ctx.now()),
                                   QStringLiteral("category"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("category.update"),
                            entity::Category, id, before->toJson(), after->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<QList<Category>> CatalogService::categories() const
{
    return CategoryRepository(m_ctx.connection()).all();
}

Result<Product> CatalogService::createProduct(const Actor &actor, const ProductDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateProduct(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto category = CategoryRepository(tx.connection()).find(draft.categoryId);
    MD_TRY(category);
    if (!category->has_value())
        return unknownCategory(draft.categoryId);
    ProductDraft clean = draft;
    clean.title = draft.title.trimmed();
    auto created = ProductRepository(tx.connection()).insert(clean, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("product.create"),
                            entity::Product, created->id, {}, created->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<Product> CatalogService::updateProduct(const Actor &actor, qint64 id,
                                              const ProductDraft &draft,
                                              std::optional<qint64> expectedVersion)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateProduct(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository repo(tx.connection());
    auto before = validation::found(repo.find(id), QStringLiteral("product"), id);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("product"), id, *expectedVersion,
                                           before->version);
    auto category = CategoryRepository(tx.connection()).find(draft.categoryId);
    MD_TRY(category);
    if (!category->has_value())
        return unknownCategory(draft.categoryId);
    ProductDraft clean = draft;
    clean.title = draft.title.trimmed();
    auto after = validation::found(repo.update(id, clean, std::nullopt, m_ctx.now()),
                                   QStringLiteral("product"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("product.update"),
                            entity::Product, id, before->toJson(), after->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Product> CatalogService::setProductStatus(const Actor &actor, qint64 id,
                                                 ProductStatus status)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository repo(tx.connection());
    auto before = validation::found(repo.find(id), QStringLiteral("product"), id);
    MD_TRY(before);
    if (before->status == status)
        return before;
    auto after =
        validation::found(repo.setStatus(id, status, m_ctx.now()), QStringLiteral("product"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("product.status"),
                            entity::Product, id,
                            {{QStringLiteral("status"), productStatusName(before->status)}},
                            {{QStringLiteral("status"), productStatusName(status)}}, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Product> CatalogService::product(qint64 id) const
{
    return validation::found(ProductRepository(m_ctx.connection()).find(id),
                             QStringLiteral("product"), id);
}

Result<QList<Product>> CatalogService::products(const ProductQuery &query) const
{
    return ProductRepository(m_ctx.connection()).list(query);
}

Result<QList<ProductSummary>> CatalogService::productSummaries(const ProductQuery &query) const
{
    return ProductRepository(m_ctx.connection()).summaries(query);
}

Result<QList<qint64>> CatalogService::subtree(qint64 categoryId) const
{
    auto all = categories();
    MD_TRY(all);
    QList<qint64> out{categoryId};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const Category &c : *all) {
            if (c.parentId == out[i])
                out.append(c.id);
        }
    }
    return out;
}

Result<ProductPage> CatalogService::search(ProductSearch search) const
{
    if (!search.categoryIds.isEmpty()) {
        QList<qint64> expanded;
        for (qint64 id : search.categoryIds) {
            auto ids = subtree(id);
            MD_TRY(ids);
            expanded += *ids;
        }
        search.categoryIds = expanded;
    }
    return ProductRepository(m_ctx.connection()).search(search);
}

Result<QStringList> CatalogService::suggest(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringList();
    auto titles = ProductRepository(m_ctx.connection()).titlesContaining(t, limit);
    MD_TRY(titles);
    QStringList out = *titles;
    if (out.size() < limit) {
        auto popular = SearchRepository(m_ctx.connection()).popular(t, limit);
        MD_TRY(popular);
        for (const QString &q : *popular) {
            if (out.size() >= limit)
                break;
            if (!out.contains(q, Qt::CaseInsensitive))
                out << q;
        }
    }
    return out;
}

Status CatalogService::recordSearches(const QHash<QString, int> &counts)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(SearchRepository(tx.connection()).add(counts, m_ctx.now()));
    return tx.commit();
}

Result<qint64> CatalogService::productCount(const ProductQuery &query) const
{
    return ProductRepository(m_ctx.connection()).count(query);
}

Result<Sku> CatalogService::createSku(const Actor &actor, qint64 productId, const SkuDraft &draft)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateSku(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository repo(tx.connection());
    auto product = validation::found(repo.find(productId), QStringLiteral("product"), productId);
    MD_TRY(product);
    auto existing = repo.findSkuByCode(draft.code);
    MD_TRY(existing);
    if (existing->has_value())
        return duplicateCode(draft.code);
    auto created = repo.insertSku(productId, draft, m_ctx.now());
    MD_TRY(created);
    if (draft.initialStock > 0) {
        StockChange change;
        change.skuId = created->id;
        change.delta = draft.initialStock;
        change.reason = StockReason::Import;
        change.note = QStringLiteral("initial stock");
        change.staffId = actor.staffId();
        auto level = StockRepository(tx.connection()).apply(change, m_ctx.now());
        MD_TRY(level);
        created->stockOnHand = (*level)->stockOnHand;
        created->version = (*level)->version;
    }
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("sku.create"), entity::Sku,
                            created->id, {}, created->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<Sku> CatalogService::updateSku(const Actor &actor, qint64 id, const SkuDraft &draft,
                                      std::optional<qint64> expectedVersion)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::CatalogEdit));
    MD_TRY(validateSku(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    ProductRepository repo(tx.connection());
    auto before = validation::found(repo.findSku(id), QStringLiteral("SKU"), id);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("SKU"), id, *expectedVersion,
                                           before->version);
    if (draft.code != before->code) {
        auto existing = repo.findSkuByCode(draft.code);
        MD_TRY(existing);
        if (existing->has_value())
            return duplicateCode(draft.code);
    }
    auto after = validation::found(repo.updateSku(id, draft, std::nullopt, m_ctx.now()),
                                   QStringLiteral("SKU"), id);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("sku.update"), entity::Sku, id,
                            before->toJson(), after->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Sku> CatalogService::sku(qint64 id) const
{
    return validation::found(ProductRepository(m_ctx.connection()).findSku(id),
                             QStringLiteral("SKU"), id);
}

Result<QList<Sku>> CatalogService::skus(qint64 productId) const
{
    return ProductRepository(m_ctx.connection()).skus(productId);
}

} // namespace md
