#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

// One option value of a SKU, e.g. {"颜色", "红"} or {"Size", "L"}.
struct SkuOption
{
    QString name;
    QString value;
    friend bool operator==(const SkuOption &, const SkuOption &) = default;
};

QJsonArray skuOptionsToJson(const QList<SkuOption> &options);
QList<SkuOption> skuOptionsFromJson(const QJsonArray &array);
// "颜色=红, 尺码=L"
QString skuOptionsLabel(const QList<SkuOption> &options);

// A sellable variant. Stock model (docs/architecture.md): stockOnHand is what can still be sold;
// placing an order moves units out of it (a 'sale' move) into reserved, where they wait for
// shipment. Shipping releases them from reserved; cancelling moves them back ('cancel').
struct Sku
{
    qint64 id = 0;
    qint64 productId = 0;
    QString code; // unique, case-sensitive
    QList<SkuOption> options;
    qint64 price = 0; // minor units
    qint64 cost = 0;  // minor units
    qint64 stockOnHand = 0;
    qint64 reserved = 0;
    qint64 lowStockThreshold = 5;
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isLowStock() const { return stockOnHand <= lowStockThreshold; }
    QJsonObject toJson() const;
};

struct SkuDraft
{
    QString code;
    QList<SkuOption> options;
    qint64 price = 0;
    qint64 cost = 0;
    qint64 lowStockThreshold = 5;
    qint64 initialStock = 0; // creation only; recorded as an 'import' stock move

    friend bool operator==(const SkuDraft &, const SkuDraft &) = default;
};

enum class StockReason { Sale, Cancel, Return, Adjustment, Import };
QString stockReasonName(StockReason reason);
std::optional<StockReason> stockReasonFromName(const QString &name);

struct StockMove
{
    qint64 id = 0;
    qint64 skuId = 0;
    qint64 delta = 0;
    StockReason reason = StockReason::Adjustment;
    qint64 stockAfter = 0;
    QString refType; // "order", "refund", ...
    qint64 refId = 0;
    QString note;
    qint64 staffId = 0;
    qint64 createdAt = 0;
};

} // namespace md
