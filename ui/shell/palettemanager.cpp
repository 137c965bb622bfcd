#include "palettemanager.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <optional>

namespace md {

namespace {

const QString kKey = QStringLiteral("ui/palette");

// What this process last set; the application's palette alone cannot tell which scheme it is.
std::optional<PaletteManager::Scheme> &lastSet()
{
    static std::optional<PaletteManager::Scheme> scheme;
    return scheme;
}

QPalette darkPalette()
{
    // Contrast in the spirit of the platforms' dark modes: text near white on greys, a blue
    // highlight, disabled text dimmed enough to read as such.
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor alternate(40, 40, 43);
    const QColor text(232, 232, 232);
    const QColor disabled(128, 128, 128);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 80, 80));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(58, 58, 62));
    p.setColor(QPalette::Mid, QColor(36, 36, 38));
    p.setColor(QPalette::Dark, QColor(22, 22, 24));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(94, 168, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

} // namespace

PaletteManager::PaletteManager(QObject *parent)
    : QObject(parent)
{}

PaletteManager::Scheme PaletteManager::preferred()
{
    return QSettings().value(kKey).toString() == name(Scheme::Dark) ? Scheme::Dark : Scheme::Light;
}

PaletteManager::Scheme PaletteManager::current()
{
    return lastSet().value_or(preferred());
}

QPalette PaletteManager::palette(Scheme scheme)
{
    if (scheme == Scheme::Dark)
        return darkPalette();
    // The style's own palette: what the application shows when nobody chose one.
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

QString PaletteManager::name(Scheme scheme)
{
    return scheme == Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void PaletteManager::setScheme(Scheme scheme)
{
    QApplication::setPalette(palette(scheme));
    lastSet() = scheme;
    QSettings().setValue(kKey, name(scheme));
    emit schemeChanged(scheme);
}

} // namespace md
