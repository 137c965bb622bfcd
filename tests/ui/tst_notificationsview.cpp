#include "notificationsview.h"

#include "commandsink.h"
#include "notificationservice.h"
#include "recipientpicker.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace md;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

} // namespace

// Broadcasting like a manager would: to an RFM segment (only its members get it, as plain text)
// and to all members, which asks for confirmation first.
class TestNotificationsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void broadcastToSegment();
    void broadcastToAllAsksFirst();
    void listedUnknownSendsNothing();
    void clerkCannotSend();

private:
    void buy(qint64 member, qint64 address, int quantity, const QString &key);
    QList<Notification> broadcastsOf(qint64 member);

    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_lapsed = 0, m_loyal = 0, m_browser = 0;
};

void TestNotificationsView::buy(qint64 member, qint64 address, int quantity, const QString &key)
{
    m_shop->addToCart(member, m_shop->skuTea, quantity);
    auto placed = m_shop->place(member, address, key);
    TestStore::check(placed);
    TestStore::check(m_shop->pay(member, placed->order.id));
}

QList<Notification> TestNotificationsView::broadcastsOf(qint64 member)
{
    auto inbox =
        NotificationService(m_shop->ctx()).inbox(Actor::member(member), member, false, 0, 100);
    TestStore::check(inbox);
    QList<Notification> out;
    for (const Notification &n : *inbox)
        if (n.kind == QLatin1String("broadcast"))
            out.append(n);
    return out;
}

void TestNotificationsView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    // Over the last year: one early small order (RFM 1,1,1: "Lost"), and a recent customer with
    // more and bigger orders (3,3,3: "Loyal"); a third member never bought (not scored).
    const auto [lapsed, lapsedAddress] = m_shop->customer(QStringLiteral("lapsed@example.com"));
    const auto [loyal, loyalAddress] = m_shop->customer(QStringLiteral("loyal@example.com"));
    m_lapsed = lapsed;
    m_loyal = loyal;
    m_browser = m_shop->member(QStringLiteral("browser@example.com"));
    buy(m_lapsed, lapsedAddress, 1, QStringLiteral("l1"));
    m_shop->clock().advanceMs(60 * kDay);
    buy(m_loyal, loyalAddress, 2, QStringLiteral("y1"));
    buy(m_loyal, loyalAddress, 1, QStringLiteral("y2"));
    m_shop->clock().advanceMs(kDay);
}

void TestNotificationsView::broadcastToSegment()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    NotificationsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    view.titleEdit()->setText(QStringLiteral("我们想念您 We miss you"));
    const QString body = QStringLiteral("<b>9折</b> 回归礼\n第二行 & more");
    view.bodyEdit()->setPlainText(body);
    view.picker()->setSegment(RfmSegment::Lost, 365);
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    QTRY_VERIFY(view.confirmation());
    QVERIFY(view.confirmation()->text().contains(QStringLiteral("1 member")));
    QVERIFY(sink.commands.isEmpty()); // nothing before the clerk says yes
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);

    QTRY_COMPARE(sink.commands.size(), 1);
    const SyncCommand &c = sink.commands.first();
    QCOMPARE(c.type, QStringLiteral("notification.broadcast"));
    QCOMPARE(c.payload.value(QStringLiteral("memberIds")).toArray(), QJsonArray{m_lapsed});
    QTRY_VERIFY(view.statusMessage().startsWith(QStringLiteral("Sent to 1 member")));
    const QList<Notification> got = broadcastsOf(m_lapsed);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().title, QStringLiteral("我们想念您 We miss you"));
    QCOMPARE(got.first().body, body); // stored as typed: plain text, not markup
    QVERIFY(broadcastsOf(m_loyal).isEmpty());
    QVERIFY(broadcastsOf(m_browser).isEmpty());
    QVERIFY(view.titleEdit()->text().isEmpty()); // ready for the next one

    // The other segment reaches the other member only.
    view.titleEdit()->setText(QStringLiteral("谢谢 Thanks"));
    view.picker()->setSegment(RfmSegment::Loyal, 365);
    QTRY_VERIFY(view.sendButton()->isEnabled());
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    QTRY_VERIFY(view.confirmation());
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(broadcastsOf(m_loyal).size(), 1);
    QCOMPARE(broadcastsOf(m_lapsed).size(), 1);
    QVERIFY(broadcastsOf(m_browser).isEmpty());
}

void TestNotificationsView::broadcastToAllAsksFirst()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    NotificationsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    view.titleEdit()->setText(QStringLiteral("店休通知 Closed on Monday"));
    QTest::mouseClick(view.sendButton(), Qt::LeftButton); // "all members" is the default
    QTRY_VERIFY(view.confirmation());
    QVERIFY(view.confirmation()->text().contains(QStringLiteral("to 3 member")));
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!view.confirmation());
    QVERIFY(sink.commands.isEmpty());
    QVERIFY(broadcastsOf(m_browser).isEmpty());

    QTRY_VERIFY(view.sendButton()->isEnabled());
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    QTRY_VERIFY(view.confirmation());
    QTest::mouseClick(view.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(sink.commands.size(), 1);
    QTRY_VERIFY(view.statusMessage().startsWith(QStringLiteral("Sent to 3 member")));
    for (qint64 m : {m_lapsed, m_loyal, m_browser})
        QCOMPARE(broadcastsOf(m).size(), 1);
}

void TestNotificationsView::listedUnknownSendsNothing()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    NotificationsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    view.titleEdit()->setText(QStringLiteral("t"));
    view.picker()->setListed({QStringLiteral("browser@example.com"), QStringLiteral("who@x.cn")});
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    QTRY_VERIFY(view.statusMessage().contains(QStringLiteral("who@x.cn")));
    QVERIFY(!view.confirmation());
    QVERIFY(sink.commands.isEmpty());

    // Without a title nothing is resolved or sent.
    for (auto *box : view.findChildren<QMessageBox *>())
        box->close();
    view.titleEdit()->clear();
    view.picker()->setListed({QStringLiteral("browser@example.com")});
    QTRY_VERIFY(view.sendButton()->isEnabled());
    QTest::mouseClick(view.sendButton(), Qt::LeftButton);
    QCOMPARE(view.statusMessage(), QStringLiteral("Write a title first."));
    QVERIFY(!view.confirmation());
}

void TestNotificationsView::clerkCannotSend()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->clerk());
    NotificationsView view(m_shop->ctx(), m_shop->clerk(), &sink);
    view.show();
    QVERIFY(!view.sendButton()->isVisible());
    QVERIFY(view.titleEdit()->isReadOnly());
    view.send();
    QVERIFY(sink.commands.isEmpty());
}

QTEST_MAIN(TestNotificationsView)
#include "tst_notificationsview.moc"
