// The Orders area on a replica of 1,000,000 orders (docs/performance.md, "Orders area").
//   orders-area-bench generate DIR [COUNT]  writes DIR/replica.db with COUNT orders (HistoryWriter,
//                                           deferred indexes), 2,000 members, one SKU
//   orders-area-bench open DIR              opens the Orders area (OrdersView) on it, shown
//                                           offscreen, and prints the time to the first rows, to
//                                           the last row after scrolling to the end, the pages
//                                           read, and the peak RSS of this process; then the
//                                           same sorted by member name, both directions
// The two are separate processes so that the peak RSS is the desktop's, not the generator's.
#include "catalogservice.h"
#include "database.h"
#include "memberrepository.h"
#include "orderdetailpanel.h"
#include "orderhistory.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "servicecontext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

using namespace md;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

int generate(const QString &dir, qint64 count)
{
    QDir().mkpath(dir);
    DatabaseOptions o;
    o.path = QDir(dir).filePath(QStringLiteral("replica.db"));
    o.synchronous = DatabaseOptions::Synchronous::Normal;
    Database db(o);
    if (Status s = db.open(); !s)
        return fail(s.error().message);
    ServiceContext ctx(db);
    QElapsedTimer t;
    t.start();
    CatalogService catalog(ctx);
    auto cat = catalog.createCategory(Actor::system(), {QStringLiteral("茶叶 Tea"), 0, 0});
    if (!cat)
        return fail(cat.error().message);
    ProductDraft p;
    p.categoryId = cat->id;
    p.title = QStringLiteral("西湖龙井 Longjing");
    p.status = ProductStatus::Active;
    auto product = catalog.createProduct(Actor::system(), p);
    if (!product)
        return fail(product.error().message);
    SkuDraft s;
    s.code = QStringLiteral("LJ-250");
    s.price = 12800;
    auto sku = catalog.createSku(Actor::system(), product->id, s);
    if (!sku)
        return fail(sku.error().message);
    QList<qint64> members;
    {
        WriteTransaction tx(db);
        MemberRepository repo(tx.connection());
        for (int i = 0; i < 2000; ++i) {
            NewMember m;
            m.email = QStringLiteral("member%1@example.com").arg(i);
            m.displayName = QStringLiteral("会员 Member %1").arg(i);
            auto made = repo.insert(m, ctx.now());
            if (!made)
                return fail(made.error().message);
            members.append(made->id);
        }
        if (Status c = tx.commit(); !c)
            return fail(c.error().message);
    }
    const qint64 start = ctx.now() - count * OrderHistory::kMinute;
    if (Status w = OrderHistory::write(ctx, count, sku->id, product->id, members, start, true); !w)
        return fail(w.error().message);
    std::printf("generated %lld orders in %.1f s\n", static_cast<long long>(count),
                t.elapsed() / 1000.0);
    return 0;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

int open(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    DatabaseOptions o;
    o.path = QDir(dir).filePath(QStringLiteral("replica.db"));
    if (!QFile::exists(o.path))
        return fail(QStringLiteral("no %1: run generate first").arg(o.path));
    Database db(o);
    if (Status s = db.open(); !s)
        return fail(s.error().message);
    ServiceContext ctx(db);
    const double opened = ms(t);
    int rc = 0;
    {
        OrdersView view(ctx, QStringLiteral("CNY"), Actor::staff(1, StaffRole::Manager), nullptr);
        view.resize(1200, 800);
        view.show();
        OrderTableModel *m = view.model();
        const auto loaded = [m](int row) {
            return m->index(row, 0).data(OrderTableModel::LoadedRole).toBool();
        };
        if (!QTest::qWaitFor([&] { return m->total() >= 0; }, 30000))
            return fail(QStringLiteral("no count"));
        const double counted = ms(t);
        if (!QTest::qWaitFor([&] { return m->rowCount() > 0 && loaded(0); }, 30000))
            return fail(QStringLiteral("no first rows"));
        const double first = ms(t);
        const int pagesBefore = m->pagesLoaded();
        // ORDERS_AREA_SCREENSHOT=FILE: a picture of the area with the first order selected, for
        // looking at it (not part of the figures).
        const QString shot = qEnvironmentVariable("ORDERS_AREA_SCREENSHOT");
        if (!shot.isEmpty()) {
            view.table()->selectRow(0);
            if (!QTest::qWaitFor([&] { return view.detailPanel()->hasOrder(); }, 10000))
                std::fprintf(stderr, "no detail for the screenshot\n");
            view.grab().save(shot);
        }

        QElapsedTimer scroll;
        scroll.start();
        QTableView *table = view.table();
        // As a clerk dragging the scroll bar to the bottom: a few positions on the way, then the
        // end.
        QScrollBar *bar = table->verticalScrollBar();
        for (int step = 1; step <= 4; ++step) {
            bar->setValue(bar->maximum() * step / 5);
            QCoreApplication::processEvents();
        }
        table->scrollToBottom();
        const int last = m->rowCount() - 1;
        if (!QTest::qWaitFor([&] { return loaded(last); }, 60000))
            return fail(QStringLiteral("no last row"));
        const double end = ms(scroll);
        QTest::qWait(200); // let the pages on the way finish, to count them
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("orders: %lld\n", static_cast<long long>(m->total()));
        std::printf("store opened: %.0f ms\n", opened);
        std::printf("count known: %.0f ms after start\n", counted);
        std::printf("first rows shown: %.0f ms after start (%d page(s) read)\n", first,
                    pagesBefore);
        std::printf("last row shown: %.0f ms after scrolling to the end\n", end);
        std::printf("pages read in all: %d of %lld (%d cached, %d rows each)\n", m->pagesLoaded(),
                    static_cast<long long>((m->total() + OrderTableModel::kPageSize - 1) /
                                           OrderTableModel::kPageSize),
                    m->cachedPageCount(), OrderTableModel::kPageSize);
        std::printf("last row: %s %s\n",
                    qPrintable(m->index(last, OrderTableModel::Number).data().toString()),
                    qPrintable(m->index(last, OrderTableModel::Placed).data().toString()));
        std::printf("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);
        // Sorted by member name (clicking the Member header): the first rows, then the end.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer sorted;
            sorted.start();
            table->sortByColumn(OrderTableModel::Member, order);
            table->scrollToTop();
            if (!QTest::qWaitFor([&] { return m->rowCount() > 0 && loaded(0); }, 60000))
                return fail(QStringLiteral("no first rows by member name"));
            const double firstSorted = ms(sorted);
            sorted.restart();
            table->scrollToBottom();
            const int lastSorted = m->rowCount() - 1;
            if (!QTest::qWaitFor([&] { return loaded(lastSorted); }, 60000))
                return fail(QStringLiteral("no last row by member name"));
            std::printf(
                "by member name %s: first rows %.0f ms after the click, last row %.0f ms "
                "after scrolling to the end (%s, %s)\n",
                order == Qt::AscendingOrder ? "ascending" : "descending", firstSorted, ms(sorted),
                qPrintable(m->index(0, OrderTableModel::Member).data().toString()),
                qPrintable(m->index(lastSorted, OrderTableModel::Member).data().toString()));
        }
        getrusage(RUSAGE_SELF, &usage);
        std::printf("peak RSS after sorting: %.1f MB\n", usage.ru_maxrss / 1024.0);
    }
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.size() > 3 ? args.at(3).toLongLong() : 1000000);
    if (args.size() >= 3 && args.at(1) == QLatin1String("open"))
        return open(args.at(2));
    return fail(QStringLiteral("usage: orders-area-bench generate DIR [COUNT] | open DIR"));
}
