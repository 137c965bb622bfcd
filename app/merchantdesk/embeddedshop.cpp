#include "embeddedshop.h"

namespace md {

EmbeddedShop::EmbeddedShop(QObject *parent)
    : LocalShop(parent)
{
    connect(&m_host, &StorefrontHost::progress, this, &LocalShop::progress);
    connect(&m_host, &StorefrontHost::ready, this, &LocalShop::ready);
    connect(&m_host, &StorefrontHost::failed, this, &LocalShop::failed);
    connect(&m_host, &StorefrontHost::cancelled, this, &LocalShop::cancelled);
}

void EmbeddedShop::start(const Options &options)
{
    HostOptions host;
    host.dataDir = options.dataDir;
    host.demo = options.demo;
    host.server.port = options.port;
    host.server.mockPayments = true; // a one-machine shop pays through the mock provider
    m_host.start(host);
}

void EmbeddedShop::cancelStart()
{
    m_host.cancelStart();
}

void EmbeddedShop::stop()
{
    m_host.stop();
}

const ServiceContext *EmbeddedShop::context() const
{
    return m_host.context();
}

StoreSettings EmbeddedShop::settings() const
{
    return m_host.settings();
}

} // namespace md
