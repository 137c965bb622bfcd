#pragma once

#include "database.h"
#include "demoshopgenerator.h"
#include "passwordhasher.h"
#include "storefrontserver.h"
#include "storesettings.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace md {

class ServiceContext;

struct HostOptions
{
    QString dataDir;   // the shop's folder; the database is dataDir/shop.db
    bool demo = false; // fill a new, empty store with the demo shop
    DemoOptions demoOptions;
    ServerOptions server;
    bool serve = true; // run the HTTP server (the desktop may run without one)
    DatabaseOptions::Synchronous synchronous = DatabaseOptions::Synchronous::Full;
    int passwordIterations = PasswordHasher::kProductionIterations;
    int housekeepingSeconds = 60; // unpaid-order expiry and auto-completion
};

// Runs a shop on this machine: opens and migrates the store, fills it with demo data when asked,
// starts the storefront server and the housekeeping timer — all on a thread of its own, so that a
// GUI stays responsive. storefrontd runs one; the desktop embeds one for "run my shop on this
// computer". Progress and the outcome arrive as signals.
class StorefrontHost : public QObject
{
    Q_OBJECT

public:
    explicit StorefrontHost(QObject *parent = nullptr);
    ~StorefrontHost() override;

    // Starts the work on the host's thread and returns at once.
    void start(const HostOptions &options);
    // Stops the server (in-flight requests finish) and closes the store. Blocks until done.
    void stop();
    // Thread-safe, returns at once: a start still making the demo shop stops (nothing of it is
    // kept, so the next start makes it again) and cancelled() follows instead of ready().
    void cancelStart();

    // Valid between ready() and stop().
    const ServiceContext *context() const;
    QString url() const;
    // The store's settings as read when the host became ready.
    StoreSettings settings() const;

signals:
    void progress(const QString &stage, qint64 done, qint64 total);
    void ready(const QString &url);
    void failed(const QString &message);
    void cancelled();

private:
    class Worker;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace md
