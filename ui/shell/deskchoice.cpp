#include "deskchoice.h"

#include <QSettings>

namespace md {

namespace {

const QString kMode = QStringLiteral("desk/mode");
const QString kUrl = QStringLiteral("desk/serverUrl");
const QString kEmail = QStringLiteral("desk/email");

} // namespace

DeskChoice DeskChoice::remembered()
{
    QSettings settings;
    DeskChoice c;
    const QString mode = settings.value(kMode).toString();
    if (mode == QLatin1String("local"))
        c.mode = Mode::Local;
    else if (mode == QLatin1String("server"))
        c.mode = Mode::Server;
    c.serverUrl = settings.value(kUrl).toString();
    c.email = settings.value(kEmail).toString();
    return c;
}

void DeskChoice::remember() const
{
    QSettings settings;
    switch (mode) {
    case Mode::None:
        settings.remove(kMode);
        break;
    case Mode::Local:
        settings.setValue(kMode, QStringLiteral("local"));
        break;
    case Mode::Server:
        settings.setValue(kMode, QStringLiteral("server"));
        // Kept for the next sign-in; a later local choice leaves them for a switch back.
        settings.setValue(kUrl, serverUrl);
        settings.setValue(kEmail, email);
        break;
    }
}

} // namespace md
