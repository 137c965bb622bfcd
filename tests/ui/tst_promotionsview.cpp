#include "promotionsview.h"

#include "campaigndialog.h"
#include "campaigntablemodel.h"
#include "commandsink.h"
#include "couponservice.h"
#include "flashsaledialog.h"
#include "flashsaleservice.h"
#include "flashsaletablemodel.h"
#include "issuecouponsdialog.h"
#include "money.h"
#include "recipientpicker.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace md;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (auto *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

// The Promotions area driven like a manager would: create a campaign through its dialog, pause
// and resume it, issue its coupons to two members, and read what campaigns and flash sales did.
class TestPromotionsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void modelsPassTester();
    void createPauseAndIssue();
    void editCampaignToPercent();
    void flashSaleCreateAndEnd();
    void usageAndSellThrough();
    void clerkSeesListsOnly();
    void campaignsSortFilterAndActOnTheRowShown();
    void flashSalesSortFilterAndEndTheRowShown();

private:
    QList<MemberCoupon> couponsOf(qint64 member)
    {
        auto held = CouponService(m_shop->ctx()).memberCoupons(m_shop->manager(), member);
        TestStore::check(held);
        return *held;
    }
    qint64 campaign(const QString &name, qint64 amount, const QString &code = {});
    qint64 flashSale(const QString &name, qint64 skuId, qint64 price, qint64 allotment);

    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_alice = 0, m_bob = 0, m_carol = 0;
};

void TestPromotionsView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    m_alice = m_shop->member(QStringLiteral("alice@example.com"));
    m_bob = m_shop->member(QStringLiteral("bob@example.com"));
    m_carol = m_shop->member(QStringLiteral("carol@example.com"));
}

qint64 TestPromotionsView::campaign(const QString &name, qint64 amount, const QString &code)
{
    CampaignDraft d;
    d.name = name;
    d.code = code;
    d.terms.kind = CouponKind::Fixed;
    d.terms.amount = amount;
    d.startsAt = m_shop->clock().nowMs() - kHour;
    d.endsAt = m_shop->clock().nowMs() + 30 * kDay;
    auto c = CouponService(m_shop->ctx()).createCampaign(m_shop->manager(), d);
    TestStore::check(c);
    return c->id;
}

qint64 TestPromotionsView::flashSale(const QString &name, qint64 skuId, qint64 price,
                                     qint64 allotment)
{
    FlashSaleDraft d;
    d.name = name;
    d.startsAt = m_shop->clock().nowMs() - kHour;
    d.endsAt = m_shop->clock().nowMs() + kDay;
    d.items = {{skuId, price, allotment}};
    auto s = FlashSaleService(m_shop->ctx()).create(m_shop->manager(), d);
    TestStore::check(s);
    return s->id;
}

