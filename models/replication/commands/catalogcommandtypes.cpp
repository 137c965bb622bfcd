#include "catalogcommandtypes.h"

#include <QJsonArray>

namespace md {

namespace {

QJsonObject productJson(const ProductDraft &d)
{
    return {{QStringLiteral("categoryId"), d.categoryId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("description"), d.description},
            {QStringLiteral("images"), QJsonArray::fromStringList(d.images)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
            {QStringLiteral("status"), productStatusName(d.status)},
            {QStringLiteral("handle"), d.handle}};
}

// nullopt when the status is not a status's name (after every field was read).
std::optional<ProductDraft> readProduct(JsonFields &f, qint64 lowestId)
{
    ProductDraft d;
    d.categoryId =
        f.integer(QStringLiteral("categoryId"), lowestId, validation::kMaxId, true).value_or(0);
    d.title = f.string(QStringLiteral("title"), 200, true).value_or(QString());
    d.description = f.string(QStringLiteral("description"), 20000).value_or(QString());
    d.images = f.strings(QStringLiteral("images"), 20, 1000).value_or(QStringList());
    d.tags = f.strings(QStringLiteral("tags"), 30, 50).value_or(QStringList());
    d.handle = f.string(QStringLiteral("handle"), 200).value_or(QString());
    const QString status = f.string(QStringLiteral("status"), 20).value_or(QStringLiteral("draft"));
    const auto s = productStatusFromName(status);
    if (!s)
        return std::nullopt;
    d.status = *s;
    return d;
}

Error invalidProductStatus()
{
    return invalidChoice(QStringLiteral("status"), QStringLiteral("draft, active, archived"));
}

QJsonObject skuJson(const SkuDraft &d)
{
    // Options travel as objects (not the [name, value] pairs of the feed's JSON).
    QJsonArray options;
    for (const SkuOption &o : d.options)
        options.append(
            QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("value"), o.value}});
    return {{QStringLiteral("code"), d.code},
            {QStringLiteral("options"), options},
            {QStringLiteral("price"), d.price},
            {QStringLiteral("cost"), d.cost},
            {QStringLiteral("lowStockThreshold"), d.lowStockThreshold}};
}

SkuDraft readSku(JsonFields &f, bool creating)
{
    SkuDraft d;
    d.code = f.string(QStringLiteral("code"), 64, true).value_or(QString());
    if (const auto options = f.objects(QStringLiteral("options"), 10)) {
        for (const QJsonObject &o : *options)
            d.options.append({o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("value")).toString()});
    }
    d.price = f.integer(QStringLiteral("price"), 0, validation::kMaxAmount, true).value_or(0);
    d.cost = f.integer(QStringLiteral("cost"), 0, validation::kMaxAmount).value_or(0);
    d.lowStockThreshold =
        f.integer(QStringLiteral("lowStockThreshold"), 0, 1000000).value_or(d.lowStockThreshold);
    if (creating)
        d.initialStock = f.integer(QStringLiteral("initialStock"), 0, 100000000).value_or(0);
    return d;
}

CategoryDraft readCategory(JsonFields &f, qint64 lowestId)
{
    CategoryDraft d;
    d.name = f.string(QStringLiteral("name"), 100, true).value_or(QString());
    d.parentId =
        f.integer(QStringLiteral("parentId"), qMin<qint64>(lowestId, 0), validation::kMaxId)
            .value_or(0);
    d.position = int(f.integer(QStringLiteral("position"), 0, 100000).value_or(0));
    return d;
}

} // namespace

CommandBody ProductCreate::toJson() const
{
    return {0, std::nullopt, productJson(draft)};
}

