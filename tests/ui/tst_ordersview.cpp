#include "changelog.h"
#include "desksession.h"
#include "desksessioncommandsink.h"
#include "money.h"
#include "orderdetailpanel.h"
#include "orderdocument.h"
#include "orderfilterbar.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "shipdialog.h"
#include "shopfixture.h"
#include "staffservice.h"
#include "storefrontserver.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace md;

// The Orders area driven like a clerk would, on the replica of a DeskSession synced with a real
// storefront server on 127.0.0.1: filter, select, read the detail, ship through the dialog,
// cancel with a reason, and a refused action explained.
class TestOrdersView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersNarrowTheList();
    void shipsAnOrderThroughTheDialog();
    void cancelsAnUnpaidOrderWithAReason();
    void savesTheInvoiceAndPackingSlip();
    void aRefusedShipmentIsExplained();
    void retranslatesOnLanguageChange();
    void aRoleSeesOnlyTheActionsItMayTake_data();
    void aRoleSeesOnlyTheActionsItMayTake();

private:
    void openView(const Actor &staff);
    static constexpr int kWait = 30000;

    qint64 placeAndPay(const QList<std::pair<qint64, qint64>> &items, bool pay, const QString &key)
    {
        for (const auto &[sku, qty] : items)
            m_shop->addToCart(m_member, sku, qty);
        auto placed = m_shop->place(m_member, m_address, key);
        if (!placed) {
            qWarning("place: %s", qPrintable(placed.error().message));
            return 0;
        }
        if (pay && !m_shop->pay(m_member, placed->order.id)) {
            qWarning("payment failed");
            return 0;
        }
        return placed->order.id;
    }
    int statusIndex(OrderStatus s) const { return m_view->filterBar()->status()->findData(int(s)); }
    // Selects the row by clicking it, once its page is there.
    void clickRow(int row)
    {
        OrderTableModel *m = m_view->model();
        QTRY_VERIFY_WITH_TIMEOUT(m->index(row, 0).data(OrderTableModel::LoadedRole).toBool(),
                                 kWait);
        QTableView *t = m_view->table();
        const QRect r = t->visualRect(m->index(row, OrderTableModel::Number));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, r.center());
    }
    QString statusOfRow(int row) const
    {
        return m_view->model()->index(row, OrderTableModel::Status).data().toString();
    }
    void showOnly(qint64 orderId)
    {
        m_view->filterBar()->number()->clear();
        QTest::keyClicks(m_view->filterBar()->number(), m_shop->order(orderId).number());
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(1), kWait);
    }

    std::unique_ptr<ShopFixture> m_shop;
    std::unique_ptr<StorefrontServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DeskSessionCommandSink> m_sink;
    std::unique_ptr<OrdersView> m_view;
    qint64 m_member = 0, m_address = 0;
    qint64 m_twoLines = 0, m_oneLine = 0, m_unpaid = 0;
};

void TestOrdersView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    QVERIFY(StaffService(m_shop->ctx())
                .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                QStringLiteral("owner-password-1"))
                .ok());
    std::tie(m_member, m_address) = m_shop->customer(QStringLiteral("wang@example.com"));
    m_twoLines =
        placeAndPay({{m_shop->skuTea, 2}, {m_shop->skuPot, 1}}, true, QStringLiteral("k1"));
    m_oneLine = placeAndPay({{m_shop->skuTeaBig, 3}}, true, QStringLiteral("k2"));
    m_unpaid = placeAndPay({{m_shop->skuPot, 1}}, false, QStringLiteral("k3"));
    QVERIFY(m_twoLines && m_oneLine && m_unpaid);

    ServerOptions o;
    o.port = 0;
    o.threads = 4;
    o.requestsPerSecond = 0;
    m_server = std::make_unique<StorefrontServer>(m_shop->ctx(), o);
    QVERIFY(m_server->start().ok());
    m_dir = std::make_unique<QTemporaryDir>();
    DeskOptions d;
    d.dataDir = m_dir->path();
    d.endpoint = {QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()),
                  QStringLiteral("owner@example.com"),
                  QStringLiteral("owner-password-1"),
                  {},
                  50};
    d.syncIntervalMs = 600000;
    d.passwordIterations = TestStore::kTestIterations;
    d.synchronous = DatabaseOptions::Synchronous::Normal;
    m_session = std::make_unique<DeskSession>();
    QSignalSpy copied(m_session.get(), &DeskSession::firstCopyFinished);
    m_session->start(d);
    QVERIFY2(copied.wait(kWait), qPrintable(m_session->lastError()));
    m_sink = std::make_unique<DeskSessionCommandSink>(*m_session);
    openView(Actor::staff(1, StaffRole::Owner));
}

