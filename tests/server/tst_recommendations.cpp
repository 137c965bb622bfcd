// GET /api/v1/products/{id}/recommendations over real HTTP (port 0 on 127.0.0.1), on a hand-made
// set of orders whose association rules are worked out by hand below: which products are
// recommended, in which order, with which confidence and lift; unpaid and cancelled orders and
// inactive products left out; a 404 for unknown and inactive products; and new orders reaching
// the answers once the rules are mined again.
#include "changelog.h"
#include "httpclient.h"
#include "storefrontserver.h"
#include "storesettings.h"

#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace md;

class TestRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rulesInOrderWithExactFigures();
    void unknownAndInactiveProductsAre404_data();
    void unknownAndInactiveProductsAre404();
    void productWithoutRulesHasNone();
    void catalogChangesShowAtOnce();
    void newOrdersReachTheAnswers();
    void documentedInTheServedOpenApi();

private:
    // A paid order (or one in `status`) of one line per product, with its change-log row.
    void order(const QList<qint64> &products, const QString &status = QStringLiteral("paid"),
               bool paid = true);
    void startServer();
    // The recommended ids, or the status when it is not 200.
    QList<qint64> recommended(qint64 product);
    QJsonArray items(qint64 product);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<StorefrontServer> m_server;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, x = 0, z = 0, draft = 0;
    QHash<qint64, qint64> m_skuOf;
    qint64 m_time = 1767225600000; // 2026-01-01T00:00:00Z
};

void TestRecommendations::init()
{
    m_store = std::make_unique<TestStore>();
    const qint64 cat = m_store->category();
    a = m_store->product(cat, QStringLiteral("A 龙井"));
    b = m_store->product(cat, QStringLiteral("B 碧螺春"));
    c = m_store->product(cat, QStringLiteral("C 普洱"));
    d = m_store->product(cat, QStringLiteral("D 铁观音"));
    e = m_store->product(cat, QStringLiteral("E 茶杯"));
    x = m_store->product(cat, QStringLiteral("X 停售"));
    z = m_store->product(cat, QStringLiteral("Z 茶盘"));
    draft = m_store->product(cat, QStringLiteral("P 草稿"), ProductStatus::Draft);
    qint64 price = 1000;
    for (qint64 p : {a, b, c, d, e, x, z, draft})
        m_skuOf.insert(p, m_store->sku(p, QStringLiteral("SKU-%1").arg(p), price += 100, 50));
    m_store->sku(b, QStringLiteral("SKU-B-SMALL"), 250, 50); // B's lowest price: 250

    // Ten paid orders. Orders with each product: A 5, B 4, C 4, D 3, E 3, X 2, Z 2; pairs seen in
    // two orders or more (the test's minimum): A-B 3, A-C 2, A-X 2, B-C 2, D-E 2.
    order({a, b, c});
    order({a, b});
    order({a, b, x});
    order({a, c, x});
    order({a, d});
    order({b, c});
    order({c, d, e});
    order({d, e});
    order({e, z});
    order({z});
    // Not paid, or cancelled: A-E would otherwise be the strongest pair of all.
    for (int i = 0; i < 3; ++i)
        order({a, e}, QStringLiteral("pending_payment"), false);
    order({a, e}, QStringLiteral("cancelled"), true);
    QVERIFY(CatalogService(m_store->ctx())
                .setProductStatus(Actor::system(), x, ProductStatus::Archived)
                .ok());
}

void TestRecommendations::cleanup()
{
    m_server.reset();
    m_store.reset();
}

