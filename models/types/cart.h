#pragma once

#include "sku.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace md {

// A cart line as the customer sees it: the current price, and flags instead of silent removal
// when the product was archived or the stock ran short.
struct CartLine
{
    qint64 skuId = 0;
    qint64 productId = 0;
    qint64 categoryId = 0;
    QString title;
    QString skuCode;
    QList<SkuOption> options;
    QString image;
    qint64 unitPrice = 0; // current price
    qint64 unitCost = 0;
    qint64 quantity = 0;
    qint64 stockOnHand = 0;
    bool unavailable = false;  // product archived or not active
    bool outOfStock = false;   // nothing left
    bool insufficient = false; // fewer left than the quantity asked for

    bool purchasable() const { return !unavailable && !outOfStock && !insufficient; }
    QJsonObject toJson() const;
};

struct CartView
{
    qint64 memberId = 0;
    QList<CartLine> lines;
    qint64 subtotal = 0; // at current prices, before any discount
    QJsonObject toJson(const QString &currency) const;
};

} // namespace md
