#include "couponservice.h"
#include "httpclient.h"
#include "loginthrottle.h"
#include "memberservice.h"
#include "orderservice.h"
#include "shopfixture.h"
#include "sqlquery.h"
#include "staffservice.h"
#include "storefrontserver.h"
#include "syncfeed.h"

#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <limits>
#include <thread>
#include <vector>

using namespace md;

// The storefront API over real HTTP, on port 0 on 127.0.0.1: a customer's whole journey,
// isolation between customers, idempotent ordering under concurrency, signed callbacks, and
// every kind of bad input.
class TestStorefrontApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void customerJourney();
    void customersCannotSeeEachOther();
    void concurrentIdenticalOrdersMakeOne();
    void callbacksAreVerified();
    void theMockProviderKeepsItsConnections();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void oversizedBodiesAreRefusedUnread();
    void loginBackOff();
    void simultaneousWrongPasswordsAreCountedBeforeTheyAreChecked();
    void noSecretsInResponses();
    void operationsEndpoints();
    void everyRouteAnswersWithoutAToken();
    void catalogAnswersAreCachedButNeverStale();
    void answersBeforeTheBodyCloseTheConnection();
    void staffReadTheChangeFeed();
    void staffCommandsOverHttp();

private:
    // Registers, logs in and adds an address; returns a client with the token, and the ids.
    struct Customer
    {
        HttpClient http;
        qint64 id = 0;
        qint64 address = 0;
    };
    Customer customer(const QString &email);
    void startServer(int keepAliveSeconds = ServerOptions().keepAliveSeconds);
    qint64 count(const QString &table)
    {
        return *SqlQuery(m_shop->db().connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table)
                    .scalar();
    }
    QJsonObject placeBody(qint64 address, qint64 sku = 0) const
    {
        return {{QStringLiteral("addressId"), address},
                {QStringLiteral("paymentMethod"), QStringLiteral("alipay")},
                {QStringLiteral("items"),
                 QJsonArray{QJsonObject{{QStringLiteral("skuId"), sku ? sku : m_shop->skuTea},
                                        {QStringLiteral("quantity"), 1}}}}};
    }

    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<StorefrontServer> m_server;
    quint16 m_port = 0;
};

void TestStorefrontApi::init()
{
    m_shop = std::make_unique<ShopFixture>();
    startServer();
}

void TestStorefrontApi::startServer(int keepAliveSeconds)
{
    m_server.reset();
    ServerOptions o;
    o.port = 0;
    o.threads = 32;
    o.paymentSecret = ShopFixture::kSecret;
    o.mockPayments = true;
    o.requestsPerSecond = 0;
    o.keepAliveSeconds = keepAliveSeconds;
    m_server = std::make_unique<StorefrontServer>(m_shop->ctx(), o);
    QVERIFY(m_server->start().ok());
    m_port = m_server->port();
}

// The mock provider sends its callbacks over kept-alive connections to the server: payments
// right after one another reuse one, and one the server has closed for idling is not reused.
void TestStorefrontApi::theMockProviderKeepsItsConnections()
{
    startServer(1);
    Customer me = customer(QStringLiteral("provider@example.com"));
    for (int pause : {0, 0, 1500, 0, 1500}) {
        QTest::qWait(pause); // longer than the server keeps an idle connection
        auto placed = me.http.post(QStringLiteral("/api/v1/orders"), placeBody(me.address),
                                   {{"Idempotency-Key", QUuid::createUuid().toByteArray()}});
        QCOMPARE(placed.status, 201);
        const qint64 id = placed.json().value(QStringLiteral("id")).toInteger();
        auto pay = me.http.post(QStringLiteral("/api/v1/orders/%1/pay").arg(id),
                                {{QStringLiteral("method"), QStringLiteral("alipay")}});
        QCOMPARE(pay.status, 201);
        const QString ref = pay.json().value(QStringLiteral("providerRef")).toString();
        auto complete = me.http.post(QStringLiteral("/api/v1/mockpay/%1/complete").arg(ref),
                                     {{QStringLiteral("outcome"), QStringLiteral("success")}});
        QVERIFY2(complete.status == 200, complete.body.constData());
        QCOMPARE(m_shop->order(id).status, OrderStatus::Paid);
    }
}

void TestStorefrontApi::cleanup()
{
    m_server.reset();
    m_shop.reset();
}

TestStorefrontApi::Customer TestStorefrontApi::customer(const QString &email)
{
    HttpClient http(m_port);
    const auto reg = http.post(QStringLiteral("/api/v1/auth/register"),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QStringLiteral("correct-horse")},
                                {QStringLiteral("name"), QStringLiteral("顾客")}});
    if (reg.status != 201)
        qFatal("register failed: %s", reg.body.constData());
    const auto login = http.post(QStringLiteral("/api/v1/auth/login"),
                                 {{QStringLiteral("login"), email},
                                  {QStringLiteral("password"), QStringLiteral("correct-horse")}});
    if (login.status != 200)
        qFatal("login failed: %s", login.body.constData());
    http.setToken(login.json().value(QStringLiteral("token")).toString());
    const auto address =
        http.post(QStringLiteral("/api/v1/me/addresses"),
                  {{QStringLiteral("recipient"), QStringLiteral("王芳")},
                   {QStringLiteral("phone"), QStringLiteral("13800138000")},
                   {QStringLiteral("region"), QStringLiteral("浙江省 杭州市 西湖区")},
                   {QStringLiteral("detail"), QStringLiteral("龙井路 1 号")}});
    if (address.status != 201)
        qFatal("address failed: %s", address.body.constData());
    return {http, reg.json().value(QStringLiteral("id")).toInteger(),
            address.json().value(QStringLiteral("id")).toInteger()};
}

