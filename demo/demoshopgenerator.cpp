#include "demoshopgenerator.h"

#include "cartservice.h"
#include "catalogservice.h"
#include "couponservice.h"
#include "demoorderhistory.h"
#include "flashsaleservice.h"
#include "memberservice.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "staffrepository.h"
#include "staffservice.h"
#include "storesettings.h"
#include "storetime.h"
#include "validation.h"
#include "walletservice.h"
#include "writetransaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

namespace md {

const char *DemoShopGenerator::kMemberPassword = "demo1234";

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QJsonObject readJson(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out.append(x.toString());
    return out;
}

// "西湖龙井|West Lake Longjing" → {"西湖龙井", "West Lake Longjing"}
std::pair<QString, QString> bilingual(const QString &entry)
{
    const qsizetype bar = entry.indexOf(QLatin1Char('|'));
    return bar < 0 ? std::pair{entry, entry} : std::pair{entry.left(bar), entry.mid(bar + 1)};
}

// A shop price in fen: whole yuan ending in 8 or 9 (¥128, ¥99) or with 90 fen (¥45.90).
qint64 shopPrice(DemoRandom &r, qint64 lo, qint64 hi)
{
    qint64 yuan = r.between(lo, hi) / 100 / 10 * 10;
    switch (r.below(3)) {
    case 0:
        return (yuan + 8) * 100;
    case 1:
        return (yuan + 9) * 100;
    default:
        return qMax<qint64>(yuan, 1) * 100 + 90;
    }
}

// Every combination of the options, e.g. 颜色 × 存储, in order.
QList<QList<SkuOption>> combinations(const QJsonObject &options)
{
    QList<QList<SkuOption>> out{{}};
    for (auto it = options.begin(); it != options.end(); ++it) {
        QList<QList<SkuOption>> next;
        for (const auto &partial : out) {
            for (const QString &value : strings(it.value())) {
                auto extended = partial;
                extended.append({it.key(), value});
                next.append(extended);
            }
        }
        out = next;
    }
    return out;
}

} // namespace

DemoShopGenerator::DemoShopGenerator(const ServiceContext &context, const DemoOptions &options)
    : m_ctx(context)
    , m_options(options)
{}

Error DemoShopGenerator::cancelled()
{
    Error e = makeError(ErrorCode::InvalidArgument,
                        DomainText::tr("The demo shop was not made: it was stopped."));
    e.details.insert(QStringLiteral("cancelled"), true);
    return e;
}

bool DemoShopGenerator::isCancelled(const Error &error)
{
    return error.details.value(QStringLiteral("cancelled")).toBool();
}

