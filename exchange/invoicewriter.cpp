#include "invoicewriter.h"

#include "categoryrepository.h"
#include "memberrepository.h"
#include "productrepository.h"
#include "sqlquery.h"
#include "storetime.h"
#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

const QString kActor = QStringLiteral("system");
// A data value, not interface text: the same category whatever language the import ran in.
const QString kCategoryName = QStringLiteral("Imported");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::InvoiceWriter)
};

} // namespace

InvoiceWriter::InvoiceWriter(const QSqlDatabase &db, const StoreSettings &settings, qint64 nowMs)
    : m_db(db)
    , m_settings(settings)
    , m_now(nowMs)
{}

InvoiceWriter::~InvoiceWriter() = default;

Status InvoiceWriter::prepare(const InvoiceCollector &collector, bool deferIndexes)
{
    m_collector = &collector;
    SqlQuery refs(m_db, QStringLiteral("SELECT external_ref FROM orders WHERE external_ref IS NOT "
                                       "NULL"));
    MD_TRY(refs.exec());
    while (refs.next())
        m_existingRefs.insert(refs.text(0));
    MD_TRY(prepareSkus(collector));
    MD_TRY(prepareCustomers(collector));
    m_writer = std::make_unique<HistoryWriter>(m_db);
    if (deferIndexes)
        MD_TRY(m_writer->deferIndexes());
    return {};
}

Result<qint64> InvoiceWriter::importCategory()
{
    CategoryRepository categories(m_db);
    auto all = categories.all();
    MD_TRY(all);
    for (const Category &c : *all) {
        if (c.parentId == 0 && c.name == kCategoryName)
            return c.id;
    }
    auto created = categories.insert({kCategoryName, 0, 0}, m_now);
    MD_TRY(created);
    return created->id;
}

Status InvoiceWriter::prepareSkus(const InvoiceCollector &collector)
{
    ProductRepository products(m_db);
    qint64 category = 0;
    m_skus.clear();
    for (const InvoiceCollector::Code &code : collector.codes()) {
        SkuRef ref;
        if (!code.service) {
            auto found = products.findSkuByCode(code.code); // exact: codes are case-sensitive
            MD_TRY(found);
            if (found->has_value()) {
                ref = {(*found)->id, (*found)->productId};
            } else {
                if (!category) {
                    auto c = importCategory();
                    MD_TRY(c);
                    category = *c;
                }
                ProductDraft draft;
                draft.categoryId = category;
                draft.title = code.title.isEmpty() ? code.code : code.title;
                draft.status = ProductStatus::Draft; // reviewed before it is sold again
                auto product = products.insert(draft, m_now);
                MD_TRY(product);
                SkuDraft sku;
                sku.code = code.code;
                sku.price = code.price;
                auto created = products.insertSku(product->id, sku, m_now);
                MD_TRY(created);
                ref = {created->id, product->id};
                ++m_counts.skusCreated;
            }
        }
        m_skus.append(ref);
    }
    return {};
}

Status InvoiceWriter::prepareCustomers(const InvoiceCollector &collector)
{
    MemberRepository members(m_db);
    for (const InvoiceCollector::Customer &c : collector.customers()) {
        auto found = members.findByExternalRef(c.ref);
        MD_TRY(found);
        if (found->has_value()) {
            m_members.append((*found)->id);
            m_baseNetPaid.append((*found)->netPaid);
            continue;
        }
        NewMember m;
        m.externalRef = c.ref;
        m.displayName = Text::tr("Customer %1").arg(c.ref);
        m.createdAt = c.firstAt;
        auto created = members.insert(m, m_now);
        MD_TRY(created);
        m_members.append(created->id);
        m_baseNetPaid.append(0);
        ++m_counts.customersCreated;
    }
    return {};
}

