#include "storefronthost.h"

#include "catalogservice.h"
#include "checkoutservice.h"
#include "orderservice.h"
#include "servicecontext.h"
#include "syncfeed.h"

#include <QDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace md {

class StorefrontHost::Worker : public QObject
{
    Q_OBJECT

public:
    std::unique_ptr<Database> database;
    std::unique_ptr<ServiceContext> context;
    std::unique_ptr<StorefrontServer> server;
    QTimer *housekeeping = nullptr;
    std::atomic<bool> isReady{false};
    QString url;
    StoreSettings settings;
    const std::atomic<bool> *cancel = nullptr;

    void run(const HostOptions &o)
    {
        if (!QDir().mkpath(o.dataDir)) {
            emit failed(DomainText::tr("Cannot create the data folder %1.").arg(o.dataDir));
            return;
        }
        DatabaseOptions dbo;
        dbo.path = QDir(o.dataDir).filePath(QStringLiteral("shop.db"));
        dbo.synchronous = o.synchronous;
        database = std::make_unique<Database>(dbo);
        emit progress(DomainText::tr("Opening the store"), 0, 0);
        if (Status s = database->open(); !s) {
            emit failed(s.error().message);
            return;
        }
        context = std::make_unique<ServiceContext>(*database, SystemClock::instance(),
                                                   PasswordHasher(o.passwordIterations));
        if (o.demo) {
            auto count = CatalogService(*context).productCount({});
            if (count && *count == 0) {
                DemoShopGenerator generator(*context, o.demoOptions);
                auto report =
                    generator.generate([this](const QString &stage, qint64 done, qint64 total) {
                        emit progress(stage, done, total);
                        return !cancel->load();
                    });
                if (!report && DemoShopGenerator::isCancelled(report.error())) {
                    emit cancelled();
                    return;
                }
                if (!report) {
                    emit failed(report.error().message);
                    return;
                }
            }
        }
        if (o.serve) {
            server = std::make_unique<StorefrontServer>(*context, o.server);
            if (Status s = server->start(); !s) {
                emit failed(s.error().message);
                return;
            }
            url = server->url();
        }
        auto loaded = StoreSettings::load(context->connection());
        if (!loaded) {
            emit failed(loaded.error().message);
            return;
        }
        settings = *loaded;
        housekeeping = new QTimer(this);
        connect(housekeeping, &QTimer::timeout, this, &Worker::houseKeep);
        housekeeping->start(o.housekeepingSeconds * 1000);
        houseKeep(); // once now: orders that expired while the shop was closed
        isReady = true;
        emit ready(url);
    }

    void houseKeep()
    {
        OrderService orders(*context);
        (void)orders.cancelExpiredUnpaid();
        (void)orders.completeDelivered();
        (void)CheckoutService(*context).purgeIdempotencyKeys();
        (void)SyncFeed(*context).compact();
        if (server)
            server->housekeeping();
    }

    void shutdown()
    {
        isReady = false;
        if (housekeeping)
            housekeeping->stop();
        if (server)
            server->stop();
        server.reset();
        context.reset();
        database.reset();
    }

signals:
    void progress(const QString &stage, qint64 done, qint64 total);
    void ready(const QString &url);
    void failed(const QString &message);
    void cancelled();
};

StorefrontHost::StorefrontHost(QObject *parent)
    : QObject(parent)
{}

StorefrontHost::~StorefrontHost()
{
    stop();
}

void StorefrontHost::start(const HostOptions &options)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("storefront-host"));
    m_cancel = false;
    m_worker = new Worker;
    m_worker->cancel = &m_cancel;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &Worker::progress, this, &StorefrontHost::progress);
    connect(m_worker, &Worker::ready, this, &StorefrontHost::ready);
    connect(m_worker, &Worker::failed, this, &StorefrontHost::failed);
    connect(m_worker, &Worker::cancelled, this, &StorefrontHost::cancelled);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options] { worker->run(options); }, Qt::QueuedConnection);
}

void StorefrontHost::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void StorefrontHost::cancelStart()
{
    m_cancel = true;
}

const ServiceContext *StorefrontHost::context() const
{
    return m_worker && m_worker->isReady ? m_worker->context.get() : nullptr;
}

StoreSettings StorefrontHost::settings() const
{
    return m_worker && m_worker->isReady ? m_worker->settings : StoreSettings();
}

QString StorefrontHost::url() const
{
    return m_worker && m_worker->isReady ? m_worker->url : QString();
}

} // namespace md

#include "storefronthost.moc"