void TestStorefrontApi::customerJourney()
{
    Customer me = customer(QStringLiteral("journey@example.com"));
    m_shop->givePoints(me.id, 2000);
    CampaignDraft d;
    d.name = QStringLiteral("满100减15");
    d.code = QStringLiteral("TEA15");
    d.terms.kind = CouponKind::Fixed;
    d.terms.amount = 1500;
    d.terms.minSpend = 10000;
    d.startsAt = m_shop->clock().nowMs() - 1000;
    d.endsAt = m_shop->clock().nowMs() + 86400000;
    QVERIFY(CouponService(m_shop->ctx()).createCampaign(m_shop->manager(), d).ok());

    // Search in Chinese: one character, and two.
    auto search = me.http.get(QStringLiteral("/api/v1/products?q=") +
                              QUrl::toPercentEncoding(QStringLiteral("龙")));
    QCOMPARE(search.status, 200);
    QCOMPARE(search.json().value(QStringLiteral("total")).toInt(), 1);
    search = me.http.get(QStringLiteral("/api/v1/products?q=") +
                         QUrl::toPercentEncoding(QStringLiteral("紫砂")));
    QCOMPARE(search.json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             m_shop->teapot);

    QCOMPARE(me.http
                 .post(QStringLiteral("/api/v1/cart/items"),
                       {{QStringLiteral("skuId"), m_shop->skuTea}, {QStringLiteral("quantity"), 2}})
                 .status,
             201);
    auto cart = me.http.get(QStringLiteral("/api/v1/cart"));
    QCOMPARE(cart.json().value(QStringLiteral("subtotal")).toInt(), 25600);
    auto claim = me.http.post(QStringLiteral("/api/v1/me/coupons/claim"),
                              {{QStringLiteral("code"), QStringLiteral("TEA15")}});
    QCOMPARE(claim.status, 201);
    const qint64 coupon = claim.json().value(QStringLiteral("id")).toInteger();

    const QJsonObject checkout{{QStringLiteral("addressId"), me.address},
                               {QStringLiteral("couponId"), coupon},
                               {QStringLiteral("points"), 1000}};
    auto quote = me.http.post(QStringLiteral("/api/v1/checkout/quote"), checkout);
    QCOMPARE(quote.status, 200);
    QCOMPARE(quote.json().value(QStringLiteral("couponDiscount")).toInt(), 1500);
    QCOMPARE(quote.json().value(QStringLiteral("pointsDiscount")).toInt(), 1000);
    const qint64 due = quote.json().value(QStringLiteral("amountDue")).toInteger();

    QJsonObject orderBody = checkout;
    orderBody.insert(QStringLiteral("paymentMethod"), QStringLiteral("alipay"));
    QCOMPARE(me.http.post(QStringLiteral("/api/v1/orders"), orderBody).code(),
             QStringLiteral("idempotency_key_required"));
    auto placed = me.http.post(QStringLiteral("/api/v1/orders"), orderBody,
                               {{"Idempotency-Key", "journey-1"}});
    QCOMPARE(placed.status, 201);
    const QJsonObject order = placed.json();
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("pending_payment"));
    QCOMPARE(order.value(QStringLiteral("amountDue")).toInteger(), due);

    auto pay = me.http.post(QStringLiteral("/api/v1/orders/%1/pay").arg(orderId),
                            {{QStringLiteral("method"), QStringLiteral("alipay")}});
    QCOMPARE(pay.status, 201);
    const QString ref = pay.json().value(QStringLiteral("providerRef")).toString();
    auto complete = me.http.post(QStringLiteral("/api/v1/mockpay/%1/complete").arg(ref),
                                 {{QStringLiteral("outcome"), QStringLiteral("success")}});
    QCOMPARE(complete.status, 200);
    QCOMPARE(me.http.get(QStringLiteral("/api/v1/orders/%1").arg(orderId))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("paid"));

    // The shop ships it (the desktop does this through the same service).
    QVERIFY(OrderService(m_shop->ctx())
                .ship(m_shop->clerk(), orderId, {QStringLiteral("顺丰"), QStringLiteral("SF1"), {}})
                .ok());
    auto confirmed = me.http.post(QStringLiteral("/api/v1/orders/%1/confirm-receipt").arg(orderId));
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    const qint64 lineId = confirmed.json()
                              .value(QStringLiteral("lines"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();

    auto review = me.http.post(
        QStringLiteral("/api/v1/orders/%1/lines/%2/review").arg(orderId).arg(lineId),
        {{QStringLiteral("rating"), 5}, {QStringLiteral("text"), QStringLiteral("香气很好")}});
    QCOMPARE(review.status, 201);
    auto reviews = me.http.get(QStringLiteral("/api/v1/products/%1/reviews").arg(m_shop->longjing));
    QCOMPARE(reviews.json().value(QStringLiteral("total")).toInt(), 1);

    auto refund = me.http.post(
        QStringLiteral("/api/v1/orders/%1/refunds").arg(orderId),
        {{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("lineId"), lineId},
                                                          {QStringLiteral("quantity"), 1}}}},
         {QStringLiteral("reason"), QStringLiteral("一盒受潮")}});
    QCOMPARE(refund.status, 201);
    QCOMPARE(refund.json().value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    auto detail = me.http.get(QStringLiteral("/api/v1/orders/%1").arg(orderId));
    QCOMPARE(detail.json().value(QStringLiteral("refunds")).toArray().size(), 1);
    QVERIFY(detail.json().value(QStringLiteral("timeline")).toArray().size() >= 5);

    auto meNow = me.http.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(meNow.status, 200);
    QVERIFY(meNow.json().value(QStringLiteral("points")).toInteger() > 1000); // 1,000 left + earned
    auto notifications = me.http.get(QStringLiteral("/api/v1/me/notifications"));
    QVERIFY(notifications.json().value(QStringLiteral("total")).toInt() >= 3);
    QCOMPARE(me.http.post(QStringLiteral("/api/v1/auth/logout")).status, 204);
    QCOMPARE(me.http.get(QStringLiteral("/api/v1/me")).status, 401);
}