void TestRecommendations::order(const QList<qint64> &products, const QString &status, bool paid)
{
    const QSqlDatabase db = m_store->ctx().connection();
    m_time += 60000;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO orders (status, currency, subtotal, total, amount_due, paid_amount, "
        "placed_at, "
        "local_date, paid_at, updated_at) VALUES (?, 'CNY', 1000, 1000, 1000, ?, ?, '', ?, ?)"));
    q.addBindValue(status);
    q.addBindValue(paid ? 1000 : 0);
    q.addBindValue(m_time);
    q.addBindValue(paid ? QVariant(m_time) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m_time);
    if (!q.exec())
        qFatal("order: %s", qPrintable(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    for (qint64 p : products) {
        QSqlQuery l(db);
        l.prepare(QStringLiteral(
            "INSERT INTO order_lines (order_id, sku_id, product_id, title, sku_code, unit_price, "
            "list_price, quantity, subtotal, line_total) VALUES (?, ?, ?, 't', 'c', 100, 100, 1, "
            "100, 100)"));
        for (qint64 v : {id, m_skuOf.value(p), p})
            l.addBindValue(v);
        if (!l.exec())
            qFatal("line: %s", qPrintable(l.lastError().text()));
    }
    // The change-log row a real order writes: what tells the server that orders changed.
    QVERIFY(ChangeLog::record(db, entity::Order, id, 1, ChangeOp::Upsert, m_time).ok());
}

void TestRecommendations::startServer()
{
    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.requestsPerSecond = 0;
    o.recommendationIntervalSeconds = 0; // mine again as soon as orders change
    // The figures below are worked out for these: a pair in 2 orders or more, confidence 0.1 or
    // more, lift 1 or more.
    o.recommendationThresholds = BasketThresholds{2, 0.1, 1.0};
    m_server = std::make_unique<StorefrontServer>(m_store->ctx(), o);
    QVERIFY(m_server->start().ok());
}

QJsonArray TestRecommendations::items(qint64 product)
{
    const auto r = HttpClient(m_server->port())
                       .get(QStringLiteral("/api/v1/products/%1/recommendations").arg(product));
    if (r.status != 200)
        qWarning("status %d: %s", r.status, r.body.constData());
    return r.json().value(QStringLiteral("items")).toArray();
}

QList<qint64> TestRecommendations::recommended(qint64 product)
{
    QList<qint64> ids;
    for (const QJsonValue &v : items(product))
        ids.append(v.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

static bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-12;
}

void TestRecommendations::rulesInOrderWithExactFigures()
{
    startServer();
    const auto r = HttpClient(m_server->port())
                       .get(QStringLiteral("/api/v1/products/%1/recommendations").arg(a));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    QCOMPARE(r.json().value(QStringLiteral("productId")).toInteger(), a);
    const QString currency = StoreSettings::load(m_store->ctx().connection())->currency;

    // A (5 orders of 10): A→B 3/5 = 0.6, lift 0.6 / (4/10) = 1.5; A→X 2/5, lift 0.4 / (2/10) =
    // 2, but X is archived; A→C 2/5, lift 0.4 / (4/10) = 1. A-D (one order) is below the minimum.
    const QJsonArray list = r.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), b);
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("B 碧螺春"));
    QCOMPARE(first.value(QStringLiteral("price")).toInteger(), 250);
    QCOMPARE(first.value(QStringLiteral("currency")).toString(), currency);
    QVERIFY(near(first.value(QStringLiteral("confidence")).toDouble(), 0.6));
    QVERIFY(near(first.value(QStringLiteral("lift")).toDouble(), 1.5));
    const QJsonObject second = list[1].toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toInteger(), c);
    QCOMPARE(second.value(QStringLiteral("price")).toInteger(), 1300); // C's only SKU
    QVERIFY(near(second.value(QStringLiteral("confidence")).toDouble(), 0.4));
    QVERIFY(near(second.value(QStringLiteral("lift")).toDouble(), 1.0));

    // B (4): B→A 3/4, lift 0.75 / 0.5 = 1.5; B→C 2/4, lift 0.5 / 0.4 = 1.25.
    QCOMPARE(recommended(b), (QList<qint64>{a, c}));
    // C (4): C→A and C→B both 2/4; lift breaks the tie: C→B 0.5 / 0.4 = 1.25 before C→A 1.
    const QJsonArray forC = items(c);
    QCOMPARE(recommended(c), (QList<qint64>{b, a}));
    QVERIFY(near(forC[0].toObject().value(QStringLiteral("lift")).toDouble(), 1.25));
    QVERIFY(near(forC[1].toObject().value(QStringLiteral("lift")).toDouble(), 1.0));
    // D (3) and E (3): each other, 2/3, lift (2/3) / (3/10) = 20/9.
    QCOMPARE(recommended(d), QList<qint64>{e});
    const QJsonObject forE = items(e)[0].toObject();
    QCOMPARE(forE.value(QStringLiteral("id")).toInteger(), d);
    QVERIFY(near(forE.value(QStringLiteral("confidence")).toDouble(), 2.0 / 3));
    QVERIFY(near(forE.value(QStringLiteral("lift")).toDouble(), 20.0 / 9));
}

void TestRecommendations::unknownAndInactiveProductsAre404_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("archived") << QStringLiteral("x");
    QTest::newRow("draft") << QStringLiteral("draft");
    QTest::newRow("unknown") << QStringLiteral("999999");
    QTest::newRow("malformed") << QStringLiteral("abc");
    QTest::newRow("negative") << QStringLiteral("-1");
}

