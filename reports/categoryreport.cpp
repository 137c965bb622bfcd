#include "categoryreport.h"

#include "productfigures.h"
#include "reportsql.h"
#include "servicecontext.h"
#include "sqlquery.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

const char *const kContext = "md::CategoryReport";

struct Row
{
    qint64 id = 0;
    QString name;
    QString parent;
    ProductFigures figures;
};

Result<QList<Row>> categories(const ServiceContext &context, const ReportRequest &request)
{
    SqlQuery q(context.connection(),
               QStringLiteral("SELECT c.id, c.name, coalesce(pc.name, ''), coalesce(s.units, 0), "
                              "coalesce(s.revenue, 0), coalesce(s.refunded_units, 0), "
                              "coalesce(s.refunded_amount, 0), coalesce(s.cost, 0) "
                              "FROM categories c LEFT JOIN categories pc ON pc.id = c.parent_id "
                              "LEFT JOIN (%1) s ON s.k = c.id "
                              "ORDER BY coalesce(s.revenue, 0) DESC, coalesce(s.units, 0) DESC, "
                              "c.id")
                   .arg(ProductFigures::groupedSql(QStringLiteral("p.category_id"))),
               {request.startMs(), request.endMs()});
    MD_TRY(q.exec());
    QList<Row> out;
    while (q.next())
        out.append({q.int64(0), q.text(1), q.text(2), ProductFigures::read(q, 3)});
    return out;
}

ReportRow totalsOf(const QList<Row> &all)
{
    ProductFigures sum;
    for (const Row &r : all)
        sum.add(r.figures);
    ReportRow row{QVariant(), QVariant(), QVariant()};
    sum.appendTo(row);
    return row;
}

} // namespace

QString CategoryReport::title() const
{
    return QCoreApplication::translate("md::CategoryReport", "Categories");
}

Result<ReportResult> CategoryReport::compute(const ServiceContext &context,
                                             const ReportRequest &request) const
{
    auto res = ReportSql::begin(*this, context, request);
    if (!res)
        return res.error();
    const auto tr = [](const char *s) { return QCoreApplication::translate(kContext, s); };
    res->columns = {{QStringLiteral("category_id"), tr("Category id"), ReportColumnKind::Integer},
                    {QStringLiteral("category"), tr("Category"), ReportColumnKind::Text},
                    {QStringLiteral("parent"), tr("Parent"), ReportColumnKind::Text}};
    res->columns += ProductFigures::columns();
    auto all = categories(context, request);
    if (!all)
        return all.error();
    for (const Row &r : all.value()) {
        ReportRow row{QVariant(r.id), r.name, r.parent};
        r.figures.appendTo(row);
        res->rows.append(row);
    }
    res->totals = totalsOf(all.value());
    if (request.comparePrevious) {
        auto previous = categories(context, request.previousPeriod());
        if (!previous)
            return previous.error();
        res->previousTotals = totalsOf(previous.value());
    }
    res->series = {{res->columnIndex(QStringLiteral("revenue"))}};
    return res;
}

} // namespace md
