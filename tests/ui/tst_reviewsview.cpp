#include "reviewsview.h"

#include "commandsink.h"
#include "orderservice.h"
#include "reviewservice.h"
#include "reviewtablemodel.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace md;

// The moderation queue driven like a clerk would: filter, read a review as plain text, hide it,
// reply through the command rules.
class TestReviewsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void modelPassesTester();
    void modelPagesPastTheFirstPage();
    void hideAndReply();

private:
    qint64 review(const QString &email, int rating, const QString &text);
    std::unique_ptr<ShopFixture> m_shop;
    qint64 m_markup = 0;
};

qint64 TestReviewsView::review(const QString &email, int rating, const QString &text)
{
    const auto [member, address] = m_shop->customer(email);
    m_shop->addToCart(member, m_shop->skuTea, 1);
    auto placed = m_shop->place(member, address, email);
    TestStore::check(placed);
    TestStore::check(m_shop->pay(member, placed->order.id));
    OrderService orders(m_shop->ctx());
    TestStore::check(orders.ship(m_shop->clerk(), placed->order.id,
                                 {QStringLiteral("SF"), QStringLiteral("SF1"), {}}));
    TestStore::check(orders.markDelivered(m_shop->clerk(), placed->order.id));
    const Order o = m_shop->order(placed->order.id);
    auto r = ReviewService(m_shop->ctx())
                 .create(Actor::member(member), o.id, o.lines[0].id, rating, text);
    TestStore::check(r);
    return r->id;
}

void TestReviewsView::init()
{
    m_shop = std::make_unique<ShopFixture>();
    review(QStringLiteral("a@example.com"), 5, QStringLiteral("香气很好\n第二行"));
    m_markup = review(QStringLiteral("b@example.com"), 1, QStringLiteral("<b>bold?</b> 太苦"));
}

void TestReviewsView::modelPassesTester()
{
    ReviewsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view.model()->rowCount(), 2);
    view.reload();
    QTRY_COMPARE(view.model()->rowCount(), 2);
}

void TestReviewsView::modelPagesPastTheFirstPage()
{
    // 233 reviews served by a fake loader, answering each page request as it comes.
    ReviewTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    constexpr int kTotal = 233;
    int requests = 0;
    connect(&model, &ReviewTableModel::pageWanted, &model,
            [&](quint64 generation, int offset, int limit, std::optional<bool>) {
                ++requests;
                QList<Review> page;
                for (int i = offset; i < qMin(kTotal, offset + limit); ++i) {
                    Review r;
                    r.id = i + 1;
                    r.rating = 1 + i % 5;
                    r.body = QStringLiteral("review %1").arg(i);
                    page.append(r);
                }
                model.addPage(generation, offset, page, kTotal);
            }, Qt::QueuedConnection);
    model.reset(std::nullopt);
    QTRY_COMPARE(model.rowCount(), ReviewTableModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({}), QTest::qWait(10);
    QTRY_COMPARE(model.rowCount(), kTotal);
    QCOMPARE(model.reviewAt(kTotal - 1)->id, qint64(kTotal));
    QCOMPARE(requests, 3); // one per page, none repeated
}

void TestReviewsView::hideAndReply()
{
    ApplyingSink sink(m_shop->ctx(), m_shop->manager());
    ReviewsView view(m_shop->ctx(), m_shop->manager(), &sink);
    view.show();
    auto *model = view.model();
    QTRY_COMPARE(model->rowCount(), 2);
    // Newest first: the markup review. Its text is shown literally.
    auto *table = view.findChild<QTableView *>();
    table->selectRow(0);
    QCOMPARE(model->reviewAt(0)->id, m_markup);
    QCOMPARE(model->data(model->index(0, ReviewTableModel::Text)).toString(),
             QStringLiteral("<b>bold?</b> 太苦"));
    const QList<QPlainTextEdit *> edits = view.findChildren<QPlainTextEdit *>();
    QCOMPARE(edits.first()->toPlainText(), QStringLiteral("<b>bold?</b> 太苦"));
    QCOMPARE(model->data(model->index(1, ReviewTableModel::Text)).toString(),
             QStringLiteral("香气很好")); // first line only

    // Hide it.
    QPushButton *hide = nullptr;
    for (auto *b : view.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Hide"))
            hide = b;
    QVERIFY(hide);
    QTest::mouseClick(hide, Qt::LeftButton);
    QCOMPARE(sink.commands.size(), 1);
    QCOMPARE(sink.commands.first().type, QStringLiteral("review.hide"));
    QTRY_VERIFY(ReviewService(m_shop->ctx()).review(m_markup)->hidden);
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(model->data(model->index(model->rowOf(m_markup), ReviewTableModel::Status))
                     .toString(),
                 QStringLiteral("Hidden"));

    // Only hidden ones.
    view.findChild<QComboBox *>()->setCurrentIndex(2);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->reviewAt(0)->id, m_markup);

    // Reply to it.
    table->selectRow(0);
    edits.last()->setPlainText(QStringLiteral("很抱歉，我们会改进。"));
    QPushButton *reply = nullptr;
    for (auto *b : view.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Save &reply"))
            reply = b;
    QVERIFY(reply);
    QTest::mouseClick(reply, Qt::LeftButton);
    QTRY_COMPARE(ReviewService(m_shop->ctx()).review(m_markup)->reply,
                 QStringLiteral("很抱歉，我们会改进。"));
    QTRY_COMPARE(model->data(model->index(0, ReviewTableModel::Reply)).toString(),
                 QStringLiteral("Replied"));
}

QTEST_MAIN(TestReviewsView)
#include "tst_reviewsview.moc"
