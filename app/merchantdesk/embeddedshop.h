#pragma once

#include "localshop.h"
#include "storefronthost.h"

namespace md {

// The one adapter of the entry point (app/ holds entry points only): the desk's LocalShop as a
// StorefrontHost on this computer, so that ui/ reaches the embedded storefront without seeing
// server/. A one-machine shop pays through the mock provider.
class EmbeddedShop : public LocalShop
{
    Q_OBJECT

public:
    explicit EmbeddedShop(QObject *parent = nullptr);

    void start(const Options &options) override;
    void cancelStart() override;
    void stop() override;
    const ServiceContext *context() const override;
    StoreSettings settings() const override;

private:
    StorefrontHost m_host;
};

} // namespace md
