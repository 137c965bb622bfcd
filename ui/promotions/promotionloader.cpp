#include "promotionloader.h"

#include "couponservice.h"
#include "flashsaleservice.h"
#include "promotionreport.h"
#include "reportrequest.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace md {

namespace {

struct Figures
{
    qint64 orders = 0;
    qint64 discount = 0;
    qint64 revenue = 0;
};

// The report's rows keyed by "coupon:<id>" / "flash_sale:<id>".
Result<QHash<QString, Figures>> reportFigures(const ServiceContext &ctx)
{
    auto settings = StoreSettings::load(ctx.connection());
    if (!settings)
        return settings.error();
    ReportRequest request;
    request.timeZone = settings->timeZone;
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(ctx.now(), QTimeZone(settings->timeZone.toUtf8())).date();
    // The whole history: a shop older than 2000 does not exist in this program.
    request.from = QDate(2000, 1, 1);
    request.to = today.addDays(1);
    auto result = PromotionReport().compute(ctx, request);
    if (!result)
        return result.error();
    const int kind = result->columnIndex(QStringLiteral("kind"));
    const int id = result->columnIndex(QStringLiteral("id"));
    const int orders = result->columnIndex(QStringLiteral("orders"));
    const int discount = result->columnIndex(QStringLiteral("discount"));
    const int revenue = result->columnIndex(QStringLiteral("revenue"));
    QHash<QString, Figures> out;
    for (const ReportRow &row : result->rows)
        out.insert(
            row[kind].toString() + QLatin1Char(':') + row[id].toString(),
            {row[orders].toLongLong(), row[discount].toLongLong(), row[revenue].toLongLong()});
    return out;
}

template<typename T, typename Page> Result<QList<T>> readAll(Page page)
{
    QList<T> out;
    constexpr int kPage = 500;
    while (out.size() < PromotionLoader::kMaxRows) {
        auto rows = page(int(out.size()), kPage);
        if (!rows)
            return rows.error();
        out.append(*rows);
        if (rows->size() < kPage)
            break;
    }
    return out;
}

} // namespace

void PromotionLoader::load(quint64 generation)
{
    const CouponService coupons(m_ctx);
    const FlashSaleService flashSales(m_ctx);
    auto campaigns = readAll<CouponCampaign>(
        [&](int offset, int limit) { return coupons.campaigns(m_staff, offset, limit); });
    auto sales = readAll<FlashSale>(
        [&](int offset, int limit) { return flashSales.all(m_staff, offset, limit); });
    auto figures = reportFigures(m_ctx);
    if (!campaigns || !sales || !figures) {
        emit failed(generation, !campaigns ? campaigns.error().message
                                : !sales   ? sales.error().message
                                           : figures.error().message);
        return;
    }
    QList<CampaignRow> campaignRows;
    for (const CouponCampaign &c : *campaigns) {
        const Figures f = figures->value(QStringLiteral("coupon:%1").arg(c.id));
        campaignRows.append({c, f.orders, f.discount, f.revenue});
    }
    QList<FlashSaleRow> saleRows;
    for (const FlashSale &s : *sales) {
        FlashSaleRow row;
        row.sale = s;
        for (const FlashSaleItem &i : s.items) {
            row.allotment += i.allotment;
            row.sold += i.sold;
        }
        const Figures f = figures->value(QStringLiteral("flash_sale:%1").arg(s.id));
        row.orders = f.orders;
        row.discount = f.discount;
        row.revenue = f.revenue;
        saleRows.append(row);
    }
    emit loaded(generation, campaignRows, saleRows, m_ctx.now());
}

} // namespace md
