#include "basketreport.h"

#include "money.h"
#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>

namespace md {

static const char *const kContext = "md::BasketReport";

QString BasketReport::title() const
{
    return QCoreApplication::translate("md::BasketReport", "Basket analysis");
}

Result<QList<QList<qint64>>> BasketReport::transactions(const QSqlDatabase &db, qint64 fromMs,
                                                        qint64 toMs)
{
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT l.order_id, l.product_id FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id "
                              "WHERE o.paid_at >= ? AND o.paid_at < ? AND o.status <> 'cancelled' "
                              "AND l.product_id IS NOT NULL "
                              "ORDER BY l.order_id, l.product_id"),
               {fromMs, toMs});
    MD_TRY(q.exec());
    QList<QList<qint64>> out;
    qint64 current = -1;
    while (q.next()) {
        if (q.int64(0) != current) {
            current = q.int64(0);
            out.append(QList<qint64>());
        }
        out.last().append(q.int64(1));
    }
    return out;
}

Result<ReportResult> BasketReport::compute(const ServiceContext &context,
                                           const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {
        {QStringLiteral("antecedent_id"), tr("Product id"), ReportColumnKind::Integer},
        {QStringLiteral("antecedent"), tr("Product"), ReportColumnKind::Text},
        {QStringLiteral("consequent_id"), tr("Also bought id"), ReportColumnKind::Integer},
        {QStringLiteral("consequent"), tr("Also bought"), ReportColumnKind::Text},
        {QStringLiteral("orders_with_both"), tr("Orders with both"), ReportColumnKind::Integer},
        {QStringLiteral("antecedent_orders"), tr("Orders with the product"),
         ReportColumnKind::Integer},
        {QStringLiteral("consequent_orders"), tr("Orders with the other"),
         ReportColumnKind::Integer},
        {QStringLiteral("support"), tr("Support %"), ReportColumnKind::PercentBp},
        {QStringLiteral("confidence"), tr("Confidence %"), ReportColumnKind::PercentBp},
        {QStringLiteral("lift"), tr("Lift %"), ReportColumnKind::PercentBp},
    };
    const QSqlDatabase db = context.connection();
    auto baskets = transactions(db, request.startMs(), request.endMs());
    if (!baskets)
        return baskets.error();
    // The counts behind the ratios, so the cells are exact integers rather than rounded doubles
    // (the reader already gives distinct products per order).
    QHash<qint64, qint64> ordersWith;
    for (const QList<qint64> &t : baskets.value())
        for (qint64 p : t)
            ++ordersWith[p];
    const qint64 n = baskets->size();
    QHash<qint64, QString> titles;
    SqlQuery names(db, QStringLiteral("SELECT title FROM products WHERE id = ?"));
    const auto titleOf = [&](qint64 id) -> Result<QString> {
        if (!titles.contains(id)) {
            names.rebind();
            names.bind(id);
            MD_TRY(names.exec());
            titles.insert(id, names.next() ? names.text(0) : QString());
        }
        return titles.value(id);
    };
    for (const AssociationRule &r : BasketAnalysis::mine(baskets.value(), BasketThresholds())) {
        auto a = titleOf(r.antecedent);
        if (!a)
            return a.error();
        auto c = titleOf(r.consequent);
        if (!c)
            return c.error();
        const qint64 na = ordersWith.value(r.antecedent);
        const qint64 nc = ordersWith.value(r.consequent);
        res->rows.append(
            {QVariant(r.antecedent), a.value(), QVariant(r.consequent), c.value(),
             QVariant(r.pairCount), QVariant(na), QVariant(nc), ReportSql::rateBp(r.pairCount, n),
             ReportSql::rateBp(r.pairCount, na),
             QVariant(money::divide(static_cast<__int128>(r.pairCount) * n * 10000,
                                    static_cast<__int128>(na) * nc, Rounding::HalfUp))});
    }
    res->series = {{res->columnIndex(QStringLiteral("lift"))}};
    return res;
}

} // namespace md