Result<ProductCreate> ProductCreate::fromJson(CommandReader &r)
{
    const auto d = readProduct(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    if (!d)
        return invalidProductStatus();
    return ProductCreate{*d};
}

CommandBody ProductUpdate::toJson() const
{
    return {productId, baseVersion, productJson(draft)};
}

Result<ProductUpdate> ProductUpdate::fromJson(CommandReader &r)
{
    const auto d = readProduct(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    if (!d)
        return invalidProductStatus();
    return ProductUpdate{r.entityId(), r.baseVersion(), *d};
}

CommandBody ProductArchive::toJson() const
{
    return {productId, std::nullopt, {}};
}

Result<ProductArchive> ProductArchive::fromJson(CommandReader &r)
{
    MD_TRY(r.finish());
    return ProductArchive{r.entityId()};
}

CommandBody SkuCreate::toJson() const
{
    QJsonObject payload = skuJson(draft);
    payload.insert(QStringLiteral("productId"), productId);
    if (draft.initialStock)
        payload.insert(QStringLiteral("initialStock"), draft.initialStock);
    return {0, std::nullopt, payload};
}

Result<SkuCreate> SkuCreate::fromJson(CommandReader &r)
{
    SkuCreate c;
    c.productId = r.fields()
                      .integer(QStringLiteral("productId"), r.lowestId(), validation::kMaxId, true)
                      .value_or(0);
    c.draft = readSku(r.fields(), true);
    MD_TRY(r.finish());
    return c;
}

CommandBody SkuUpdate::toJson() const
{
    return {skuId, baseVersion, skuJson(draft)};
}

Result<SkuUpdate> SkuUpdate::fromJson(CommandReader &r)
{
    const SkuDraft d = readSku(r.fields(), false);
    MD_TRY(r.finish());
    return SkuUpdate{r.entityId(), r.baseVersion(), d};
}

CommandBody StockAdjust::toJson() const
{
    return {skuId,
            std::nullopt,
            {{QStringLiteral("delta"), delta},
             {QStringLiteral("reason"), stockReasonName(reason)},
             {QStringLiteral("note"), note}}};
}

Result<StockAdjust> StockAdjust::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    StockAdjust c;
    c.skuId = r.entityId();
    c.delta = f.integer(QStringLiteral("delta"), -100000000, 100000000, true).value_or(0);
    const QString reasonName =
        f.string(QStringLiteral("reason"), 20).value_or(QStringLiteral("adjustment"));
    c.note = f.string(QStringLiteral("note"), 500).value_or(QString());
    MD_TRY(r.finish());
    // Sales and cancellations move stock through their orders, never by hand.
    const auto reason = stockReasonFromName(reasonName);
    if (!reason || *reason == StockReason::Sale || *reason == StockReason::Cancel)
        return invalidChoice(QStringLiteral("reason"),
                             QStringLiteral("adjustment, return, import"));
    c.reason = *reason;
    return c;
}

CommandBody CategoryCreate::toJson() const
{
    QJsonObject payload{{QStringLiteral("name"), draft.name}};
    if (draft.parentId)
        payload.insert(QStringLiteral("parentId"), draft.parentId);
    if (draft.position)
        payload.insert(QStringLiteral("position"), draft.position);
    return {0, std::nullopt, payload};
}

Result<CategoryCreate> CategoryCreate::fromJson(CommandReader &r)
{
    const CategoryDraft d = readCategory(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    return CategoryCreate{d};
}

CommandBody CategoryUpdate::toJson() const
{
    return {categoryId,
            baseVersion,
            {{QStringLiteral("name"), draft.name},
             {QStringLiteral("parentId"), draft.parentId},
             {QStringLiteral("position"), draft.position}}};
}

Result<CategoryUpdate> CategoryUpdate::fromJson(CommandReader &r)
{
    const CategoryDraft d = readCategory(r.fields(), r.lowestId());
    MD_TRY(r.finish());
    return CategoryUpdate{r.entityId(), r.baseVersion(), d};
}

CommandBody CategoryMove::toJson() const
{
    QJsonObject payload{{QStringLiteral("parentId"), parentId}};
    if (position)
        payload.insert(QStringLiteral("position"), *position);
    return {categoryId, baseVersion, payload};
}

Result<CategoryMove> CategoryMove::fromJson(CommandReader &r)
{
    JsonFields &f = r.fields();
    CategoryMove c;
    c.categoryId = r.entityId();
    c.baseVersion = r.baseVersion();
    c.parentId = f.integer(QStringLiteral("parentId"), qMin<qint64>(r.lowestId(), 0),
                           validation::kMaxId, true)
                     .value_or(0);
    if (const auto position = f.integer(QStringLiteral("position"), 0, 100000))
        c.position = int(*position);
    MD_TRY(r.finish());
    return c;
}

} // namespace md