void TestPromotionsView::modelsPassTester()
{
    campaign(QStringLiteral("满100减10"), 1000);
    flashSale(QStringLiteral("龙井秒杀"), m_shop->skuTea, 9900, 10);
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    QAbstractItemModelTester campaigns(view.campaignModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sales(view.flashSaleModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester shownCampaigns(view.campaignProxy(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester shownSales(view.flashSaleProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.campaignTable()->model(), view.campaignProxy());
    QCOMPARE(view.campaignProxy()->sourceModel(), view.campaignModel());
    QTRY_COMPARE(view.campaignModel()->rowCount(), 1);
    QTRY_COMPARE(view.flashSaleModel()->rowCount(), 1);
    // Unchanged list: changed in place; a new campaign: reset.
    view.reload();
    campaign(QStringLiteral("second"), 500);
    view.reload();
    QTRY_COMPARE(view.campaignModel()->rowCount(), 2);
    QCOMPARE(view.flashSaleModel()->rowCount(), 1);
}

void TestPromotionsView::createPauseAndIssue()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();

    QPushButton *create = buttonWithText(&view, QStringLiteral("&New campaign…"));
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(view.campaignDialog());
    CampaignDialog *dialog = view.campaignDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))
        ->setText(QStringLiteral("新客立减 Welcome"));
    dialog->findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("HELLO10"));
    dialog->findChild<QLineEdit *>(QStringLiteral("minSpend"))->setText(QStringLiteral("50"));
    const qint64 now = m_shop->clock().nowMs();
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("startsAt"))
        ->setDateTime(QDateTime::fromMSecsSinceEpoch(now - kHour));
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("endsAt"))
        ->setDateTime(QDateTime::fromMSecsSinceEpoch(now + 30 * kDay));
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    // Three decimals are not yuan: refused, the dialog stays open and nothing is sent.
    amount->setText(QStringLiteral("10.001"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
    QCOMPARE(sink.commands.size(), 0);
    amount->setText(QStringLiteral("10.00"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("coupon_campaign.create"));

    // Listed, and in the store with the terms as typed.
    auto *model = view.campaignModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, CampaignTableModel::Name), QStringLiteral("新客立减 Welcome"));
    QCOMPARE(cell(model, 0, CampaignTableModel::Code), QStringLiteral("HELLO10"));
    QCOMPARE(cell(model, 0, CampaignTableModel::Status), QStringLiteral("Active"));
    QCOMPARE(cell(model, 0, CampaignTableModel::Discount),
             QStringLiteral("%1 off").arg(Money(1000, QStringLiteral("CNY")).format()));
    const qint64 id = model->rowAt(0)->campaign.id;
    auto stored = CouponService(m_shop->ctx()).campaign(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->terms.amount, qint64(1000));
    QCOMPARE(stored->terms.minSpend, qint64(5000));
    QCOMPARE(stored->code, QStringLiteral("HELLO10"));
    QCOMPARE(stored->startsAt, now - kHour);
    QTRY_VERIFY(view.statusMessage().startsWith(QStringLiteral("Campaign created.")));
    QTRY_COMPARE(view.campaignTable()->currentIndex().row(), 0); // the new one is selected

    // Pause, then resume.
    QPushButton *pause = buttonWithText(&view, QStringLiteral("&Pause"));
    QVERIFY(pause);
    QTRY_VERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.pause"));
    QTRY_COMPARE(cell(model, 0, CampaignTableModel::Status), QStringLiteral("Paused"));
    QCOMPARE(CouponService(m_shop->ctx()).campaign(id)->status, CampaignStatus::Paused);
    QTRY_COMPARE(pause->text(), QStringLiteral("&Resume"));
    QTRY_VERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.resume"));
    QTRY_COMPARE(cell(model, 0, CampaignTableModel::Status), QStringLiteral("Active"));
    QCOMPARE(CouponService(m_shop->ctx()).campaign(id)->status, CampaignStatus::Active);

    // A typo in the list: nothing is issued, the clerk is told which entry.
    QPushButton *issue = buttonWithText(&view, QStringLiteral("&Issue coupons…"));
    QVERIFY(issue);
    QTRY_VERIFY(issue->isEnabled());
    QTest::mouseClick(issue, Qt::LeftButton);
    QTRY_VERIFY(view.issueDialog());
    view.issueDialog()->picker()->setListed(
        {QStringLiteral("alice@example.com"), QStringLiteral("nobody@example.com")});
    QTest::mouseClick(view.issueDialog()->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(view.statusMessage().contains(QStringLiteral("nobody@example.com")));
    QCOMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.resume"));
    QVERIFY(couponsOf(m_alice).isEmpty());
    for (auto *box : view.findChildren<QMessageBox *>())
        box->close();

    // Two members, by e-mail (any case) and by id: one issue command with both ids.
    QTRY_VERIFY(issue->isEnabled());
    QTest::mouseClick(issue, Qt::LeftButton);
    QTRY_VERIFY(view.issueDialog());
    view.issueDialog()->picker()->setListed(
        {QStringLiteral("Alice@Example.com"), QString::number(m_bob)});
    QTest::mouseClick(view.issueDialog()->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.issue"));
    QCOMPARE(sink.commands.last().entityId, id);
    QCOMPARE(sink.commands.last().payload.value(QStringLiteral("memberIds")).toArray(),
             (QJsonArray{m_alice, m_bob}));
    QCOMPARE(couponsOf(m_alice).size(), 1);
    QCOMPARE(couponsOf(m_alice).first().campaignId, id);
    QCOMPARE(couponsOf(m_alice).first().source, QStringLiteral("staff"));
    QCOMPARE(couponsOf(m_bob).size(), 1);
    QVERIFY(couponsOf(m_carol).isEmpty());
    QTRY_COMPARE(cell(model, 0, CampaignTableModel::Issued), QStringLiteral("2"));
    QTRY_VERIFY(view.statusMessage().startsWith(QStringLiteral("Coupons issued to 2 member")));
}

void TestPromotionsView::editCampaignToPercent()
{
    const qint64 id = campaign(QStringLiteral("立减10"), 1000);
    const qint64 version = CouponService(m_shop->ctx()).campaign(id)->version;
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    QTRY_COMPARE(view.campaignModel()->rowCount(), 1);
    view.campaignTable()->selectRow(0);
    QPushButton *edit = buttonWithText(&view, QStringLiteral("&Edit…"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(view.campaignDialog());
    CampaignDialog *dialog = view.campaignDialog();
    // The fields show the campaign as it is.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), QStringLiteral("立减10"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->text(),
             QStringLiteral("10.00"));
    name->setText(QStringLiteral("85折 15% off"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(1);
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("percent"))->setValue(15.0);
    dialog->findChild<QLineEdit *>(QStringLiteral("maxDiscount"))->setText(QStringLiteral("30"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("coupon_campaign.update"));
    QCOMPARE(sink.commands[0].baseVersion, std::optional<qint64>(version));
    QTRY_COMPARE(cell(view.campaignModel(), 0, CampaignTableModel::Name),
                 QStringLiteral("85折 15% off"));
    const CouponCampaign stored = *CouponService(m_shop->ctx()).campaign(id);
    QCOMPARE(stored.terms.kind, CouponKind::Percent);
    QCOMPARE(stored.terms.percentBp, 1500);
    QCOMPARE(stored.terms.maxDiscount, std::optional<qint64>(3000));
    QCOMPARE(
        cell(view.campaignModel(), 0, CampaignTableModel::Discount),
        QStringLiteral("%1% off (at most %2)")
            .arg(QLocale().toString(15.0, 'f', 0), Money(3000, QStringLiteral("CNY")).format()));
}

void TestPromotionsView::flashSaleCreateAndEnd()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    view.tabs()->setCurrentIndex(1);
    QPushButton *create = buttonWithText(&view, QStringLiteral("New &flash sale…"));
    QVERIFY(create);
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY(view.flashSaleDialog());
    FlashSaleDialog *dialog = view.flashSaleDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("龙井秒杀"));
    const qint64 now = m_shop->clock().nowMs();
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("startsAt"))
        ->setDateTime(QDateTime::fromMSecsSinceEpoch(now - kHour));
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("endsAt"))
        ->setDateTime(QDateTime::fromMSecsSinceEpoch(now + kDay));
    dialog->addItem(m_shop->skuTea, 9900, 20);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("flash_sale.create"));
    auto *model = view.flashSaleModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, FlashSaleTableModel::Name), QStringLiteral("龙井秒杀"));
    QCOMPARE(cell(model, 0, FlashSaleTableModel::Status), QStringLiteral("Running"));
    QCOMPARE(cell(model, 0, FlashSaleTableModel::Sold), QStringLiteral("0 of 20"));
    const qint64 id = model->rowAt(0)->sale.id;
    QCOMPARE(FlashSaleService(m_shop->ctx()).sale(id)->items.first().salePrice, qint64(9900));

    // End it, after saying yes.
    view.flashSaleTable()->selectRow(0);
    QPushButton *end = buttonWithText(&view, QStringLiteral("E&nd now"));
    QVERIFY(end);
    QTRY_VERIFY(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = view.findChild<QMessageBox *>()));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(sink.commands.size(), 2);
    QCOMPARE(sink.commands[1].type, QStringLiteral("flash_sale.end"));
    QVERIFY(FlashSaleService(m_shop->ctx()).sale(id)->ended);
    QTRY_COMPARE(cell(model, 0, FlashSaleTableModel::Status), QStringLiteral("Ended early"));
}

