#pragma once

#include <QObject>
#include <QPalette>

namespace md {

// Light and dark palettes for the whole application: sets QPalette on QApplication (widgets
// follow through QEvent::PaletteChange) and keeps the choice in QSettings ("ui/palette").
// Several managers may exist (each window's View menu has one): the state lives in the
// application and the settings, so they agree.
class PaletteManager : public QObject
{
    Q_OBJECT

public:
    enum class Scheme { Light, Dark };
    Q_ENUM(Scheme)

    explicit PaletteManager(QObject *parent = nullptr);

    // The saved choice, else Light.
    static Scheme preferred();
    // The scheme last set in this process (by any manager), else preferred().
    static Scheme current();
    static QPalette palette(Scheme scheme);
    static QString name(Scheme scheme); // "light", "dark": as stored

    // Sets the palette on the application and remembers it.
    void setScheme(Scheme scheme);

signals:
    void schemeChanged(md::PaletteManager::Scheme scheme);
};

} // namespace md
