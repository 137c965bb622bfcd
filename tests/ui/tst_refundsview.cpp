#include "refundsview.h"

#include "commandsink.h"
#include "desksessioncommandsink.h"
#include "money.h"
#include "orderservice.h"
#include "permissionpolicy.h"
#include "refundservice.h"
#include "refundtablemodel.h"

#include "applyingsink.h"
#include "deskfixture.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace md;

namespace {

// Marks the texts of the area's own contexts, to see which texts follow a language change.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QList<QByteArray> contexts)
        : m_contexts(std::move(contexts))
    {}
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (!m_contexts.contains(QByteArray(context)))
            return {};
        QString text = QStringLiteral("[%1]").arg(QString::fromUtf8(source));
        return n >= 0 ? text.replace(QStringLiteral("%Ln"), QString::number(n))
                            .replace(QStringLiteral("%n"), QString::number(n))
                      : text;
    }
    bool isEmpty() const override { return false; }

private:
    QList<QByteArray> m_contexts;
};

} // namespace

// The refund queue driven like a clerk would: a customer's request on a real store appears,
// approving it pays out the amount the rules give and puts the unit back in stock, rejecting
// needs a reason; a clerk sees the queue without the decisions.
class TestRefundsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void modelPassesTester();
    void modelPages();
    void sortsInTheStoreAcrossPages_data();
    void sortsInTheStoreAcrossPages();
    void searchNarrowsTheQueue();
    void approveRestocks();
    void rejectNeedsAReason();
    void clerkCannotDecide();
    void approveOnTheReplicaThenSync();
    void retranslatesOnLanguageChange();

private:
    qint64 request(qint64 quantity, const QString &reason);
    Refund refundNow(qint64 id);
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_member = 0;
    qint64 m_order = 0;
};

void TestRefundsView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    const auto [member, address] = m_shop->customer(QStringLiteral("a@example.com"));
    m_member = member;
    m_shop->addToCart(member, m_shop->skuTea, 3);
    auto placed = m_shop->place(member, address, QStringLiteral("k1"));
    TestStore::check(placed);
    m_order = placed->order.id;
    TestStore::check(m_shop->pay(member, m_order));
    // Shipped: a refunded unit comes back to stock only when the clerk restocks it.
    TestStore::check(
        OrderService(m_shop->ctx())
            .ship(m_shop->clerk(), m_order, {QStringLiteral("SF"), QStringLiteral("SF1"), {}}));
}

qint64 TestRefundsView::request(qint64 quantity, const QString &reason)
{
    const Order o = m_shop->order(m_order);
    auto r = RefundService(m_shop->ctx())
                 .request(Actor::member(m_member), m_order, {{o.lines[0].id, quantity}}, reason);
    TestStore::check(r);
    return r->id;
}

Refund TestRefundsView::refundNow(qint64 id)
{
    auto r = RefundService(m_shop->ctx()).refund(Actor::system(), id);
    TestStore::check(r);
    return *r;
}

void TestRefundsView::modelPassesTester()
{
    request(1, QStringLiteral("破损"));
    request(1, QStringLiteral("不想要了"));
    RefundsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view.model()->rowCount(), 2);
    view.filter()->setCurrentIndex(RefundsView::RejectedOnly);
    QTRY_COMPARE(view.model()->total(), qint64(0));
    QCOMPARE(view.model()->rowCount(), 0);
    view.filter()->setCurrentIndex(RefundsView::All);
    QTRY_COMPARE(view.model()->rowCount(), 2);
}

void TestRefundsView::modelPages()
{
    // The model alone: it asks for pages, appends them, drops answers for an older list.
    RefundTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy wanted(&model, &RefundTableModel::pageWanted);
    model.reset(RefundStatus::Requested);
    QCOMPARE(wanted.size(), 1);
    const quint64 generation = wanted.last().at(0).toULongLong();
    QCOMPARE(wanted.last().at(1).toInt(), 0);
    QCOMPARE(wanted.last().at(2).toInt(), RefundTableModel::kPageSize);
    QList<RefundRow> page;
    for (int i = 0; i < RefundTableModel::kPageSize; ++i) {
        RefundRow row;
        row.refund.id = 1000 - i;
        row.currency = QStringLiteral("CNY");
        page.append(row);
    }
    model.addPage(generation + 1, 0, page, 150); // not asked for: dropped
    QCOMPARE(model.rowCount(), 0);
    model.addPage(generation, 0, page, 150);
    QCOMPARE(model.rowCount(), RefundTableModel::kPageSize);
    // The tester may have asked for the next page already, as a view would.
    if (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.last().at(0).toULongLong(), generation);
    QCOMPARE(wanted.last().at(1).toInt(), RefundTableModel::kPageSize);
    QVERIFY(!model.canFetchMore({})); // one page at a time
    model.addPage(generation, RefundTableModel::kPageSize, page.mid(0, 50), 150);
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowOf(1000), 0);
    QCOMPARE(model.data(model.index(0, 0), RefundTableModel::IdRole).toLongLong(), qint64(1000));
}