void TestOrdersView::openView(const Actor &staff)
{
    m_view.reset();
    m_view = std::make_unique<OrdersView>(*m_session->replica(), QStringLiteral("CNY"), staff,
                                          m_sink.get());
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(3), kWait);
}

void TestOrdersView::cleanup()
{
    m_view.reset();
    m_sink.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
    m_server.reset();
    m_shop.reset();
    m_dir.reset();
}

void TestOrdersView::filtersNarrowTheList()
{
    m_view->filterBar()->status()->setCurrentIndex(statusIndex(OrderStatus::Paid));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(2), kWait);
    m_view->filterBar()->status()->setCurrentIndex(statusIndex(OrderStatus::PendingPayment));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(1), kWait);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_unpaid, kWait);
    m_view->filterBar()->status()->setCurrentIndex(0); // all

    QTest::keyClicks(m_view->filterBar()->member(), QStringLiteral("nobody@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(0), kWait);
    m_view->filterBar()->member()->clear();
    QTest::keyClicks(m_view->filterBar()->member(), QStringLiteral("wang@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(3), kWait);
    m_view->filterBar()->member()->clear();

    // Totals: ¥128.00 × 2 + ¥88.00 and ¥45.00 × 3 and ¥88.00, plus whatever shipping the rules add.
    const qint64 big = m_shop->order(m_twoLines).total;
    QTest::keyClicks(m_view->filterBar()->minAmount(),
                     Money(big, QStringLiteral("CNY")).toDecimalString());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(1), kWait);
    QTest::keyClicks(m_view->filterBar()->maxAmount(), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(0), kWait);
    m_view->filterBar()->minAmount()->clear();
    m_view->filterBar()->maxAmount()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(3), kWait);

    // Placed today or later: all; up to yesterday: none.
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_shop->clock().nowMs(), QTimeZone("Asia/Shanghai")).date();
    m_view->filterBar()->from()->setDate(today);
    m_view->applyFilter();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(3), kWait);
    m_view->filterBar()->from()->setDate(m_view->filterBar()->from()->minimumDate());
    m_view->filterBar()->to()->setDate(today.addDays(-1));
    m_view->applyFilter();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(0), kWait);
}