Result<DemoReport> DemoShopGenerator::generate(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    DemoReport report;
    DemoRandom random(m_options.seed);
    const qint64 endMs = m_options.endMs ? m_options.endMs : m_ctx.now();
    const qint64 startMs = endMs - qint64(m_options.days) * kDay;

    {
        auto existing = CatalogService(m_ctx).productCount({});
        MD_TRY(existing);
        if (*existing > 0)
            return makeError(ErrorCode::AlreadyExists,
                             DomainText::tr("The store already has products; demo data "
                                            "goes only into an empty store."));
    }
    // Staff first, outside the big transaction: their (slow, production-cost) hashing takes no
    // lock. So they outlive a generation that was stopped, and the next one finds them.
    StaffService staff(m_ctx);
    const StaffRepository staffRows(m_ctx.connection());
    auto owner = staffRows.findByEmail(QStringLiteral("owner@demo.merchantdesk.cn"));
    MD_TRY(owner);
    if (!owner->has_value()) {
        auto created =
            staff.bootstrapOwner(QStringLiteral("owner@demo.merchantdesk.cn"),
                                 QStringLiteral("陈店长 Owner"), m_options.staffPassword);
        MD_TRY(created);
        *owner = *created;
    }
    DemoWorld world;
    const struct
    {
        const char *email;
        const char *name;
        StaffRole role;
    } team[] = {{"manager@demo.merchantdesk.cn", "林经理 Manager", StaffRole::Manager},
                {"clerk@demo.merchantdesk.cn", "王店员 Clerk", StaffRole::Clerk},
                {"support@demo.merchantdesk.cn", "赵客服 Support", StaffRole::Support}};
    for (const auto &t : team) {
        auto member = staffRows.findByEmail(QString::fromLatin1(t.email));
        MD_TRY(member);
        if (!member->has_value()) {
            auto created = staff.create((*owner)->actor(),
                                        {QString::fromLatin1(t.email), QString::fromUtf8(t.name),
                                         t.role, m_options.staffPassword});
            MD_TRY(created);
            *member = *created;
        }
        if (t.role == StaffRole::Manager)
            world.managerId = (*member)->id;
        if (t.role == StaffRole::Clerk)
            world.clerkId = (*member)->id;
    }

    // Everything else as of the demo's past: a clock that the generator moves, and a cheap
    // password cost for the 2,000 demo members (upgraded at their first login).
    ManualClock clock(startMs - 30 * kDay);
    ServiceContext gen(m_ctx.database(), clock, PasswordHasher(1000));
    // One transaction for the whole shop: either all of it is there, or none. A large page cache
    // keeps that transaction from spilling pages to the WAL and reading them back.
    m_ctx.database().setCacheSizeKiB(qMin(1024 * 1024, 64 * 1024 * qMax(1, m_options.scale)));
    const auto restoreCache = qScopeGuard([this] { m_ctx.database().setCacheSizeKiB(2000); });
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const Actor system = Actor::system();

    MD_TRY(SettingsService(gen).update(
        system, {{QStringLiteral("shop_name"), QStringLiteral("茶与生活 Tea & Living")},
                 {QStringLiteral("currency"), QStringLiteral("CNY")},
                 {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")}}));
    auto settings = StoreSettings::load(tx.connection());
    MD_TRY(settings);

    // Catalog.
    const QJsonObject catalogJson = readJson(QStringLiteral(":/demo/catalog.json"));
    const QJsonObject people = readJson(QStringLiteral(":/demo/people.json"));
    if (catalogJson.isEmpty() || people.isEmpty())
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("The demo word lists are missing from the build."));
    CatalogService catalog(gen);
    const QStringList modifiers = strings(catalogJson.value(QStringLiteral("modifiers")));
    const QStringList tags = strings(catalogJson.value(QStringLiteral("tags")));
    struct Leaf
    {
        qint64 id;
        QJsonObject spec;
    };
    QList<Leaf> leaves;
    int position = 0;
    for (const auto &top : catalogJson.value(QStringLiteral("categories")).toArray()) {
        auto parent =
            catalog.createCategory(system, {top[QStringLiteral("name")].toString(), 0, position++});
        MD_TRY(parent);
        ++report.categories;
        int childPosition = 0;
        for (const auto &child : top[QStringLiteral("children")].toArray()) {
            auto leaf = catalog.createCategory(
                system, {child[QStringLiteral("name")].toString(), parent->id, childPosition++});
            MD_TRY(leaf);
            ++report.categories;
            leaves.append({leaf->id, child.toObject()});
        }
    }
    int serial = 0;
    for (int p = 0; p < m_options.products; ++p) {
        const Leaf &leaf = leaves.at(p % leaves.size());
        const QStringList bases = strings(leaf.spec.value(QStringLiteral("products")));
        const auto [zh, en] = bilingual(bases.at((p / int(leaves.size())) % bases.size()));
        const int variant = p / int(leaves.size() * bases.size());
        const auto [modZh, modEn] = bilingual(modifiers.at((p + variant) % modifiers.size()));
        ProductDraft d;
        d.categoryId = leaf.id;
        d.title = variant == 0 && p < leaves.size() * bases.size()
                      ? QStringLiteral("%1 %2").arg(zh, en)
                      : QStringLiteral("%1%2 %3 %4").arg(modZh, zh, modEn, en);
        d.description =
            QStringLiteral(
                "%1 — %2。精选好物，品质保证。\nCarefully selected %3, quality guaranteed.")
                .arg(d.title,
                     leaf.spec.value(QStringLiteral("name"))
                         .toString()
                         .section(QLatin1Char(' '), 0, 0),
                     en.toLower());
        d.images = {QStringLiteral("https://img.demo.merchantdesk.cn/p/%1-1.jpg").arg(p + 1),
                    QStringLiteral("https://img.demo.merchantdesk.cn/p/%1-2.jpg").arg(p + 1)};
        d.tags = {random.pick(tags)};
        d.status = random.chance(0.96)
                       ? ProductStatus::Active
                       : (random.chance(0.5) ? ProductStatus::Draft : ProductStatus::Archived);
        d.handle = QStringLiteral("demo-%1").arg(p + 1);
        auto product = catalog.createProduct(system, d);
        MD_TRY(product);
        ++report.products;
        const QJsonArray range = leaf.spec.value(QStringLiteral("price")).toArray();
        const qint64 base = shopPrice(random, range[0].toInteger(), range[1].toInteger());
        QList<QList<SkuOption>> combos =
            combinations(leaf.spec.value(QStringLiteral("options")).toObject());
        const int skuCount = qMin<int>(int(combos.size()), 1 + random.below(6));
        for (int s = 0; s < skuCount; ++s) {
            SkuDraft sd;
            sd.code = QStringLiteral("MD%1-%2").arg(p + 1, 4, 10, QLatin1Char('0')).arg(s + 1);
            sd.options = combos.at(s);
            sd.price = base + s * (base / 10 / 100 * 100);
            sd.cost = sd.price * random.between(35, 70) / 100;
            sd.lowStockThreshold = random.between(3, 20);
            sd.initialStock = random.chance(0.05) ? random.between(0, 4) : random.between(30, 600);
            auto sku = catalog.createSku(system, product->id, sd);
            MD_TRY(sku);
            ++report.skus;
            if (d.status == ProductStatus::Active && sd.initialStock > 0)
                world.skus.append({sku->id, product->id, leaf.id, d.title, sd.code, sd.options,
                                   sd.price, sd.cost});
        }
        if (progress && ++serial % 100 == 0 &&
            !progress(DomainText::tr("catalog"), serial, m_options.products))
            return cancelled();
    }
    // Popularity: a fixed shuffle decides which SKUs sell best.
    for (qsizetype i = world.skus.size() - 1; i > 0; --i)
        world.skus.swapItemsAt(i, random.below(int(i + 1)));

    // Members, joined over the period (most before it started), oldest first.
    MemberService members(gen);
    const QStringList surnames = strings(people.value(QStringLiteral("surnames")));
    const QStringList given = strings(people.value(QStringLiteral("given")));
    const QStringList regions = strings(people.value(QStringLiteral("regions")));
    const QStringList streets = strings(people.value(QStringLiteral("streets")));
    const QString memberHash = gen.hasher().hash(QString::fromLatin1(kMemberPassword));
    QList<qint64> joined;
    for (int i = 0; i < m_options.members; ++i)
        joined.append(random.chance(0.4)
                          ? startMs - random.between(1, 365) * kDay
                          : startMs + random.between(0, qint64(m_options.days - 1) * kDay));
    std::sort(joined.begin(), joined.end());
    for (int i = 0; i < m_options.members; ++i) {
        NewMember n;
        n.email = QStringLiteral("member%1@demo.merchantdesk.cn").arg(i + 1);
        n.phone = QStringLiteral("13%1").arg(800000000 + i);
        n.displayName = random.pick(surnames) + random.pick(given);
        n.passwordHash = memberHash;
        n.createdAt = joined[i];
        auto m = members.createMember(system, n);
        MD_TRY(m);
        DemoMember dm;
        dm.id = m->id;
        dm.name = n.displayName;
        dm.phone = n.phone;
        dm.region = random.pick(regions);
        dm.detail = QStringLiteral("%1%2号").arg(random.pick(streets)).arg(random.between(1, 999));
        dm.createdAt = n.createdAt;
        auto address = members.addAddress(
            system, m->id, {dm.name, dm.phone, dm.region, dm.detail, QString(), true});
        MD_TRY(address);
        dm.addressId = address->id;
        world.members.append(dm);
        ++report.members;
        if (progress && (i + 1) % 500 == 0 &&
            !progress(DomainText::tr("members"), i + 1, m_options.members))
            return cancelled();
    }
    world.carriers = strings(people.value(QStringLiteral("carriers")));
    world.reviews = strings(people.value(QStringLiteral("reviews")));
    world.refundReasons = strings(people.value(QStringLiteral("refundReasons")));

    // Coupon campaigns: two public codes for the whole period, and festival campaigns.
    CouponService coupons(gen);
    const auto addCampaign = [&](const QString &name, const QString &code, CouponTerms terms,
                                 qint64 from, qint64 to, int perMember) -> Status {
        CampaignDraft d{name, code, terms, from, to, std::nullopt, perMember};
        auto c = coupons.createCampaign(system, d);
        MD_TRY(c);
        world.campaigns.append({c->id, terms, from, to, perMember});
        return {};
    };
    CouponTerms welcome{CouponKind::Fixed, 1000, 0, std::nullopt, 5900, CouponScope::All, {}};
    MD_TRY(addCampaign(QStringLiteral("新人专享 ¥10 Welcome"), QStringLiteral("WELCOME10"), welcome,
                       startMs, endMs + 365 * kDay, 1));
    CouponTerms save20{CouponKind::Fixed, 2000, 0, std::nullopt, 19900, CouponScope::All, {}};
    MD_TRY(addCampaign(QStringLiteral("满199减20 ¥20 off ¥199"), QStringLiteral("SAVE20"), save20,
                       startMs, endMs + 90 * kDay, 5));
    CouponTerms teaTerms{CouponKind::Percent, 0, 1000, 5000, 10000, CouponScope::Categories,
                         {leaves.first().id}};
    for (int y = 0; y <= m_options.days / 365 + 1; ++y) {
        const QDate end = QDateTime::fromMSecsSinceEpoch(endMs).date();
        const int year = end.year() - y;
        const qint64 d1111 = StoreTime::startOfDay(QDate(year, 11, 1), settings->timeZone);
        const qint64 d618 = StoreTime::startOfDay(QDate(year, 6, 1), settings->timeZone);
        CouponTerms festival{CouponKind::Percent, 0, 1000, 10000, 0, CouponScope::All, {}};
        if (d1111 < endMs && d1111 + 12 * kDay > startMs)
            MD_TRY(addCampaign(QStringLiteral("双11 全场9折 %1").arg(year), QString(), festival,
                               d1111, d1111 + 12 * kDay, 3));
        if (d618 < endMs && d618 + 19 * kDay > startMs)
            MD_TRY(addCampaign(QStringLiteral("618 茶叶9折 %1").arg(year), QString(), teaTerms,
                               d618, d618 + 19 * kDay, 3));
    }

    DemoOrderHistory history(gen, clock, *settings, world, random, report);
    const int scale = qMax(1, m_options.scale);
    const qint64 recentFrom = endMs - qint64(m_options.recentDays) * kDay;
    QList<DemoOrderHistory::Plan> past, recent;
    qint64 serialRecent = 0;
    for (const auto &p : history.plan(qint64(m_options.orders) * scale, startMs, endMs)) {
        if (p.placedAt < recentFrom)
            past.append(p);
        else if (serialRecent++ % scale ==
                 0) // a larger scale grows the history, not the open orders
            recent.append(p);
    }
    clock.setNowMs(startMs);
    MD_TRY(history.writeHistory(past, progress));
    clock.setNowMs(recentFrom);
    MD_TRY(history.settleMembers());
    // Store credit for some members, and flash sales: one running now, one tomorrow.
    WalletService wallet(gen);
    for (int i = 0; i < world.members.size(); i += 9)
        MD_TRY(wallet.adjust(system, LedgerKind::Balance, world.members[i].id,
                             random.between(5, 50) * 1000, QStringLiteral("topup"),
                             QStringLiteral("充值 top-up")));
    FlashSaleService flash(gen);
    for (int k = 0; k < 2 && world.skus.size() > 6; ++k) {
        FlashSaleDraft d;
        d.name = k == 0 ? QStringLiteral("限时秒杀 Flash sale")
                        : QStringLiteral("明日秒杀 Tomorrow's flash sale");
        d.startsAt = k == 0 ? endMs - 2 * kDay : endMs + kDay;
        d.endsAt = d.startsAt + 3 * kDay;
        d.perMemberLimit = 1;
        for (int i = 0; i < 3; ++i) {
            const DemoSku &s = world.skus.at(k * 3 + i);
            d.items.append({s.id, s.price * 6 / 10 / 10 * 10, 20});
        }
        MD_TRY(flash.create(system, d));
    }
    MD_TRY(history.runRecent(recent, endMs, progress));

    // Some carts left behind, for the funnel and the storefront.
    CartService carts(gen);
    for (int i = 0; i < 100 && i < world.members.size(); ++i) {
        const DemoMember &m = world.members.at(world.members.size() - 1 - i);
        (void)carts.add(Actor::member(m.id),
                        world.skus.at(random.skewed(int(world.skus.size()))).id, 1);
    }
    // Product aggregates from the history: units sold and visible ratings.
    MD_TRY(ProductRepository(tx.connection()).recomputeAggregates(clock.nowMs()));
    MD_TRY(tx.commit());
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace md