void TestRecommendations::unknownAndInactiveProductsAre404()
{
    QFETCH(QString, id);
    startServer();
    const QString path = id == QLatin1String("x")       ? QString::number(x)
                         : id == QLatin1String("draft") ? QString::number(draft)
                                                        : id;
    const auto r = HttpClient(m_server->port())
                       .get(QStringLiteral("/api/v1/products/%1/recommendations").arg(path));
    QCOMPARE(r.status, 404);
    QVERIFY(r.contentType.startsWith("application/problem+json"));
    QCOMPARE(r.code(), QStringLiteral("not_found"));
}

void TestRecommendations::productWithoutRulesHasNone()
{
    startServer();
    // Z: its one pair (E-Z) was bought together once, below the minimum of two.
    const auto r = HttpClient(m_server->port())
                       .get(QStringLiteral("/api/v1/products/%1/recommendations").arg(z));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestRecommendations::catalogChangesShowAtOnce()
{
    startServer();
    QCOMPARE(recommended(a), (QList<qint64>{b, c}));
    QCOMPARE(recommended(a), (QList<qint64>{b, c})); // from the cache this time
    // Archiving B is seen by the next request, rules unchanged: only active products are named.
    QVERIFY(CatalogService(m_store->ctx())
                .setProductStatus(Actor::system(), b, ProductStatus::Archived)
                .ok());
    QCOMPARE(recommended(a), QList<qint64>{c});
    const auto r = HttpClient(m_server->port())
                       .get(QStringLiteral("/api/v1/products/%1/recommendations").arg(b));
    QCOMPARE(r.status, 404);
}

void TestRecommendations::newOrdersReachTheAnswers()
{
    startServer();
    const HttpClient http(m_server->port());
    const QString path = QStringLiteral("/api/v1/products/%1/recommendations").arg(z);
    const auto before = http.get(path);
    QCOMPARE(before.status, 200);
    QVERIFY(before.json().value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(!before.headers.value("etag").isEmpty());

    // Three more orders of E and Z: 13 orders, Z in 5, E in 6, E-Z in 4. Z→E: 4/5 = 0.8, lift
    // 0.8 / (6/13) = 52/30. The rows go in by plain SQL: no local commit drops the cached answer,
    // only the new rules can.
    for (int i = 0; i < 3; ++i)
        order({e, z});
    QTRY_VERIFY_WITH_TIMEOUT(
        !http.get(path).json().value(QStringLiteral("items")).toArray().isEmpty(), 10000);
    const auto after = http.get(path);
    const QJsonArray list = after.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("id")).toInteger(), e);
    QVERIFY(near(list[0].toObject().value(QStringLiteral("confidence")).toDouble(), 0.8));
    QVERIFY(near(list[0].toObject().value(QStringLiteral("lift")).toDouble(), 52.0 / 30));
    QVERIFY(after.headers.value("etag") != before.headers.value("etag"));
    // The rest moved with the new counts: D→E is now 2/3 with lift (2/3) / (6/13) = 13/9.
    const QJsonObject de = items(d)[0].toObject();
    QCOMPARE(de.value(QStringLiteral("id")).toInteger(), e);
    QVERIFY(near(de.value(QStringLiteral("lift")).toDouble(), 13.0 / 9));
}

void TestRecommendations::documentedInTheServedOpenApi()
{
    startServer();
    const auto r = HttpClient(m_server->port()).get(QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(r.status, 200);
    const QJsonObject get = r.json()
                                .value(QStringLiteral("paths"))
                                .toObject()
                                .value(QStringLiteral("/api/v1/products/{id}/recommendations"))
                                .toObject()
                                .value(QStringLiteral("get"))
                                .toObject();
    QVERIFY(get.value(QStringLiteral("responses")).toObject().contains(QStringLiteral("404")));
    const QJsonObject item = r.json()
                                 .value(QStringLiteral("components"))
                                 .toObject()
                                 .value(QStringLiteral("schemas"))
                                 .toObject()
                                 .value(QStringLiteral("Recommendation"))
                                 .toObject();
    // The fields the handler writes are the ones the document requires.
    QStringList required;
    for (const QJsonValue &v : item.value(QStringLiteral("required")).toArray())
        required << v.toString();
    required.sort();
    QStringList written = items(a)[0].toObject().keys();
    written.sort();
    QCOMPARE(written, required);
}

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