void TestPromotionsView::usageAndSellThrough()
{
    // Alice uses a ¥10 coupon on a teapot (¥88); Bob buys 2 of 10 flash-priced teas (¥128 → ¥99).
    const qint64 coupon = campaign(QStringLiteral("立减10"), 1000);
    TestStore::check(CouponService(m_shop->ctx()).issue(m_shop->manager(), coupon, {m_alice}));
    const qint64 sale = flashSale(QStringLiteral("龙井秒杀"), m_shop->skuTea, 9900, 10);
    const auto [alice, aliceAddress] = m_shop->customer(QStringLiteral("alice2@example.com"));
    TestStore::check(CouponService(m_shop->ctx()).issue(m_shop->manager(), coupon, {alice}));
    m_shop->addToCart(alice, m_shop->skuPot, 1);
    auto placed = m_shop->place(alice, aliceAddress, QStringLiteral("a1"), QStringLiteral("alipay"),
                                couponsOf(alice).first().id);
    TestStore::check(placed);
    TestStore::check(m_shop->pay(alice, placed->order.id));
    const auto [bob, bobAddress] = m_shop->customer(QStringLiteral("bob2@example.com"));
    m_shop->addToCart(bob, m_shop->skuTea, 1);
    auto flash = m_shop->place(bob, bobAddress, QStringLiteral("b1"));
    TestStore::check(flash);
    TestStore::check(m_shop->pay(bob, flash->order.id));
    const Order paid = m_shop->order(flash->order.id);

    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), nullptr);
    auto *campaigns = view.campaignModel();
    QTRY_COMPARE(campaigns->rowCount(), 1);
    const QString cny = QStringLiteral("CNY");
    QCOMPARE(cell(campaigns, 0, CampaignTableModel::Issued), QStringLiteral("2"));
    QCOMPARE(cell(campaigns, 0, CampaignTableModel::Used), QStringLiteral("1"));
    QCOMPARE(cell(campaigns, 0, CampaignTableModel::DiscountGiven), Money(1000, cny).format());
    QCOMPARE(cell(campaigns, 0, CampaignTableModel::Revenue),
             Money(m_shop->order(placed->order.id).total, cny).format());
    auto *sales = view.flashSaleModel();
    QTRY_COMPARE(sales->rowCount(), 1);
    QCOMPARE(sales->rowAt(0)->sale.id, sale);
    QCOMPARE(cell(sales, 0, FlashSaleTableModel::Sold), QStringLiteral("1 of 10"));
    QCOMPARE(cell(sales, 0, FlashSaleTableModel::SellThrough),
             QStringLiteral("%1%").arg(QLocale().toString(10.0, 'f', 1)));
    QCOMPARE(cell(sales, 0, FlashSaleTableModel::DiscountGiven), Money(12800 - 9900, cny).format());
    QCOMPARE(cell(sales, 0, FlashSaleTableModel::Revenue), Money(paid.total, cny).format());
}

