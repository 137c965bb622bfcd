#pragma once

#include "basketanalysis.h"
#include "report.h"

#include <QSqlDatabase>

namespace md {

// Pair association rules between products bought together in the range's sales (docs/reports.md,
// "basket"), mined by BasketAnalysis with its default thresholds. Not bucketed; no totals row.
class BasketReport : public Report
{
public:
    QString name() const override { return QStringLiteral("basket"); }
    QString title() const override;
    Result<ReportResult> compute(const ServiceContext &context,
                                 const ReportRequest &request) const override;

    // The transactions BasketAnalysis mines: per order paid in [fromMs, toMs) and not cancelled
    // (as BasketTransactions, which reads all time for the storefront's recommendations), in
    // order id order, the distinct product ids of its lines (lines without a product are left
    // out; an order with none is no transaction). Only ids cross into C++.
    static Result<QList<QList<qint64>>> transactions(const QSqlDatabase &db, qint64 fromMs,
                                                     qint64 toMs);
};

} // namespace md