void TestRefundsView::sortsInTheStoreAcrossPages_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("ascending") << Qt::AscendingOrder;
    QTest::newRow("descending") << Qt::DescendingOrder;
}

// Three refunds whose reasons sort neither by id nor backwards: the loader's pages of two (the
// second page starts at the boundary) and the view's model sorted by its header both follow the
// store's order, in both directions.
void TestRefundsView::sortsInTheStoreAcrossPages()
{
    QFETCH(Qt::SortOrder, order);
    const qint64 b = request(1, QStringLiteral("b: wrong colour"));
    const qint64 a = request(1, QStringLiteral("a: damaged"));
    const qint64 c = request(1, QStringLiteral("c: too late"));
    const bool descending = order == Qt::DescendingOrder;
    const QList<qint64> expected = descending ? QList<qint64>{c, b, a} : QList<qint64>{a, b, c};

    qRegisterMetaType<QList<md::RefundRow>>(); // for the spy
    RefundPageLoader loader(m_shop->ctx(), m_shop->manager());
    QSignalSpy loaded(&loader, &RefundPageLoader::loaded);
    loader.load(1, 0, 2, std::nullopt, RefundSort::Reason, descending);
    loader.load(1, 2, 2, std::nullopt, RefundSort::Reason, descending);
    QCOMPARE(loaded.size(), 2);
    QList<qint64> paged;
    for (const auto &answer : loaded)
        for (const RefundRow &row : answer.at(2).value<QList<RefundRow>>())
            paged << row.refund.id;
    QCOMPARE(paged, expected);

    RefundsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view.model()->rowCount(), 3);
    QTableView *table = view.table();
    QVERIFY(table);
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(RefundTableModel::Reason, order);
    QTRY_VERIFY(view.model()->rowCount() == 3 &&
                view.model()->rowAt(0)->refund.id == expected.at(0));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(view.model()->rowAt(row)->refund.id, expected.at(row));
}

// Typing in the search box narrows the queue after a pause (by reason, by order number), within
// the status filter; clearing it brings every refund back. The model tester watches throughout.
void TestRefundsView::searchNarrowsTheQueue()
{
    const qint64 damaged = request(1, QStringLiteral("Damaged box"));
    const qint64 odd = request(1, QStringLiteral("it's 100% the wrong_size"));
    RefundsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    view.show();
    auto *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *search = view.searchEdit();
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by order, customer or reason"));
    QTRY_COMPARE(model->total(), qint64(2));

    QTest::keyClicks(search, QStringLiteral("damaged"));
    QCOMPARE(model->total(), qint64(2)); // not on every key: after a pause
    QTRY_COMPARE(model->searchText(), QStringLiteral("damaged"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->total(), qint64(1));
    QCOMPARE(model->rowAt(0)->refund.id, damaged);

    // Select all and delete: every refund again.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->total(), qint64(2));

    // Quotes and wildcards are plain characters.
    QTest::keyClicks(search, QStringLiteral("'s 100%"));
    QTRY_COMPARE(model->searchText(), QStringLiteral("'s 100%"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0)->refund.id, odd);
    QVERIFY(view.statusMessage().isEmpty());

    // The order number the list shows finds both (one order), and the status filter still holds.
    search->clear(); // as the clear button does
    QTRY_COMPARE(model->rowCount(), 2);
    const QString number = m_shop->order(m_order).number();
    QTest::keyClicks(search, number);
    QTRY_COMPARE(model->searchText(), number);
    QTRY_COMPARE(model->total(), qint64(2));
    QTRY_COMPARE(model->rowCount(), 2);
    view.filter()->setCurrentIndex(RefundsView::RejectedOnly);
    QTRY_COMPARE(model->total(), qint64(0));
    QCOMPARE(model->searchText(), number);
    view.filter()->setCurrentIndex(RefundsView::All);
    QTRY_COMPARE(model->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("-no-such"));
    QTRY_COMPARE(model->searchText(), number + QStringLiteral("-no-such"));
    QTRY_COMPARE(model->total(), qint64(0));
    QCOMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
    // Sorting keeps the search.
    QTest::keyClicks(search, QStringLiteral("wrong_size"));
    QTRY_COMPARE(model->rowCount(), 1);
    view.table()->sortByColumn(RefundTableModel::Reason, Qt::AscendingOrder);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0)->refund.id, odd);
    QCOMPARE(model->total(), qint64(1));
}