void TestOrdersView::savesTheInvoiceAndPackingSlip()
{
    QVERIFY(!m_view->invoiceAction()->isEnabled()); // nothing shown yet
    showOnly(m_twoLines);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_twoLines, kWait);
    QVERIFY(m_view->invoiceAction()->isEnabled());
    QSignalSpy written(m_view.get(), &OrdersView::documentWritten);
    const QString invoice = m_dir->filePath(QStringLiteral("invoice.pdf"));
    const QString slip = m_dir->filePath(QStringLiteral("slip.pdf"));
    m_view->printTo(int(OrderDocument::Kind::Invoice), invoice);
    m_view->printTo(int(OrderDocument::Kind::PackingSlip), slip);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, kWait);
    for (const auto &call : written) {
        QVERIFY2(call.at(1).toString().isEmpty(), qPrintable(call.at(1).toString()));
        QFile f(call.at(0).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
    // A folder that does not exist: refused with a message, no file.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing/invoice.pdf"));
    m_view->printTo(int(OrderDocument::Kind::Invoice), nowhere);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 3, kWait);
    QVERIFY(!written.last().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestOrdersView::shipsAnOrderThroughTheDialog()
{
    m_view->filterBar()->status()->setCurrentIndex(statusIndex(OrderStatus::Paid));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(2), kWait);
    showOnly(m_twoLines);
    clickRow(0);

    OrderDetailPanel *detail = m_view->detailPanel();
    QTRY_COMPARE_WITH_TIMEOUT(detail->detail().order.id, m_twoLines, kWait);
    QCOMPARE(detail->linesTable()->rowCount(), 2);
    QCOMPARE(detail->linesTable()->item(0, OrderDetailPanel::LineProduct)->text(),
             QStringLiteral("西湖龙井 West Lake Longjing"));
    QCOMPARE(detail->linesTable()->item(0, OrderDetailPanel::LineQuantity)->text(),
             QStringLiteral("2"));
    QVERIFY(detail->timelineList()->count() >= 2); // placed, paid: as a clerk reads them
    QVERIFY(detail->timelineList()->item(0)->text().contains(QStringLiteral("Placed")));
    QVERIFY(!detail->timelineList()->item(0)->text().contains(QStringLiteral("placed")));
    QVERIFY(m_view->shipAction()->isEnabled());

    QTest::keyClick(m_view->table(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_view->shipDialog());
    ShipDialog *dialog = m_view->shipDialog();
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no tracking number yet
    QTest::keyClicks(dialog->trackingEdit(), QStringLiteral("SF1234567890"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->quantityBox(1));
    dialog->quantityBox(1)->setValue(0); // the teapot goes later
    QTest::mouseClick(ok, Qt::LeftButton);

    // Applied to the replica at once: gone from the "paid" list, shown as shipped under "all".
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusMessage().contains(QStringLiteral("shipped")), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(0), kWait);
    m_view->filterBar()->status()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->total(), qint64(1), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(statusOfRow(0), OrderTableModel::statusText(OrderStatus::Shipped),
                              kWait);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(detail->detail().order.status, OrderStatus::Shipped, kWait);
    QCOMPARE(detail->shipmentsList()->count(), 1);
    QVERIFY(detail->shipmentsList()->item(0)->text().contains(QStringLiteral("SF1234567890")));
    QVERIFY(detail->timelineList()
                ->item(detail->timelineList()->count() - 1)
                ->text()
                .contains(QStringLiteral("Shipped")));
    QCOMPARE(detail->linesTable()->item(0, OrderDetailPanel::LineShipped)->text(),
             QStringLiteral("2"));
    QCOMPARE(detail->linesTable()->item(1, OrderDetailPanel::LineShipped)->text(),
             QStringLiteral("0"));
    QVERIFY(m_view->shipAction()->isEnabled()); // the teapot is still to go
    QVERIFY(!m_view->cancelAction()->isEnabled());

    // And pushed: the shop itself has the shipment.
    QTRY_COMPARE_WITH_TIMEOUT(m_shop->order(m_twoLines).status, OrderStatus::Shipped, kWait);
    QCOMPARE(m_shop->order(m_twoLines).shipments.size(), 1);
    QCOMPARE(m_shop->order(m_twoLines).shipments.first().trackingNumber,
             QStringLiteral("SF1234567890"));
}

void TestOrdersView::cancelsAnUnpaidOrderWithAReason()
{
    showOnly(m_unpaid);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_unpaid, kWait);
    QVERIFY(!m_view->shipAction()->isEnabled()); // not paid
    QVERIFY(m_view->cancelAction()->isEnabled());
    QTest::keyClick(m_view->table(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_view->findChild<QInputDialog *>()));
    ask->setTextValue(QStringLiteral("客户要求取消 customer asked"));
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(statusOfRow(0), OrderTableModel::statusText(OrderStatus::Cancelled),
                              kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_shop->order(m_unpaid).status, OrderStatus::Cancelled, kWait);
    QCOMPARE(m_shop->order(m_unpaid).cancelReason, QStringLiteral("客户要求取消 customer asked"));
}

void TestOrdersView::aRefusedShipmentIsExplained()
{
    showOnly(m_oneLine);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_oneLine, kWait);
    m_view->shipAction()->trigger();
    QTRY_VERIFY(m_view->shipDialog());
    ShipDialog *dialog = m_view->shipDialog();
    QTest::keyClicks(dialog->trackingEdit(), QStringLiteral("YT998877"));

    // Meanwhile the order is cancelled on this desk (another window, another clerk's action
    // arriving by sync): the shipment now breaks the rules.
    SyncCommand cancel{QString(),
                       QStringLiteral("order.cancel"),
                       entity::Order,
                       m_oneLine,
                       {},
                       {{QStringLiteral("reason"), QStringLiteral("out of stock")}}};
    QSignalSpy submitted(m_session.get(), &DeskSession::submitted);
    m_session->submit(cancel);
    QVERIFY(submitted.wait(kWait));
    QCOMPARE(submitted.first().first().value<CommandOutcome>().status, CommandStatus::Applied);

    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_view->findChild<QMessageBox *>()), kWait);
    QVERIFY(box->text().contains(m_shop->order(m_oneLine).number()));
    QVERIFY(!box->informativeText().isEmpty());
    QVERIFY(box->detailedText().contains(QStringLiteral("invalid_transition")));
    box->accept();
    QTRY_COMPARE_WITH_TIMEOUT(statusOfRow(0), OrderTableModel::statusText(OrderStatus::Cancelled),
                              kWait);
    QCOMPARE(m_shop->order(m_oneLine).shipments.size(), 0);
}

