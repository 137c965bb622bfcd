#include "pagedrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace md;

namespace {

// The smallest paged model: one column of numbers, and a record of the pages it asked for in
// place of a loader.
class NumberModel : public PagedRows<int>
{
public:
    struct Request
    {
        quint64 generation;
        int offset;
        int limit;
    };
    static constexpr int kPageSize = 3;

    explicit NumberModel(TotalUntilFirstPage untilFirstPage = TotalUntilFirstPage::Zero)
        : PagedRows(kPageSize, untilFirstPage, nullptr)
    {}

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index,
                        CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            role != Qt::DisplayRole)
            return {};
        return *rowAt(index.row());
    }

    void start() { restart(); }
    QList<int> numbers() const { return rows(); }

    QList<Request> requests;

private:
    void requestPage(quint64 generation, int offset, int limit) override
    {
        requests.append({generation, offset, limit});
    }
};

QList<int> range(int first, int count)
{
    QList<int> out;
    for (int i = 0; i < count; ++i)
        out.append(first + i);
    return out;
}

} // namespace

class TestPagedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesAppendInOrder();
    void fetchMoreAsksForTheNextOffsetOnce();
    void stalePagesAreDropped();
    void aPageAtAnotherOffsetIsDroppedAndAskedAgain();
    void restartClears_data();
    void restartClears();
    void anEmptyPageEndsAShrunkList();
    void aFailureStopsTheList();
    void anUnknownTotalFetchesTheFirstPage();
};

void TestPagedTableModel::pagesAppendInOrder()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(&model, &PagedTableModel::totalChanged);
    QVERIFY(!model.canFetchMore({})); // nothing until a list is asked for
    model.start();
    QCOMPARE(model.requests.size(), 1);
    const quint64 generation = model.requests.last().generation;
    QCOMPARE(model.requests.last().offset, 0);
    QCOMPARE(model.requests.last().limit, NumberModel::kPageSize);

    model.addPage(generation, 0, range(1, 3), 7);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.total(), qint64(7));
    while (model.canFetchMore({})) {
        model.fetchMore({});
        const NumberModel::Request r = model.requests.last();
        QCOMPARE(r.generation, generation);
        model.addPage(r.generation, r.offset, range(r.offset + 1, qMin(r.limit, 7 - r.offset)), 7);
    }
    QCOMPARE(model.numbers(), range(1, 7));
    QCOMPARE(model.index(6, 0).data().toInt(), 7);
    QCOMPARE(model.requests.size(), 3); // 0, 3, 6: no page twice, the tester's asking included
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals.last().at(0).toLongLong(), qint64(7));
    QVERIFY(!model.isLoading());
}

void TestPagedTableModel::fetchMoreAsksForTheNextOffsetOnce()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    const quint64 generation = model.requests.last().generation;
    QVERIFY(!model.canFetchMore({})); // the first page is on its way
    model.addPage(generation, 0, range(1, 3), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.requests.size(), 2);
    QCOMPARE(model.requests.last().offset, 3);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // a view scrolling on: the page is already asked for
    model.fetchMore({});
    QCOMPARE(model.requests.size(), 2);
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table: no children
}

void TestPagedTableModel::stalePagesAreDropped()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.start();
    const quint64 old = model.requests.last().generation;
    model.start(); // a new search before the first answer
    const quint64 current = model.requests.last().generation;
    QVERIFY(current != old);
    model.addPage(old, 0, range(100, 3), 50);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.total(), qint64(0));
    QVERIFY(model.isLoading()); // still waiting for the current list's page
    model.addPage(current, 0, range(1, 2), 2);
    QCOMPARE(model.numbers(), range(1, 2));
    QCOMPARE(inserted.size(), 1);
    model.addPage(old, 2, range(100, 3), 50); // late, after the current one: still dropped
    QCOMPARE(model.numbers(), range(1, 2));
    QCOMPARE(model.total(), qint64(2));
}

void TestPagedTableModel::aPageAtAnotherOffsetIsDroppedAndAskedAgain()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    const quint64 generation = model.requests.last().generation;
    model.addPage(generation, 0, range(1, 3), 9);
    model.fetchMore({});
    model.addPage(generation, 6, range(7, 3), 9); // not the page asked for
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isLoading());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.requests.last().offset, 3);
}

void TestPagedTableModel::restartClears_data()
{
    QTest::addColumn<PagedTableModel::TotalUntilFirstPage>("untilFirstPage");
    QTest::addColumn<qint64>("totalAfterRestart");
    QTest::newRow("zero until the first page")
        << PagedTableModel::TotalUntilFirstPage::Zero << qint64(0);
    QTest::newRow("unknown until the first page")
        << PagedTableModel::TotalUntilFirstPage::Unknown << qint64(-1);
}

void TestPagedTableModel::restartClears()
{
    QFETCH(PagedTableModel::TotalUntilFirstPage, untilFirstPage);
    QFETCH(qint64, totalAfterRestart);
    NumberModel model(untilFirstPage);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    const quint64 first = model.requests.last().generation;
    model.addPage(first, 0, range(1, 3), 8);
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qsizetype asked = model.requests.size();
    model.start();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), totalAfterRestart);
    // One request for the new list, even though the tester asks for more on modelReset.
    QCOMPARE(model.requests.size(), asked + 1);
    QVERIFY(model.requests.last().generation != first);
    QCOMPARE(model.requests.last().offset, 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestPagedTableModel::anEmptyPageEndsAShrunkList()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totals(&model, &PagedTableModel::totalChanged);
    model.start();
    const quint64 generation = model.requests.last().generation;
    model.addPage(generation, 0, range(1, 3), 9);
    model.fetchMore({});
    // Rows were deleted between the pages: nothing at offset 3 any more.
    model.addPage(generation, 3, {}, 9);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.total(), qint64(3));
    QCOMPARE(totals.last().at(0).toLongLong(), qint64(3));
    QVERIFY(!model.canFetchMore({}));
}

void TestPagedTableModel::aFailureStopsTheList()
{
    NumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &PagedTableModel::loadFailed);
    model.start();
    const quint64 generation = model.requests.last().generation;
    model.addPage(generation, 0, range(1, 3), 9);
    model.fetchMore({});
    model.pageFailed(generation + 1, QStringLiteral("not this list")); // dropped
    QCOMPARE(failed.size(), 0);
    QVERIFY(model.isLoading());
    model.pageFailed(generation, QStringLiteral("disk I/O error"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("disk I/O error"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.total(), qint64(3));
    QVERIFY(!model.canFetchMore({}));
}

void TestPagedTableModel::anUnknownTotalFetchesTheFirstPage()
{
    NumberModel model(PagedTableModel::TotalUntilFirstPage::Unknown);
    QCOMPARE(model.total(), qint64(-1));
    QVERIFY(model.canFetchMore({}));
    {
        // The tester, like a view, asks for the first page on its own: once.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.requests.size(), 1);
        QCOMPARE(model.requests.last().offset, 0);
        const quint64 generation = model.requests.last().generation;
        model.addPage(generation, 0, {}, 0); // an empty catalog
        QCOMPARE(model.total(), qint64(0));
        QVERIFY(!model.canFetchMore({}));
    }
}

QTEST_MAIN(TestPagedTableModel)
#include "tst_pagedtablemodel.moc"
