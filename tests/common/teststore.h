#pragma once

#include "catalogservice.h"
#include "clock.h"
#include "database.h"
#include "memberservice.h"
#include "passwordhasher.h"
#include "servicecontext.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh, migrated SQLite store in a temporary folder, with a manual clock and a cheap password
// cost, for tests that exercise services against the real database. synchronous=NORMAL keeps the
// concurrency tests fast; durability is not what they test.
class TestStore
{
public:
    static constexpr int kTestIterations = 1000;

    TestStore()
    {
        QVERIFY2(m_dir.isValid(), "temporary directory");
        md::DatabaseOptions options;
        options.path = m_dir.filePath(QStringLiteral("shop.db"));
        options.synchronous = md::DatabaseOptions::Synchronous::Normal;
        m_db = std::make_unique<md::Database>(options);
        const md::Status opened = m_db->open();
        if (!opened)
            qFatal("cannot open test store: %s", qPrintable(opened.error().message));
        m_ctx = std::make_unique<md::ServiceContext>(*m_db, m_clock,
                                                     md::PasswordHasher(kTestIterations));
    }

    md::Database &db() { return *m_db; }
    const md::ServiceContext &ctx() const { return *m_ctx; }
    md::ManualClock &clock() { return m_clock; }
    QString path() const { return m_db->options().path; }
    QString dir() const { return m_dir.path(); }

    // Shortcuts that fail the test when the service refuses.
    qint64 category(const QString &name = QStringLiteral("茶叶 Tea"), qint64 parent = 0)
    {
        auto c = md::CatalogService(ctx()).createCategory(md::Actor::system(), {name, parent, 0});
        check(c);
        return c->id;
    }

    qint64 product(qint64 categoryId, const QString &title = QStringLiteral("西湖龙井 Longjing"),
                   md::ProductStatus status = md::ProductStatus::Active)
    {
        md::ProductDraft d;
        d.categoryId = categoryId;
        d.title = title;
        d.status = status;
        auto p = md::CatalogService(ctx()).createProduct(md::Actor::system(), d);
        check(p);
        return p->id;
    }

    qint64 sku(qint64 productId, const QString &code, qint64 price, qint64 stock, qint64 cost = 0)
    {
        md::SkuDraft d;
        d.code = code;
        d.price = price;
        d.cost = cost;
        d.initialStock = stock;
        auto s = md::CatalogService(ctx()).createSku(md::Actor::system(), productId, d);
        check(s);
        return s->id;
    }

    qint64 member(const QString &email, const QString &name = QStringLiteral("张三"))
    {
        auto m = md::MemberService(ctx()).registerMember(
            {email, {}, QStringLiteral("password123"), name});
        check(m);
        return m->id;
    }

    template<typename R> static void check(const R &r)
    {
        if (!r)
            qFatal("service refused: %s (%s)", qPrintable(r.error().message),
                   qPrintable(r.error().codeName()));
    }

private:
    QTemporaryDir m_dir;
    md::ManualClock m_clock;
    std::unique_ptr<md::Database> m_db;
    std::unique_ptr<md::ServiceContext> m_ctx;
};
