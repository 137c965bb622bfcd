#include "reviewsview.h"

#include "commandsink.h"
#include "orderservice.h"
#include "reviewservice.h"
#include "reviewtablemodel.h"

#include "applyingsink.h"
#include "shopfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>

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
    void sortsInTheStoreAcrossPages_data();
    void sortsInTheStoreAcrossPages();
    void searchNarrowsTheQueue();
    void hideAndReply();

private:
    qint64 review(const QString &email, int rating, const QString &text);
    // `count` more reviews by one customer, each of another product, in orders of 60 lines.
    void manyReviews(int count);
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

void TestReviewsView::manyReviews(int count)
{
    const auto [member, address] = m_shop->customer(QStringLiteral("many@example.com"));
    for (int first = 0; first < count; first += 60) {
        const int last = qMin(count, first + 60);
        for (int i = first; i < last; ++i) {
            // Titles, ratings and texts in orders of their own, none the order of creation.
            const qint64 product =
                m_shop->product(m_shop->tea, QStringLiteral("Tea %1").arg((i * 37) % count, 3, 10,
                                                                          QLatin1Char('0')));
            m_shop->addToCart(member, m_shop->sku(product, QStringLiteral("T-%1").arg(i), 1000, 10),
                              1);
        }
        auto placed = m_shop->place(member, address, QStringLiteral("many-%1").arg(first));
        TestStore::check(placed);
        TestStore::check(m_shop->pay(member, placed->order.id));
        OrderService orders(m_shop->ctx());
        TestStore::check(orders.ship(m_shop->clerk(), placed->order.id,
                                     {QStringLiteral("SF"), QStringLiteral("SF2"), {}}));
        TestStore::check(orders.markDelivered(m_shop->clerk(), placed->order.id));
        const Order o = m_shop->order(placed->order.id);
        for (int k = 0; k < o.lines.size(); ++k) {
            const int i = first + k;
            TestStore::check(ReviewService(m_shop->ctx())
                                 .create(Actor::member(member), o.id, o.lines[k].id,
                                         1 + (i * 2) % 5,
                                         QStringLiteral("review %1")
                                             .arg((i * 53) % count, 3, 10, QLatin1Char('0'))));
        }
    }
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
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
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
    connect(
        &model, &ReviewTableModel::pageWanted, &model,
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
        },
        Qt::QueuedConnection);
    model.reset(std::nullopt);
    QTRY_COMPARE(model.rowCount(), ReviewTableModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({}), QTest::qWait(10);
    QTRY_COMPARE(model.rowCount(), kTotal);
    QCOMPARE(model.reviewAt(kTotal - 1)->id, qint64(kTotal));
    QCOMPARE(requests, 3); // one per page, none repeated
}

void TestReviewsView::sortsInTheStoreAcrossPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("rating ascending") << int(ReviewTableModel::Rating) << Qt::AscendingOrder;
    QTest::newRow("rating descending") << int(ReviewTableModel::Rating) << Qt::DescendingOrder;
    QTest::newRow("product ascending") << int(ReviewTableModel::Product) << Qt::AscendingOrder;
    QTest::newRow("product descending") << int(ReviewTableModel::Product) << Qt::DescendingOrder;
    QTest::newRow("text ascending") << int(ReviewTableModel::Text) << Qt::AscendingOrder;
    QTest::newRow("date ascending") << int(ReviewTableModel::Date) << Qt::AscendingOrder;
}