// A translator that marks every text of the Orders area, to see which ones are made again.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        static const QList<QByteArray> ours{"md::OrdersView", "md::OrderFilterBar",
                                            "md::OrderTableModel", "md::OrderDetailPanel",
                                            "md::ShipDialog"};
        if (!ours.contains(QByteArray(context)))
            return {};
        QString text = QStringLiteral("[%1]").arg(QString::fromUtf8(source));
        return n >= 0 ? text.replace(QStringLiteral("%Ln"), QString::number(n))
                            .replace(QStringLiteral("%n"), QString::number(n))
                      : text;
    }
    bool isEmpty() const override { return false; }
};

void TestOrdersView::retranslatesOnLanguageChange()
{
    showOnly(m_twoLines);
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_twoLines, kWait);
    OrderTableModel *m = m_view->model();
    QCOMPARE(m_view->shipAction()->text(), QStringLiteral("&Ship…"));
    QCOMPARE(statusOfRow(0), QStringLiteral("Paid"));
    QSignalSpy headers(m, &QAbstractItemModel::headerDataChanged);

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking); // sends QEvent::LanguageChange
    QTRY_COMPARE(m_view->shipAction()->text(), QStringLiteral("[&Ship…]"));
    QCOMPARE(m_view->cancelAction()->text(), QStringLiteral("[&Cancel order…]"));
    QCOMPARE(m_view->filterBar()->status()->itemText(0), QStringLiteral("[All]"));
    QCOMPARE(m_view->filterBar()->status()->itemText(statusIndex(OrderStatus::Paid)),
             QStringLiteral("[Paid]"));
    QVERIFY(!headers.isEmpty());
    QCOMPARE(m->headerData(OrderTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("[Status]"));
    QCOMPARE(statusOfRow(0), QStringLiteral("[Paid]"));
    QCOMPARE(m_view->detailPanel()->linesTable()->horizontalHeaderItem(0)->text(),
             QStringLiteral("[Product]"));
    m_view->shipAction()->trigger();
    QTRY_VERIFY(m_view->shipDialog());
    QCOMPARE(m_view->shipDialog()->buttons()->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("[Ship]"));
    m_view->shipDialog()->reject();

    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(m_view->shipAction()->text(), QStringLiteral("&Ship…"));
    QCOMPARE(statusOfRow(0), QStringLiteral("Paid"));
}

void TestOrdersView::aRoleSeesOnlyTheActionsItMayTake_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ship");
    QTest::addColumn<bool>("cancel");
    // docs/permissions.md: order.fulfil for owner, manager, clerk; order.cancel for owner,
    // manager, support.
    QTest::newRow("owner") << int(StaffRole::Owner) << true << true;
    QTest::newRow("manager") << int(StaffRole::Manager) << true << true;
    QTest::newRow("clerk") << int(StaffRole::Clerk) << true << false;
    QTest::newRow("support") << int(StaffRole::Support) << false << true;
}

void TestOrdersView::aRoleSeesOnlyTheActionsItMayTake()
{
    QFETCH(int, role);
    QFETCH(bool, ship);
    QFETCH(bool, cancel);
    openView(Actor::staff(1, StaffRole(role)));
    showOnly(m_oneLine); // paid, nothing shipped: both actions apply
    clickRow(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->detailPanel()->detail().order.id, m_oneLine, kWait);
    QCOMPARE(m_view->shipAction()->isVisible(), ship);
    QCOMPARE(m_view->shipAction()->isEnabled(), ship);
    QCOMPARE(m_view->cancelAction()->isVisible(), cancel);
    QCOMPARE(m_view->cancelAction()->isEnabled(), cancel);
    // The shortcut of a hidden action does nothing.
    QTest::keyClick(m_view->table(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    QCOMPARE(m_view->shipDialog() != nullptr, ship);
}

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