void TestStorefrontApi::customersCannotSeeEachOther()
{
    Customer a = customer(QStringLiteral("a@example.com"));
    Customer b = customer(QStringLiteral("b@example.com"));
    auto placed = a.http.post(QStringLiteral("/api/v1/orders"), placeBody(a.address),
                              {{"Idempotency-Key", "a-1"}});
    QCOMPARE(placed.status, 201);
    const qint64 order = placed.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(a.http
                 .post(QStringLiteral("/api/v1/cart/items"),
                       {{QStringLiteral("skuId"), m_shop->skuPot}, {QStringLiteral("quantity"), 1}})
                 .status,
             201);

    QCOMPARE(b.http.get(QStringLiteral("/api/v1/orders/%1").arg(order)).status, 404);
    QCOMPARE(b.http.post(QStringLiteral("/api/v1/orders/%1/cancel").arg(order)).status, 404);
    QCOMPARE(b.http
                 .post(QStringLiteral("/api/v1/orders/%1/pay").arg(order),
                       {{QStringLiteral("method"), QStringLiteral("card")}})
                 .status,
             404);
    QCOMPARE(
        b.http.get(QStringLiteral("/api/v1/orders")).json().value(QStringLiteral("total")).toInt(),
        0);
    QCOMPARE(b.http.get(QStringLiteral("/api/v1/cart"))
                 .json()
                 .value(QStringLiteral("lines"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(b.http
                 .patch(QStringLiteral("/api/v1/me/addresses/%1").arg(a.address),
                        {{QStringLiteral("recipient"), QStringLiteral("x")},
                         {QStringLiteral("phone"), QStringLiteral("13800138000")},
                         {QStringLiteral("region"), QStringLiteral("x")},
                         {QStringLiteral("detail"), QStringLiteral("x")}})
                 .status,
             404);
    QCOMPARE(b.http.del(QStringLiteral("/api/v1/me/addresses/%1").arg(a.address)).status, 404);
    // B cannot use A's address for an order either.
    QCOMPARE(b.http
                 .post(QStringLiteral("/api/v1/orders"), placeBody(a.address),
                       {{"Idempotency-Key", "b-1"}})
                 .code(),
             QStringLiteral("unknown_address"));
    QCOMPARE(a.http.get(QStringLiteral("/api/v1/orders/%1").arg(order)).status, 200);
    QCOMPARE(a.http.get(QStringLiteral("/api/v1/me/addresses"))
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             1);
}

void TestStorefrontApi::concurrentIdenticalOrdersMakeOne()
{
    Customer me = customer(QStringLiteral("twenty@example.com"));
    const QByteArray body = QJsonDocument(placeBody(me.address)).toJson(QJsonDocument::Compact);
    std::atomic<int> created{0};
    QList<qint64> ids(20);
    QList<QThread *> threads;
    for (int i = 0; i < 20; ++i) {
        threads.append(QThread::create([&, i] {
            const auto r = me.http.send("POST", QStringLiteral("/api/v1/orders"), body,
                                        {{"Idempotency-Key", "same-key"}});
            if (r.status == 201)
                ++created;
            ids[i] = r.json().value(QStringLiteral("id")).toInteger();
        }));
    }
    for (auto *t : threads)
        t->start();
    for (auto *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(created.load(), 20);
    for (qint64 id : ids)
        QCOMPARE(id, ids.first());
    QCOMPARE(count(QStringLiteral("orders")), qint64(1));
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, qint64(99));
    auto changed =
        me.http.post(QStringLiteral("/api/v1/orders"), placeBody(me.address, m_shop->skuPot),
                     {{"Idempotency-Key", "same-key"}});
    QCOMPARE(changed.status, 422);
    QCOMPARE(changed.code(), QStringLiteral("idempotency_key_reused"));
}

void TestStorefrontApi::callbacksAreVerified()
{
    Customer me = customer(QStringLiteral("pay@example.com"));
    const qint64 order = me.http
                             .post(QStringLiteral("/api/v1/orders"), placeBody(me.address),
                                   {{"Idempotency-Key", "p"}})
                             .json()
                             .value(QStringLiteral("id"))
                             .toInteger();
    auto intent = me.http
                      .post(QStringLiteral("/api/v1/orders/%1/pay").arg(order),
                            {{QStringLiteral("method"), QStringLiteral("wechat")}})
                      .json();
    const QString ref = intent.value(QStringLiteral("providerRef")).toString();
    const qint64 amount = intent.value(QStringLiteral("amount")).toInteger();
    HttpClient provider(m_port);
    const qint64 now = m_shop->clock().nowMs() / 1000;
    const auto deliver = [&](const QByteArray &body, const QByteArray &signature) {
        return provider.send("POST", QStringLiteral("/api/v1/payments/callback"), body,
                             {{"X-Signature", signature}});
    };
    const QByteArray good =
        m_shop->callbackBody(ref, amount, QStringLiteral("succeeded"), QStringLiteral("evt-1"));
    QByteArray tampered = good;
    tampered.replace(QByteArray::number(amount), QByteArray::number(amount - 100));
    QCOMPARE(deliver(tampered, PaymentService::sign(ShopFixture::kSecret, now, good)).status, 401);
    QCOMPARE(deliver(good, PaymentService::sign("wrong-secret", now, good)).status, 401);
    QCOMPARE(deliver(good, PaymentService::sign(ShopFixture::kSecret, now - 301, good)).code(),
             QStringLiteral("stale_callback"));
    QCOMPARE(deliver(good, PaymentService::sign(ShopFixture::kSecret, now + 301, good)).code(),
             QStringLiteral("stale_callback"));
    QCOMPARE(deliver(good, QByteArray()).status, 401);
    QCOMPARE(m_shop->order(order).status, OrderStatus::PendingPayment);
    QCOMPARE(deliver(good, PaymentService::sign(ShopFixture::kSecret, now, good)).status, 200);
    QCOMPARE(m_shop->order(order).status, OrderStatus::Paid);
    const qint64 changes = count(QStringLiteral("change_log"));
    auto replay = deliver(good, PaymentService::sign(ShopFixture::kSecret, now, good));
    QCOMPARE(replay.status, 409);
    QCOMPARE(replay.code(), QStringLiteral("duplicate_event"));
    QCOMPARE(count(QStringLiteral("change_log")), changes);
}

void TestStorefrontApi::badInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray json = "application/json";
    QTest::newRow("malformed json")
        << QByteArray("POST") << "/api/v1/cart/items" << QByteArray("{\"skuId\": 1,") << json << 400
        << "malformed_json";
    QTest::newRow("not an object") << QByteArray("POST") << "/api/v1/cart/items"
                                   << QByteArray("[1,2]") << json << 400 << "malformed_json";
    QTest::newRow("wrong content type")
        << QByteArray("POST") << "/api/v1/cart/items" << QByteArray("skuId=1")
        << QByteArray("application/x-www-form-urlencoded") << 415 << "unsupported_media_type";
    QTest::newRow("quantity as string")
        << QByteArray("POST") << "/api/v1/cart/items"
        << QByteArray("{\"skuId\": 1, \"quantity\": \"2\"}") << json << 400 << "invalid_argument";
    QTest::newRow("fractional quantity")
        << QByteArray("POST") << "/api/v1/cart/items"
        << QByteArray("{\"skuId\": 1, \"quantity\": 2.5}") << json << 400 << "invalid_argument";
    QTest::newRow("negative quantity")
        << QByteArray("POST") << "/api/v1/cart/items"
        << QByteArray("{\"skuId\": 1, \"quantity\": -1}") << json << 400 << "invalid_argument";
    QTest::newRow("huge quantity")
        << QByteArray("POST") << "/api/v1/cart/items"
        << QByteArray("{\"skuId\": 1, \"quantity\": 1e300}") << json << 400 << "invalid_argument";
    QTest::newRow("price smuggled in")
        << QByteArray("POST") << "/api/v1/cart/items"
        << QByteArray("{\"skuId\": 1, \"quantity\": 1, \"price\": 1}") << json << 400
        << "unknown_field";
    QTest::newRow("points smuggled in")
        << QByteArray("PATCH") << "/api/v1/me" << QByteArray("{\"points\": 100000}") << json << 400
        << "unknown_field";
    QTest::newRow("tier smuggled in") << QByteArray("PATCH") << "/api/v1/me"
                                      << QByteArray("{\"name\": \"x\", \"tier\": \"platinum\"}")
                                      << json << 400 << "unknown_field";
    QTest::newRow("unknown sku") << QByteArray("POST") << "/api/v1/cart/items"
                                 << QByteArray("{\"skuId\": 999999, \"quantity\": 1}") << json
                                 << 404 << "not_found";
    QTest::newRow("bad rating") << QByteArray("POST") << "/api/v1/orders/1/lines/1/review"
                                << QByteArray("{\"rating\": 6}") << json << 400
                                << "invalid_argument";
    QTest::newRow("unknown route")
        << QByteArray("GET") << "/api/v1/nothing" << QByteArray() << json << 404 << "not_found";
    QTest::newRow("wrong method") << QByteArray("DELETE") << "/api/v1/cart" << QByteArray() << json
                                  << 405 << "method_not_allowed";
    QTest::newRow("malformed id") << QByteArray("GET") << "/api/v1/orders/abc" << QByteArray()
                                  << json << 404 << "not_found";
    QTest::newRow("bad page size") << QByteArray("GET") << "/api/v1/products?pageSize=1000"
                                   << QByteArray() << json << 400 << "invalid_argument";
    QTest::newRow("bad sort") << QByteArray("GET") << "/api/v1/products?sort=random" << QByteArray()
                              << json << 400 << "invalid_argument";
    QTest::newRow("negative price filter") << QByteArray("GET") << "/api/v1/products?minPrice=-5"
                                           << QByteArray() << json << 400 << "invalid_argument";
    QTest::newRow("register without password")
        << QByteArray("POST") << "/api/v1/auth/register"
        << QByteArray("{\"email\": \"x@example.com\", \"name\": \"x\"}") << json << 400
        << "invalid_argument";
    QTest::newRow("register bad email")
        << QByteArray("POST") << "/api/v1/auth/register"
        << QByteArray("{\"email\": \"nope\", \"password\": \"password123\", \"name\": \"x\"}")
        << json << 400 << "invalid_email";
}

void TestStorefrontApi::badInputIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    Customer me = customer(QStringLiteral("bad@example.com"));
    const qint64 changes = count(QStringLiteral("change_log"));
    const auto r =
        me.http.send(method, path, body.isEmpty() ? QByteArray() : body, {}, contentType);
    QCOMPARE(r.status, status);
    QVERIFY2(r.contentType.startsWith("application/problem+json"), r.contentType.constData());
    QCOMPARE(r.code(), code);
    QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), status);
    QVERIFY(!r.json().value(QStringLiteral("title")).toString().isEmpty());
    QCOMPARE(count(QStringLiteral("change_log")), changes);
    QCOMPARE(
        me.http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("points")).toInt(),
        0);
}

