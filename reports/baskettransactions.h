#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace md {

// The transactions BasketAnalysis mines for the storefront's recommendations, over all time: for
// every order paid and not cancelled (paid_at set, as RfmAnalysis and BasketReport count paid
// orders), the distinct products of its lines, in order id order. Lines whose product is gone
// (product_id NULL) are left out; an order left with no product is not a transaction.
class BasketTransactions
{
public:
    static Result<QList<QList<qint64>>> load(const QSqlDatabase &db);
};

} // namespace md