void TestPromotionsView::clerkSeesListsOnly()
{
    campaign(QStringLiteral("立减10"), 1000);
    ApplyingSink sink(m_shop->ctx(), m_shop->clerk());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->clerk(), &sink);
    view.show();
    QTRY_COMPARE(view.campaignModel()->rowCount(), 1);
    view.campaignTable()->selectRow(0);
    for (const QString &text : {QStringLiteral("&New campaign…"), QStringLiteral("&Pause"),
                                QStringLiteral("&Issue coupons…"), QStringLiteral("E&nd now")}) {
        QPushButton *b = buttonWithText(&view, text);
        QVERIFY(b);
        QVERIFY2(!b->isVisible(), qPrintable(text));
    }
    view.newCampaign();
    view.issueCoupons();
    QVERIFY(!view.campaignDialog());
    QVERIFY(!view.issueDialog());
}

void TestPromotionsView::campaignsSortFilterAndActOnTheRowShown()
{
    // Newest first from the loader: Spring pot, Summer pot, Spring tea.
    const qint64 springTea = campaign(QStringLiteral("Spring tea"), 500, QStringLiteral("TEA5"));
    const qint64 summerPot = campaign(QStringLiteral("Summer pot"), 2000);
    const qint64 springPot = campaign(QStringLiteral("Spring pot"), 1000, QStringLiteral("POT10"));
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    QTRY_COMPARE(view.campaignModel()->rowCount(), 3);
    QTableView *table = view.campaignTable();
    const QAbstractItemModel *shown = table->model();
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Spring pot"));

    // By the discount, largest first as amounts: 20 > 10 > 5 yuan (as text, descending, "5.00"
    // would come first).
    table->sortByColumn(CampaignTableModel::Discount, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Summer pot"));
    QCOMPARE(cell(shown, 1, CampaignTableModel::Name), QStringLiteral("Spring pot"));
    QCOMPARE(cell(shown, 2, CampaignTableModel::Name), QStringLiteral("Spring tea"));
    table->sortByColumn(CampaignTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Spring pot"));
    table->sortByColumn(CampaignTableModel::Discount, Qt::DescendingOrder);

    // The search looks in names and codes, in any case.
    QVERIFY(!view.campaignSearch()->placeholderText().isEmpty());
    QTest::keyClicks(view.campaignSearch(), QStringLiteral("pot10"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Spring pot"));
    view.campaignSearch()->clear();
    QTest::keyClicks(view.campaignSearch(), QStringLiteral("SPRING"));
    QCOMPARE(shown->rowCount(), 2);

    // Sorted and filtered: view row 1 is Spring tea, the model's last row. Pause acts on it.
    table->selectRow(1);
    QCOMPARE(cell(shown, 1, CampaignTableModel::Name), QStringLiteral("Spring tea"));
    QPushButton *pause = buttonWithText(&view, QStringLiteral("&Pause"));
    QVERIFY(pause);
    QTRY_VERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.pause"));
    QCOMPARE(sink.commands.last().entityId, springTea);
    QTRY_COMPARE(CouponService(m_shop->ctx()).campaign(springTea)->status, CampaignStatus::Paused);
    QCOMPARE(CouponService(m_shop->ctx()).campaign(springPot)->status, CampaignStatus::Active);
    // Still the selected one after the reload: the button offers to resume it.
    QTRY_COMPARE(pause->text(), QStringLiteral("&Resume"));
    QTRY_COMPARE(cell(shown, 1, CampaignTableModel::Status), QStringLiteral("Paused"));

    // Unfiltered, by name from Z: view row 0 is Summer pot, the model's row 1. A double-click
    // on it edits that campaign.
    view.campaignSearch()->clear();
    QCOMPARE(shown->rowCount(), 3);
    table->sortByColumn(CampaignTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Summer pot"));
    const QRect first = table->visualRect(shown->index(0, CampaignTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_VERIFY(view.campaignDialog());
    auto *name = view.campaignDialog()->findChild<QLineEdit *>(QStringLiteral("name"));
    QCOMPARE(name->text(), QStringLiteral("Summer pot"));
    name->setText(QStringLiteral("Summer pot sale"));
    QTest::mouseClick(view.campaignDialog()->buttons()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(sink.commands.last().type, QStringLiteral("coupon_campaign.update"));
    QCOMPARE(sink.commands.last().entityId, summerPot);
    QTRY_COMPARE(CouponService(m_shop->ctx()).campaign(summerPot)->name,
                 QStringLiteral("Summer pot sale"));
    QCOMPARE(CouponService(m_shop->ctx()).campaign(springPot)->name, QStringLiteral("Spring pot"));
    QTRY_COMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Summer pot sale"));

    // A search that hides the selected campaign: a single-selection view selects the next row
    // it still shows (Spring tea, now view row 0, the model's row 2), and Edit opens that one.
    QTRY_VERIFY(!view.campaignDialog()); // closed when accepted
    QPushButton *edit = buttonWithText(&view, QStringLiteral("&Edit…"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isEnabled());
    QTest::keyClicks(view.campaignSearch(), QStringLiteral("spring"));
    QCOMPARE(shown->rowCount(), 2);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 0);
    QCOMPARE(cell(shown, 0, CampaignTableModel::Name), QStringLiteral("Spring tea"));
    QCOMPARE(pause->text(), QStringLiteral("&Resume")); // Spring tea is the paused one
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(view.campaignDialog());
    QCOMPARE(view.campaignDialog()->findChild<QLineEdit *>(QStringLiteral("name"))->text(),
             QStringLiteral("Spring tea"));
    view.campaignDialog()->close();

    // Nothing selected, nothing to act on.
    table->clearSelection();
    QTRY_VERIFY(!view.campaignDialog());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!pause->isEnabled());
    view.editCampaign();
    QVERIFY(!view.campaignDialog());
}

void TestPromotionsView::flashSalesSortFilterAndEndTheRowShown()
{
    // Newest first from the loader: Pot rush, Small tea rush, Tea rush.
    const qint64 tea = flashSale(QStringLiteral("Tea rush"), m_shop->skuTea, 9900, 10);
    const qint64 small = flashSale(QStringLiteral("Small tea rush"), m_shop->skuTeaBig, 3900, 10);
    const qint64 pot = flashSale(QStringLiteral("Pot rush"), m_shop->skuPot, 6600, 10);
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    PromotionsView view(m_shop->ctx(), QStringLiteral("CNY"), m_shop->manager(), &sink);
    view.show();
    view.tabs()->setCurrentIndex(1);
    QTRY_COMPARE(view.flashSaleModel()->rowCount(), 3);
    QTableView *table = view.flashSaleTable();
    const QAbstractItemModel *shown = table->model();
    QCOMPARE(cell(shown, 0, FlashSaleTableModel::Name), QStringLiteral("Pot rush"));

    // Clicking the name's header sorts ascending, clicking again descending.
    QHeaderView *header = table->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(FlashSaleTableModel::Name) + 5, 5);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(cell(shown, 0, FlashSaleTableModel::Name), QStringLiteral("Pot rush"));
    QCOMPARE(cell(shown, 2, FlashSaleTableModel::Name), QStringLiteral("Tea rush"));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(shown, 0, FlashSaleTableModel::Name), QStringLiteral("Tea rush"));
    QCOMPARE(cell(shown, 1, FlashSaleTableModel::Name), QStringLiteral("Small tea rush"));

    QVERIFY(!view.flashSaleSearch()->placeholderText().isEmpty());
    QTest::keyClicks(view.flashSaleSearch(), QStringLiteral("TEA"));
    QCOMPARE(shown->rowCount(), 2);
    // View row 0 is Tea rush, the model's row 2: End acts on it.
    table->selectRow(0);
    QCOMPARE(cell(shown, 0, FlashSaleTableModel::Name), QStringLiteral("Tea rush"));
    QPushButton *end = buttonWithText(&view, QStringLiteral("E&nd now"));
    QVERIFY(end);
    QTRY_VERIFY(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = view.findChild<QMessageBox *>()));
    QVERIFY(box->text().contains(QStringLiteral("Tea rush")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands.last().type, QStringLiteral("flash_sale.end"));
    QCOMPARE(sink.commands.last().entityId, tea);
    QVERIFY(FlashSaleService(m_shop->ctx()).sale(tea)->ended);
    QVERIFY(!FlashSaleService(m_shop->ctx()).sale(small)->ended);
    QVERIFY(!FlashSaleService(m_shop->ctx()).sale(pot)->ended);
    QTRY_COMPARE(cell(shown, 0, FlashSaleTableModel::Status), QStringLiteral("Ended early"));
    QCOMPARE(cell(shown, 1, FlashSaleTableModel::Status), QStringLiteral("Running"));
}

QTEST_MAIN(TestPromotionsView)
#include "tst_promotionsview.moc"