void TestRefundsView::approveRestocks()
{
    const qint64 id = request(1, QStringLiteral("茶叶受潮 damp"));
    const Refund asked = refundNow(id);
    QVERIFY(asked.amount > 0);
    const qint64 stockBefore = m_shop->skuNow(m_shop->skuTea).stockOnHand;
    QCOMPARE(m_shop->order(m_order).refundedTotal(), qint64(0));

    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    RefundsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    auto *model = view.model();
    QCOMPARE(view.filter()->currentIndex(), int(RefundsView::RequestedOnly)); // the default
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowAt(0)->refund.id, id);
    QCOMPARE(model->data(model->index(0, RefundTableModel::OrderNumber)).toString(),
             m_shop->order(m_order).number());
    QCOMPARE(model->data(model->index(0, RefundTableModel::MemberName)).toString(),
             QStringLiteral("张三"));
    QCOMPARE(model->data(model->index(0, RefundTableModel::Amount)).toString(),
             Money(asked.amount, QStringLiteral("CNY")).format());
    QCOMPARE(model->data(model->index(0, RefundTableModel::Status)).toString(),
             QStringLiteral("Requested"));

    view.table()->selectRow(0);
    QTRY_COMPARE(view.shownRefundId(), id);
    QCOMPARE(view.linesTable()->rowCount(), 1);
    QCOMPARE(view.linesTable()->item(0, 0)->text(), QStringLiteral("西湖龙井 West Lake Longjing"));
    QCOMPARE(view.linesTable()->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(view.linesTable()->item(0, 3)->text(),
             Money(asked.amount, QStringLiteral("CNY")).format());
    QCOMPARE(view.historyList()->count(), 1); // requested
    QVERIFY(view.approveAction()->isVisible());
    QVERIFY(view.approveAction()->isEnabled());
    QVERIFY(view.restockBox()->isChecked());

    // Approve with the keyboard shortcut.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("refund.approve"));
    QCOMPARE(sink.commands[0].entityId, id);
    QCOMPARE(sink.commands[0].payload.value(QStringLiteral("restock")).toBool(), true);
    QTRY_COMPARE(refundNow(id).status, RefundStatus::Refunded);

    // The order's refunded total follows, and the unit is back in stock.
    const Refund paid = refundNow(id);
    QCOMPARE(m_shop->order(m_order).refundedTotal(), paid.amount);
    QCOMPARE(paid.amount, asked.amount);
    QCOMPARE(m_shop->skuNow(m_shop->skuTea).stockOnHand, stockBefore + 1);
    // It left the "requested" queue; the detail shows it as it is now, decided.
    QTRY_COMPARE(model->total(), qint64(0));
    QTRY_VERIFY(view.historyList()->count() >= 3);
    QVERIFY(!view.approveAction()->isEnabled());
    QVERIFY(view.statusMessage().contains(QStringLiteral("approved")));
    view.filter()->setCurrentIndex(RefundsView::All);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, RefundTableModel::Status)).toString(),
             QStringLiteral("Refunded"));
    // A decided refund offers no decision.
    view.approveAction()->trigger();
    QCOMPARE(sink.commands.size(), 1);
}

void TestRefundsView::rejectNeedsAReason()
{
    const qint64 id = request(2, QStringLiteral("买错了"));
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    RefundsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    QTRY_COMPARE(view.shownRefundId(), id);
    QTRY_VERIFY(view.rejectAction()->isEnabled());

    // Without a reason nothing is sent.
    view.rejectAction()->trigger();
    QVERIFY(sink.commands.isEmpty());
    QVERIFY(view.statusMessage().contains(QStringLiteral("reason")));
    QCOMPARE(refundNow(id).status, RefundStatus::Requested);

    view.noteEdit()->setText(QStringLiteral("已超过退货期 past the return period"));
    view.rejectAction()->trigger();
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands[0].type, QStringLiteral("refund.reject"));
    QTRY_COMPARE(refundNow(id).status, RefundStatus::Rejected);
    QCOMPARE(refundNow(id).decisionNote, QStringLiteral("已超过退货期 past the return period"));
    QCOMPARE(m_shop->order(m_order).refundedTotal(), qint64(0));
    QTRY_COMPARE(view.model()->total(), qint64(0));
    view.filter()->setCurrentIndex(RefundsView::RejectedOnly);
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->data(view.model()->index(0, RefundTableModel::Status)).toString(),
             QStringLiteral("Rejected"));
    QTRY_VERIFY(view.historyList()->count() == 2);
    QVERIFY(view.historyList()->item(1)->text().contains(QStringLiteral("past the return period")));
}

