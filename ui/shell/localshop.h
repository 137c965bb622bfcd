#pragma once

#include "storesettings.h"

#include <QObject>
#include <QString>

namespace md {

class ServiceContext;

// The shop this computer runs itself ("run my shop on this computer"), as the desk sees it: the
// store and the embedded storefront, opened off the GUI thread. ui/ never sees server/, so the
// desktop's entry point implements this by wrapping StorefrontHost (app/merchantdesk), and a
// test can give DeskApplication a shop of its own.
class LocalShop : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;  // the shop's folder; the desk's replica lives there too
        bool demo = true; // fill a new, empty shop with the demo shop
        quint16 port = 0; // of the storefront; 0: any free port
    };

    using QObject::QObject;

    // Starts opening the shop and returns at once: progress() while it prepares, then ready(),
    // failed() or, after cancelStart(), cancelled().
    virtual void start(const Options &options) = 0;
    // Returns at once: a start still preparing the shop stops and cancelled() follows (a start
    // that was past that point becomes ready() all the same).
    virtual void cancelStart() = 0;
    // Stops the storefront and closes the store; blocks until done. Whatever reads the store
    // (the desk's session) must have stopped first.
    virtual void stop() = 0;

    // The shop's services, for the session's local owner and File > Import/Export. Valid between
    // ready() and stop().
    virtual const ServiceContext *context() const = 0;
    // The shop's settings (name, currency, ...) as read when it became ready.
    virtual StoreSettings settings() const = 0;

signals:
    void progress(const QString &stage, qint64 done, qint64 total);
    // The storefront serves at `url`.
    void ready(const QString &url);
    void failed(const QString &message);
    void cancelled();
};

} // namespace md