Status InvoiceWriter::write(const InvoiceCollector::Invoice &inv)
{
    if (m_existingRefs.contains(inv.number)) {
        ++m_counts.alreadyPresent;
        return {};
    }
    const bool isReturn = inv.kind == OrderHistoryRow::Kind::Cancellation;
    Order o;
    o.externalRef = inv.number;
    o.memberId = inv.customer >= 0 ? m_members[inv.customer] : 0;
    o.status = OrderStatus::Completed;
    o.currency = m_settings.currency;
    o.tier = memberTierName(MemberTier::Regular);
    o.shipRegion = inv.country;
    o.source = QStringLiteral("import");
    o.placedAt = inv.at;
    o.localDate = StoreTime::localDateText(inv.at, m_settings.timeZone);
    o.completedAt = inv.at;
    o.updatedAt = inv.at;
    const auto &codes = m_collector->codes();
    o.lines.reserve(inv.lines.size());
    for (const InvoiceCollector::Line &line : inv.lines) {
        const InvoiceCollector::Code &code = codes[line.code];
        OrderLine l;
        l.skuId = m_skus[line.code].skuId;
        l.productId = m_skus[line.code].productId;
        l.title = code.title.isEmpty() ? code.code : code.title;
        l.skuCode = code.code;
        l.unitPrice = l.listPrice = line.unitPrice;
        l.quantity = line.quantity;
        l.subtotal = l.lineTotal = line.quantity * line.unitPrice; // bounded by the collector
        l.shippedQty = line.quantity;
        o.subtotal += l.subtotal;
        o.lines.append(l);
    }
    o.shippingFee = inv.shipping;
    o.total = o.subtotal + o.shippingFee;
    o.amountDue = o.paidAmount = o.total;
    const QString note = Text::tr("imported invoice %1").arg(inv.number);
    QList<OrderEvent> events{{0, QStringLiteral("placed"), kActor, note, inv.at}};
    if (isReturn) {
        // Money received for these goods at some earlier sale (perhaps before the file starts),
        // not a sale of this date: no paid_at, so the Sales report never counts it as one.
        o.refundedCash = o.total;
        events.append({0, QStringLiteral("refunded"), kActor, QString::number(o.total), inv.at});
    } else {
        o.paidAt = inv.at;
        events.append({0, QStringLiteral("paid"), kActor, QString(), inv.at});
    }
    events.append({0, QStringLiteral("completed"), kActor, QString(), inv.at});
    MD_TRY(m_writer->writeOrder(o, events, nullptr));
    m_counts.orderLines += o.lines.size();

    if (isReturn) {
        Refund r;
        r.orderId = o.id;
        r.status = RefundStatus::Refunded;
        r.reason = Text::tr("cancellation %1").arg(inv.number);
        r.amount = r.cashAmount = o.total;
        r.includesShipping = o.shippingFee > 0;
        r.restock = false; // history moves no stock
        r.requestedBy = kActor;
        r.createdAt = r.decidedAt = r.refundedAt = inv.at;
        for (const OrderLine &l : std::as_const(o.lines))
            r.lines.append({l.id, l.quantity, l.lineTotal});
        MD_TRY(m_writer->writeRefund(r));
        ++m_counts.refunds;
    } else {
        ++m_counts.orders;
        if (!o.memberId)
            ++m_counts.guestOrders;
    }
    if (o.memberId)
        m_netPaid[inv.customer] += isReturn ? -o.subtotal : o.subtotal;
    return {};
}

Status InvoiceWriter::finish()
{
    if (!m_writer)
        return {};
    MD_TRY(m_writer->finish());
    // Net paid (goods, without shipping, less refunds) keeps tiers and RFM in step with history.
    MemberRepository members(m_db);
    for (auto it = m_netPaid.cbegin(); it != m_netPaid.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const qint64 total = m_baseNetPaid[it.key()] + it.value();
        auto updated = members.addNetPaid(m_members[it.key()], it.value(),
                                          m_settings.tierFor(qMax<qint64>(total, 0)), m_now);
        MD_TRY(updated);
    }
    return {};
}

} // namespace md