// 122 reviews, newest first until a header is clicked; then in the column's order (ties by id in
// the same direction) read back through data(), across the page boundary at 100, each review
// once, with the model tester attached throughout.
void TestReviewsView::sortsInTheStoreAcrossPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    manyReviews(120);
    ReviewQuery all;
    all.limit = 500;
    auto stored = ReviewService(m_shop->ctx()).reviews(m_shop->manager(), all);
    TestStore::check(stored);
    QCOMPARE(stored->size(), 122);
    // Texts and titles compare by code unit, as SQLite's BINARY collation compares UTF-8 bytes.
    const auto byColumn = [](int column, const Review &a, const Review &b) {
        const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (column) {
        case ReviewTableModel::Rating:
            return cmp(a.rating, b.rating);
        case ReviewTableModel::Product:
            return a.productTitle.compare(b.productTitle);
        case ReviewTableModel::Text:
            return a.body.compare(b.body);
        default:
            return cmp(a.createdAt, b.createdAt);
        }
    };
    const auto sorted = [&](int column, Qt::SortOrder order) {
        QList<Review> rows = *stored;
        std::sort(rows.begin(), rows.end(), [&](const Review &a, const Review &b) {
            int c = byColumn(column, a, b);
            if (c == 0)
                c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        QList<qint64> ids;
        for (const Review &r : rows)
            ids << r.id;
        return std::pair{rows, ids};
    };
    const auto readAll = [](ReviewTableModel *model) {
        while (model->rowCount() < model->total()) {
            const int before = model->rowCount();
            if (model->canFetchMore({}))
                model->fetchMore({});
            if (!QTest::qWaitFor([&] { return model->rowCount() > before; }))
                break;
        }
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(Qt::UserRole).toLongLong();
        return ids;
    };

    ReviewsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    auto *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
    QTRY_COMPARE(model->rowCount(), ReviewTableModel::kPageSize);
    QCOMPARE(readAll(model), sorted(ReviewTableModel::Date, Qt::DescendingOrder).second);

    table->sortByColumn(column, order);
    const auto [expected, expectedIds] = sorted(column, order);
    QTRY_VERIFY(model->rowCount() > 0 &&
                model->index(0, 0).data(Qt::UserRole).toLongLong() == expectedIds.first());
    const QList<qint64> shown = readAll(model);
    QCOMPARE(shown.size(), 122);
    QCOMPARE(shown, expectedIds);
    for (int row : {0, 99, 100, 121}) {
        const QModelIndex index = model->index(row, column);
        if (column == ReviewTableModel::Rating)
            QCOMPARE(index.data().toString(), QString(expected[row].rating, QChar(0x2605)));
        else if (column == ReviewTableModel::Product)
            QCOMPARE(index.data().toString(), expected[row].productTitle);
        else if (column == ReviewTableModel::Text)
            QCOMPARE(index.data().toString(), expected[row].body.section(QLatin1Char('\n'), 0, 0));
    }
}

// Typing in the search box narrows the queue after a pause (by text, by product title), within
// the visibility filter; clearing it brings every review back. The model tester watches throughout.
void TestReviewsView::searchNarrowsTheQueue()
{
    ReviewsView view(m_shop->ctx(), m_shop->manager(), nullptr);
    view.show();
    auto *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *search = view.searchEdit();
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by text, product or customer"));
    QTRY_COMPARE(model->total(), qint64(2));

    QTest::keyClicks(search, QStringLiteral("BOLD"));
    QCOMPARE(model->total(), qint64(2)); // not on every key: after a pause
    QTRY_COMPARE(model->searchText(), QStringLiteral("BOLD"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->total(), qint64(1));
    QCOMPARE(model->reviewAt(0)->id, m_markup);

    // Select all and delete: every review again.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->total(), qint64(2));

    // The product's title (both reviews are of it), then within the hidden ones: none.
    QTest::keyClicks(search, QStringLiteral("longjing"));
    QTRY_COMPARE(model->searchText(), QStringLiteral("longjing"));
    QTRY_COMPARE(model->rowCount(), 2);
    view.findChild<QComboBox *>()->setCurrentIndex(2);
    QTRY_COMPARE(model->total(), qint64(0));
    QCOMPARE(model->searchText(), QStringLiteral("longjing"));
    view.findChild<QComboBox *>()->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 2);

    // Markup and the customer's first line, literally.
    search->clear(); // as the clear button does
    QTRY_COMPARE(model->searchText(), QString());
    // Typed as an input method would hand it over (QTest::keyClicks types Latin-1 only).
    QKeyEvent chinese(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("香气"));
    QApplication::sendEvent(search, &chinese);
    QTRY_COMPARE(model->searchText(), QStringLiteral("香气"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->reviewAt(0)->id != m_markup);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("</b>"));
    QTRY_COMPARE(model->searchText(), QStringLiteral("</b>"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->reviewAt(0)->id, m_markup);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
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
    QTRY_COMPARE(
        model->data(model->index(model->rowOf(m_markup), ReviewTableModel::Status)).toString(),
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
