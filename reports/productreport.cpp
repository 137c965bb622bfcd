#include "productreport.h"

#include "productfigures.h"
#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

const char *const kContext = "md::ProductReport";

struct Ranked
{
    qint64 id = 0;
    QString title;
    QString category;
    ProductFigures figures;
};

// Every active product and every product sold in the range, best first: revenue, then units
// descending, then id.
Result<QList<Ranked>> ranked(const ServiceContext &context, const ReportRequest &request)
{
    SqlQuery q(context.connection(),
               QStringLiteral("SELECT p.id, p.title, c.name, coalesce(s.units, 0), "
                              "coalesce(s.revenue, 0), coalesce(s.refunded_units, 0), "
                              "coalesce(s.refunded_amount, 0), coalesce(s.cost, 0) "
                              "FROM products p JOIN categories c ON c.id = p.category_id "
                              "LEFT JOIN (%1) s ON s.k = p.id "
                              "WHERE p.status = 'active' OR s.k IS NOT NULL "
                              "ORDER BY coalesce(s.revenue, 0) DESC, coalesce(s.units, 0) DESC, "
                              "p.id")
                   .arg(ProductFigures::groupedSql(QStringLiteral("l.product_id"))),
               {request.startMs(), request.endMs()});
    MD_TRY(q.exec());
    QList<Ranked> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.text(2), ProductFigures::read(q, 3)});
    return out;
}

ReportRow totalsOf(const QList<Ranked> &all)
{
    ProductFigures sum;
    for (const Ranked &r : all)
        sum.add(r.figures);
    ReportRow row{QVariant(), QVariant(qint64(all.size())), QVariant(), QVariant()};
    sum.appendTo(row);
    return row;
}

} // namespace

QString ProductReport::title() const
{
    return QCoreApplication::translate("md::ProductReport", "Products");
}

Result<ReportResult> ProductReport::compute(const ServiceContext &context,
                                            const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    if (request.topN < 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("md::ProductReport", "Top N must be at least 1."));
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    // In the totals row, product_id holds the number of products ranked.
    res->columns = {{QStringLiteral("rank"), tr("Rank"), ReportColumnKind::Integer},
                    {QStringLiteral("product_id"), tr("Product id"), ReportColumnKind::Integer},
                    {QStringLiteral("product"), tr("Product"), ReportColumnKind::Text},
                    {QStringLiteral("category"), tr("Category"), ReportColumnKind::Text}};
    res->columns += ProductFigures::columns();

    auto all = ranked(context, request);
    if (!all)
        return all.error();
    const qsizetype n = all->size();
    const qsizetype top = std::min<qsizetype>(request.topN, n);
    const qsizetype bottomFrom = std::max<qsizetype>(top, n - request.topN);
    for (qsizetype i = 0; i < n; ++i) {
        if (i >= top && i < bottomFrom)
            continue;
        const Ranked &r = all->at(i);
        ReportRow row{QVariant(qint64(i + 1)), QVariant(r.id), r.title, r.category};
        r.figures.appendTo(row);
        res->rows.append(row);
    }
    res->totals = totalsOf(all.value());
    if (request.comparePrevious) {
        auto previous = ranked(context, request.previousPeriod());
        if (!previous)
            return previous.error();
        res->previousTotals = totalsOf(previous.value());
    }
    res->series = {{res->columnIndex(QStringLiteral("revenue"))},
                   {res->columnIndex(QStringLiteral("margin"))}};
    return res;
}

} // namespace md