void TestStorefrontApi::oversizedBodiesAreRefusedUnread()
{
    Customer me = customer(QStringLiteral("big@example.com"));
    const auto login =
        HttpClient(m_port).post(QStringLiteral("/api/v1/auth/login"),
                                {{QStringLiteral("login"), QStringLiteral("big@example.com")},
                                 {QStringLiteral("password"), QStringLiteral("correct-horse")}});
    // Announced as 2 MiB but never sent: the server must answer without waiting for it.
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/api/v1/cart/items",
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.setContentLength64(2 * 1024 * 1024);
    request.set("Authorization",
                "Bearer " + login.json().value(QStringLiteral("token")).toString().toStdString());
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    session.receiveResponse(response);
    QCOMPARE(int(response.getStatus()), 413);
    // A body that really is larger than 1 MiB: the server answers 413 and closes the connection
    // without reading the rest, so the client may see the answer or only the reset.
    const QByteArray big =
        "{\"skuId\": 1, \"quantity\": 1, \"pad\": \"" + QByteArray(1100 * 1024, 'x') + "\"}";
    try {
        QCOMPARE(me.http.send("POST", QStringLiteral("/api/v1/cart/items"), big).status, 413);
    } catch (const Poco::Exception &) {
    }
    QCOMPARE(me.http.get(QStringLiteral("/api/v1/cart"))
                 .json()
                 .value(QStringLiteral("lines"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(me.http.get(QStringLiteral("/health")).status, 200);
}

void TestStorefrontApi::loginBackOff()
{
    customer(QStringLiteral("victim@example.com"));
    HttpClient http(m_port);
    const auto attempt = [&](const QString &password) {
        return http.post(QStringLiteral("/api/v1/auth/login"),
                         {{QStringLiteral("login"), QStringLiteral("victim@example.com")},
                          {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong-%1").arg(i)).status, 401);
    auto blocked = attempt(QStringLiteral("wrong-again"));
    QCOMPARE(blocked.status, 429);
    QVERIFY(blocked.headers.value("retry-after").toInt() >= 1);
    // Even the right password waits out the back-off.
    QCOMPARE(attempt(QStringLiteral("correct-horse")).status, 429);
    m_shop->clock().advanceMs(2000);
    QCOMPARE(attempt(QStringLiteral("correct-horse")).status, 200);
}

// 30 wrong passwords sent at once: the back-off reserves each attempt before its password is
// hashed, so only the free five are evaluated (401) and the rest wait (429).
void TestStorefrontApi::simultaneousWrongPasswordsAreCountedBeforeTheyAreChecked()
{
    customer(QStringLiteral("target@example.com"));
    constexpr int kAttempts = 30;
    QList<int> statuses(kAttempts);
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (int i = 0; i < kAttempts; ++i) {
        threads.emplace_back([&, i] {
            HttpClient http(m_port);
            ++ready;
            while (ready.load() < kAttempts)
                std::this_thread::yield();
            statuses[i] =
                http.post(QStringLiteral("/api/v1/auth/login"),
                          {{QStringLiteral("login"), QStringLiteral("target@example.com")},
                           {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(i)}})
                    .status;
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(statuses.count(401), int(LoginThrottle::kFreeFailures));
    QCOMPARE(statuses.count(429), kAttempts - int(LoginThrottle::kFreeFailures));
}

void TestStorefrontApi::noSecretsInResponses()
{
    Customer me = customer(QStringLiteral("secret@example.com"));
    for (const QString &path :
         {QStringLiteral("/api/v1/me"), QStringLiteral("/api/v1/me/addresses")}) {
        const QByteArray body = me.http.get(path).body;
        QVERIFY(!body.contains("pbkdf2"));
        QVERIFY(!body.contains("password"));
        QVERIFY(!body.contains("token_hash"));
    }
    auto product = me.http.get(QStringLiteral("/api/v1/products/%1").arg(m_shop->longjing));
    QVERIFY(!product.body.contains("\"cost\""));

    // Times are ISO 8601 UTC strings everywhere, never raw milliseconds.
    const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    QVERIFY(iso.match(product.json().value(QStringLiteral("createdAt")).toString()).hasMatch());
    QVERIFY(iso.match(me.http.get(QStringLiteral("/api/v1/me"))
                          .json()
                          .value(QStringLiteral("createdAt"))
                          .toString())
                .hasMatch());
}

void TestStorefrontApi::operationsEndpoints()
{
    HttpClient http(m_port);
    QCOMPARE(http.get(QStringLiteral("/health")).status, 200);
    QCOMPARE(http.get(QStringLiteral("/api/v1/categories")).status, 200);
    QCOMPARE(http.get(QStringLiteral("/api/v1/flash-sales")).status, 200);
    auto suggest = http.get(QStringLiteral("/api/v1/search/suggest?q=") +
                            QUrl::toPercentEncoding(QStringLiteral("龙井")));
    QCOMPARE(suggest.status, 200);
    QCOMPARE(suggest.json().value(QStringLiteral("suggestions")).toArray().first().toString(),
             QStringLiteral("西湖龙井 West Lake Longjing"));
    auto metrics = http.get(QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY(
        metrics.body.contains("storefront_requests_total{route=\"GET /health\",status=\"200\"} 1"));
    QVERIFY(metrics.body.contains("storefront_request_duration_seconds_bucket{le=\"+Inf\"}"));
    QVERIFY(metrics.body.contains("\nstorefront_write_jobs_total "));
    QVERIFY(metrics.body.contains("\nstorefront_write_batches_total "));
    auto openapi = http.get(QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(openapi.status, 200);
    QVERIFY(openapi.json().contains(QStringLiteral("openapi")));
}

void TestStorefrontApi::everyRouteAnswersWithoutAToken()
{
    // Member endpoints without a token: 401 problem, never a 500.
    HttpClient http(m_port);
    for (const auto &[method, path] :
         QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("/api/v1/cart")},
                                           {"GET", QStringLiteral("/api/v1/orders")},
                                           {"GET", QStringLiteral("/api/v1/orders/1")},
                                           {"GET", QStringLiteral("/api/v1/me")},
                                           {"GET", QStringLiteral("/api/v1/me/points")},
                                           {"GET", QStringLiteral("/api/v1/me/balance")},
                                           {"GET", QStringLiteral("/api/v1/me/coupons")},
                                           {"GET", QStringLiteral("/api/v1/me/favorites")},
                                           {"GET", QStringLiteral("/api/v1/me/history")},
                                           {"GET", QStringLiteral("/api/v1/me/notifications")},
                                           {"POST", QStringLiteral("/api/v1/checkout/quote")},
                                           {"POST", QStringLiteral("/api/v1/orders")},
                                           {"POST", QStringLiteral("/api/v1/auth/logout")}}) {
        const auto r = http.send(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("unauthorized"));
    }
    HttpClient forged(m_port);
    forged.setToken(QStringLiteral("not-a-real-token-but-exactly-43-characters"));
    QCOMPARE(forged.get(QStringLiteral("/api/v1/me")).status, 401);
}

void TestStorefrontApi::catalogAnswersAreCachedButNeverStale()
{
    HttpClient http(m_port);
    const QString path = QStringLiteral("/api/v1/products/%1").arg(m_shop->longjing);
    const auto first = http.get(path);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(!etag.isEmpty());

    // The same answer again, from the cache, and 304 for a client that has it.
    const auto again = http.get(path);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("etag"), etag);
    const auto notModified = http.send("GET", path, QByteArray(), {{"If-None-Match", etag}});
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());

    // A staff edit is visible to the very next request, with a new ETag.
    auto sku = CatalogService(m_shop->ctx()).sku(m_shop->skuTea);
    QVERIFY(sku.ok());
    SkuDraft draft{sku->code, sku->options, 9900, sku->cost, sku->lowStockThreshold, 0};
    QVERIFY(CatalogService(m_shop->ctx()).updateSku(m_shop->manager(), m_shop->skuTea, draft).ok());
    const auto after = http.send("GET", path, QByteArray(), {{"If-None-Match", etag}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.headers.value("etag") != etag);
    bool found = false;
    for (const QJsonValue &v : after.json().value(QStringLiteral("skus")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == m_shop->skuTea) {
            QCOMPARE(v.toObject().value(QStringLiteral("price")).toInteger(), 9900);
            found = true;
        }
    }
    QVERIFY(found);

    // Searches answered from the cache still count as popular searches.
    const QString search =
        QStringLiteral("/api/v1/products?q=") + QUrl::toPercentEncoding(QStringLiteral("龙井"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.get(search).status, 200);
    m_server->stop();
    QCOMPARE(*SqlQuery(m_shop->db().connection(),
                       QStringLiteral("SELECT hits FROM search_queries WHERE query = ?"),
                       {QStringLiteral("龙井")})
                  .scalar(),
             3);
}

void TestStorefrontApi::answersBeforeTheBodyCloseTheConnection()
{
    // A request refused before its body is read (here 401: no token) must not leave the body in
    // the connection, where it would be read as the next request.
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    const std::string body = R"({"addressId": 1, "paymentMethod": "alipay", "note": ")" +
                             std::string(20000, 'x') + "\"}";
    Poco::Net::HTTPRequest post("POST", "/api/v1/orders", Poco::Net::HTTPMessage::HTTP_1_1);
    post.setContentType("application/json");
    post.setContentLength64(qint64(body.size()));
    post.setKeepAlive(true);
    session.sendRequest(post) << body;
    Poco::Net::HTTPResponse refused;
    std::istream &in = session.receiveResponse(refused);
    in.ignore(std::numeric_limits<std::streamsize>::max());
    QCOMPARE(int(refused.getStatus()), 401);
    QVERIFY(!refused.getKeepAlive());

    Poco::Net::HTTPRequest get("GET", "/api/v1/categories", Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(get);
    Poco::Net::HTTPResponse next;
    session.receiveResponse(next).ignore(std::numeric_limits<std::streamsize>::max());
    QCOMPARE(int(next.getStatus()), 200);
}

void TestStorefrontApi::staffReadTheChangeFeed()
{
    QVERIFY(StaffService(m_shop->ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    HttpClient staff(m_port);
    QCOMPARE(staff
                 .post(QStringLiteral("/api/v1/admin/auth/login"),
                       {{QStringLiteral("email"), QStringLiteral("owner@example.com")},
                        {QStringLiteral("password"), QStringLiteral("wrong-password")}})
                 .code(),
             QStringLiteral("invalid_credentials"));
    const auto login =
        staff.post(QStringLiteral("/api/v1/admin/auth/login"),
                   {{QStringLiteral("email"), QStringLiteral("owner@example.com")},
                    {QStringLiteral("password"), QStringLiteral("owner-password-1")}});
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    QVERIFY(login.json().value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
    staff.setToken(login.json().value(QStringLiteral("token")).toString());

    const auto page = staff.get(QStringLiteral("/api/v1/admin/sync/changes?since=0&limit=5"));
    QCOMPARE(page.status, 200);
    const QJsonArray changes = page.json().value(QStringLiteral("changes")).toArray();
    QVERIFY(!changes.isEmpty() && changes.size() <= 5);
    QVERIFY(page.json().value(QStringLiteral("hasMore")).toBool());
    const QJsonObject first = changes.first().toObject();
    for (const char *field : {"seq", "entity", "id", "version", "op", "data"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QCOMPARE(page.json().value(QStringLiteral("next")).toInteger(),
             changes.last().toObject().value(QStringLiteral("seq")).toInteger());

    // Customers and strangers are not staff; bad cursors are refused.
    Customer me = customer(QStringLiteral("feed@example.com"));
    QCOMPARE(me.http.get(QStringLiteral("/api/v1/admin/sync/changes")).status, 401);
    QCOMPARE(HttpClient(m_port).get(QStringLiteral("/api/v1/admin/sync/changes")).status, 401);
    QCOMPARE(staff.get(QStringLiteral("/api/v1/admin/sync/changes?since=abc")).status, 400);
    QCOMPARE(staff.get(QStringLiteral("/api/v1/admin/sync/changes?limit=0")).status, 400);

    // A first copy goes table by table; only replicated tables, and never a secret.
    const auto staffRows = staff.get(QStringLiteral("/api/v1/admin/sync/snapshot?table=staff"));
    QCOMPARE(staffRows.status, 200);
    QVERIFY(staffRows.json()
                .value(QStringLiteral("columns"))
                .toArray()
                .contains(QStringLiteral("password_hash")));
    QVERIFY(!staffRows.body.contains("pbkdf2"));
    QCOMPARE(staffRows.json().value(QStringLiteral("rows")).toArray().size(), 1);
    QCOMPARE(staff.get(QStringLiteral("/api/v1/admin/sync/snapshot?table=sessions")).status, 400);
    QCOMPARE(staff.get(QStringLiteral("/api/v1/admin/sync/snapshot?table=staff;DROP")).status, 400);
    QCOMPARE(me.http.get(QStringLiteral("/api/v1/admin/sync/snapshot?table=staff")).status, 401);

    // A cursor from before a forgotten deletion: 410, start again.
    const qint64 old = page.json().value(QStringLiteral("next")).toInteger();
    QVERIFY(MemberService(m_shop->ctx()).removeAddress(Actor::member(me.id), me.address).ok());
    m_shop->clock().advanceMs(SyncFeed::kTombstoneRetentionMs + 1000);
    QVERIFY(SyncFeed(m_shop->ctx()).compact().ok());
    QCOMPARE(staff.get(QStringLiteral("/api/v1/admin/sync/changes")).status, 401); // 12 h session
    staff.setToken(staff
                       .post(QStringLiteral("/api/v1/admin/auth/login"),
                             {{QStringLiteral("email"), QStringLiteral("owner@example.com")},
                              {QStringLiteral("password"), QStringLiteral("owner-password-1")}})
                       .json()
                       .value(QStringLiteral("token"))
                       .toString());
    const auto gone = staff.get(QStringLiteral("/api/v1/admin/sync/changes?since=%1").arg(old));
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.code(), QStringLiteral("cursor_expired"));
    QVERIFY(gone.contentType.startsWith("application/problem+json"));
}

void TestStorefrontApi::staffCommandsOverHttp()
{
    StaffService staffService(m_shop->ctx());
    auto owner =
        staffService.bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                    QStringLiteral("owner-password-1"));
    QVERIFY(owner.ok());
    QVERIFY(staffService
                .create(Actor::staff(owner->id, StaffRole::Owner),
                        {QStringLiteral("clerk@example.com"), QStringLiteral("店员"),
                         StaffRole::Clerk, QStringLiteral("clerk-password-1")})
                .ok());
    HttpClient clerk(m_port);
    clerk.setToken(clerk
                       .post(QStringLiteral("/api/v1/admin/auth/login"),
                             {{QStringLiteral("email"), QStringLiteral("clerk@example.com")},
                              {QStringLiteral("password"), QStringLiteral("clerk-password-1")}})
                       .json()
                       .value(QStringLiteral("token"))
                       .toString());
    auto uuid = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    // A clerk's points adjustment is refused by the server whatever the client shows; the
    // stock count after it still runs.
    const QJsonObject batch{
        {QStringLiteral("commands"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()},
                                {QStringLiteral("type"), QStringLiteral("member.points_adjust")},
                                {QStringLiteral("entity"), QStringLiteral("member")},
                                {QStringLiteral("entityId"),
                                 m_shop->member(QStringLiteral("m@example.com"))},
                                {QStringLiteral("payload"),
                                 QJsonObject{{QStringLiteral("delta"), 100},
                                             {QStringLiteral("note"), QStringLiteral("x")}}}},
                    QJsonObject{{QStringLiteral("id"), uuid()},
                                {QStringLiteral("type"), QStringLiteral("stock.adjust")},
                                {QStringLiteral("entity"), QStringLiteral("sku")},
                                {QStringLiteral("entityId"), m_shop->skuPot},
                                {QStringLiteral("baseVersion"), 1},
                                {QStringLiteral("payload"),
                                 QJsonObject{{QStringLiteral("delta"), 7},
                                             {QStringLiteral("note"), QStringLiteral("盘点")}}}},
                    QStringLiteral("not an object")}}};
    const auto first = clerk.post(QStringLiteral("/api/v1/admin/sync/commands"), batch);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(results[0]
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("forbidden"));
    QCOMPARE(results[1].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("applied"));
    QCOMPARE(results[2].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(107));

    // The same batch again (the answer was lost): stored results, nothing applied twice.
    const QJsonArray again = clerk.post(QStringLiteral("/api/v1/admin/sync/commands"), batch)
                                 .json()
                                 .value(QStringLiteral("results"))
                                 .toArray();
    QCOMPARE(again[0].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(again[1].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("duplicate"));
    QCOMPARE(again[1].toObject().value(QStringLiteral("version")),
             results[1].toObject().value(QStringLiteral("version")));
    QCOMPARE(m_shop->skuNow(m_shop->skuPot).stockOnHand, qint64(107));

    QCOMPARE(
        clerk.post(QStringLiteral("/api/v1/admin/sync/commands"), {{QStringLiteral("commands"), 5}})
            .status,
        400);
    Customer me = customer(QStringLiteral("cmd@example.com"));
    QCOMPARE(me.http.post(QStringLiteral("/api/v1/admin/sync/commands"), batch).status, 401);
}

QTEST_GUILESS_MAIN(TestStorefrontApi)
#include "tst_storefrontapi.moc"
