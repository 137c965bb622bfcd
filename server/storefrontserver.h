#pragma once

#include "result.h"
#include "serveroptions.h"

#include <QString>

#include <memory>

namespace md {

class ServiceContext;

// The storefront HTTP server (Poco), in-process: storefrontd runs one, and the desktop embeds one
// for a one-machine shop. Every handler calls the models/ services through the ServiceContext;
// each Poco worker thread gets its own database connection from the Database.
class StorefrontServer
{
public:
    StorefrontServer(const ServiceContext &context, const ServerOptions &options);
    ~StorefrontServer();
    StorefrontServer(const StorefrontServer &) = delete;
    StorefrontServer &operator=(const StorefrontServer &) = delete;

    Status start();
    // Stops accepting, lets in-flight requests finish, then returns.
    void stop();
    bool isRunning() const;
    // Periodic work: writes the search log to the store.
    void housekeeping();
    quint16 port() const;
    bool isTls() const;
    QString url() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace md
