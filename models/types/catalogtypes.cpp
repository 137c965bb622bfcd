// JSON forms and name tables of the catalog value types (category.h, product.h, sku.h).
#include "category.h"
#include "product.h"
#include "sku.h"
#include "storetime.h"

#include <QJsonArray>

namespace md {

QJsonObject Category::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("parentId"), parentId ? QJsonValue(parentId) : QJsonValue()},
            {QStringLiteral("name"), name},
            {QStringLiteral("position"), position},
            {QStringLiteral("version"), version}};
}

QString productStatusName(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return QStringLiteral("draft");
    case ProductStatus::Active:
        return QStringLiteral("active");
    case ProductStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<ProductStatus> productStatusFromName(const QString &name)
{
    for (auto s : {ProductStatus::Draft, ProductStatus::Active, ProductStatus::Archived}) {
        if (productStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

int Product::ratingAverageX100() const
{
    if (ratingCount <= 0)
        return 0;
    return static_cast<int>((ratingSum * 200 + ratingCount) / (2 * ratingCount));
}

QJsonObject Product::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("categoryId"), categoryId},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("images"), QJsonArray::fromStringList(images)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("status"), productStatusName(status)},
            {QStringLiteral("handle"), handle.isEmpty() ? QJsonValue() : QJsonValue(handle)},
            {QStringLiteral("ratingCount"), ratingCount},
            {QStringLiteral("ratingSum"), ratingSum},
            {QStringLiteral("salesCount"), salesCount},
            {QStringLiteral("version"), version},
            {QStringLiteral("createdAt"), StoreTime::isoUtc(createdAt)},
            {QStringLiteral("updatedAt"), StoreTime::isoUtc(updatedAt)}};
}

QJsonArray skuOptionsToJson(const QList<SkuOption> &options)
{
    QJsonArray out;
    for (const auto &o : options)
        out.append(QJsonArray{o.name, o.value});
    return out;
}

QList<SkuOption> skuOptionsFromJson(const QJsonArray &array)
{
    QList<SkuOption> out;
    for (const auto &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair[0].toString(), pair[1].toString()});
    }
    return out;
}

QString skuOptionsLabel(const QList<SkuOption> &options)
{
    QStringList parts;
    for (const auto &o : options)
        parts.append(o.name + QLatin1Char('=') + o.value);
    return parts.join(QStringLiteral(", "));
}

QJsonObject Sku::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("productId"), productId},
            {QStringLiteral("code"), code},
            {QStringLiteral("options"), skuOptionsToJson(options)},
            {QStringLiteral("price"), price},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("stockOnHand"), stockOnHand},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("lowStockThreshold"), lowStockThreshold},
            {QStringLiteral("version"), version}};
}

QString stockReasonName(StockReason reason)
{
    switch (reason) {
    case StockReason::Sale:
        return QStringLiteral("sale");
    case StockReason::Cancel:
        return QStringLiteral("cancel");
    case StockReason::Return:
        return QStringLiteral("return");
    case StockReason::Adjustment:
        return QStringLiteral("adjustment");
    case StockReason::Import:
        return QStringLiteral("import");
    }
    return {};
}

std::optional<StockReason> stockReasonFromName(const QString &name)
{
    for (auto r : {StockReason::Sale, StockReason::Cancel, StockReason::Return,
                   StockReason::Adjustment, StockReason::Import}) {
        if (stockReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace md
