#pragma once

#include "desksession.h"
#include "shopfixture.h"
#include "staffservice.h"
#include "storefrontserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

// A shop with an owner, served on 127.0.0.1 (port 0), and the options of a DeskSession that
// signs in to it as that owner with its replica in a temporary folder. The tests start every
// sync themselves (the periodic one is far away).
class DeskFixture
{
public:
    static constexpr int kWait = 30000;

    ShopFixture shop;
    QTemporaryDir dir;
    std::unique_ptr<md::StorefrontServer> server;

    DeskFixture()
    {
        shop.check(md::StaffService(shop.ctx())
                       .bootstrapOwner(QStringLiteral("owner@example.com"), QStringLiteral("店主"),
                                       QStringLiteral("owner-password-1")));
        startServer();
    }

    void startServer(quint16 port = 0)
    {
        md::ServerOptions o;
        o.port = port;
        o.threads = 4;
        o.requestsPerSecond = 0;
        server = std::make_unique<md::StorefrontServer>(shop.ctx(), o);
        QVERIFY(server->start().ok());
        m_port = server->port();
    }
    quint16 port() const { return m_port; }

    md::DeskOptions options() const
    {
        md::DeskOptions o;
        o.dataDir = dir.path();
        o.endpoint = {QStringLiteral("http://127.0.0.1:%1").arg(m_port),
                      QStringLiteral("owner@example.com"),
                      QStringLiteral("owner-password-1"),
                      {},
                      50};
        o.syncIntervalMs = 600000;
        o.passwordIterations = TestStore::kTestIterations;
        o.synchronous = md::DatabaseOptions::Synchronous::Normal;
        return o;
    }

    // One whole cycle of `session`, started now; false when it did not end in time.
    static bool syncOnce(md::DeskSession &session)
    {
        QSignalSpy syncing(&session, &md::DeskSession::syncingChanged);
        session.syncNow();
        return QTest::qWaitFor(
            [&] {
                return !syncing.isEmpty() && !syncing.last().first().toBool() &&
                       !session.isSyncing();
            },
            kWait);
    }

private:
    quint16 m_port = 0;
};