void TestRefundsView::clerkCannotDecide()
{
    const qint64 id = request(1, QStringLiteral("破损"));
    QVERIFY(!PermissionPolicy::allows(m_shop->clerk(), Permission::RefundDecide));
    ApplyingSink sink(m_shop->ctx(), m_shop->clerk());
    RefundsView view(m_shop->ctx(), m_shop->clerk(), &sink);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    QTRY_COMPARE(view.shownRefundId(), id);
    QVERIFY(!view.approveAction()->isVisible());
    QVERIFY(!view.rejectAction()->isVisible());
    QVERIFY(!view.restockBox()->isVisible());
    // The shortcut does nothing either.
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(sink.commands.isEmpty());
}

void TestRefundsView::retranslatesOnLanguageChange()
{
    request(1, QStringLiteral("破损"));
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    RefundsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    view.table()->selectRow(0);
    QTRY_VERIFY(view.shownRefundId() != 0);
    auto *model = view.model();
    QCOMPARE(view.approveAction()->text(), QStringLiteral("&Approve"));

    MarkingTranslator marking({"md::RefundsView", "md::RefundTableModel"});
    QCoreApplication::installTranslator(&marking); // sends QEvent::LanguageChange
    QTRY_COMPARE(view.approveAction()->text(), QStringLiteral("[&Approve]"));
    QCOMPARE(view.rejectAction()->text(), QStringLiteral("[Re&ject]"));
    QCOMPARE(view.filter()->itemText(RefundsView::RequestedOnly), QStringLiteral("[Requested]"));
    QCOMPARE(view.restockBox()->text(), QStringLiteral("[Put the units back in stock]"));
    QCOMPARE(model->headerData(RefundTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("[Status]"));
    QCOMPARE(model->data(model->index(0, RefundTableModel::Status)).toString(),
             QStringLiteral("[Requested]"));
    QVERIFY(view.historyList()->item(0)->text().startsWith(QLatin1Char('[')));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(view.approveAction()->text(), QStringLiteral("&Approve"));
    QCOMPARE(model->data(model->index(0, RefundTableModel::Status)).toString(),
             QStringLiteral("Requested"));
}

void TestRefundsView::approveOnTheReplicaThenSync()
{
    // The desktop's way: the view reads the replica, the approval is applied to it at once and
    // reaches the server's store at the next sync.
    DeskFixture f;
    const auto [member, address] = f.shop.customer(QStringLiteral("desk@example.com"));
    f.shop.addToCart(member, f.shop.skuPot, 2);
    auto placed = f.shop.place(member, address, QStringLiteral("desk-1"));
    TestStore::check(placed);
    TestStore::check(f.shop.pay(member, placed->order.id));
    const Order o = f.shop.order(placed->order.id);
    auto requested =
        RefundService(f.shop.ctx())
            .request(Actor::member(member), o.id, {{o.lines[0].id, 1}}, QStringLiteral("不要了"));
    TestStore::check(requested);

    DeskSession session;
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(f.options());
    QVERIFY2(copied.wait(DeskFixture::kWait), qPrintable(session.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(session.staff().has_value(), DeskFixture::kWait);
    // The view goes before the session closes its replica.
    auto sink = std::make_unique<DeskSessionCommandSink>(session);
    auto view = std::make_unique<RefundsView>(*session.replica(), *session.staff(), sink.get());
    view->show();
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, DeskFixture::kWait);
    view->table()->selectRow(0);
    QTRY_COMPARE(view->shownRefundId(), requested->id);
    QTRY_VERIFY(view->approveAction()->isEnabled());
    view->approveAction()->trigger();
    // On the replica at once: it leaves the "requested" queue.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->total(), qint64(0), DeskFixture::kWait);
    QVERIFY(DeskFixture::syncOnce(session));
    QTRY_COMPARE_WITH_TIMEOUT(
        RefundService(f.shop.ctx()).refund(Actor::system(), requested->id)->status,
        RefundStatus::Refunded, DeskFixture::kWait);
    QCOMPARE(f.shop.order(o.id).refundedTotal(), requested->amount);
    view.reset();
    sink.reset();
    session.stop();
}

QTEST_MAIN(TestRefundsView)
#include "tst_refundsview.moc"
