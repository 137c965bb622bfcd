#include "palettemanager.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace md;

// Light and dark palettes: switching changes what the application and its widgets paint with,
// and the choice is remembered (in a temporary QSettings here).
class TestPaletteManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchingChangesTheWindowColourAndIsRemembered();

private:
    QTemporaryDir m_settingsDir;
};

void TestPaletteManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MerchantDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_palettemanager"));
    QSettings().clear();
}

void TestPaletteManager::switchingChangesTheWindowColourAndIsRemembered()
{
    QCOMPARE(PaletteManager::preferred(), PaletteManager::Scheme::Light);
    const QColor light =
        PaletteManager::palette(PaletteManager::Scheme::Light).color(QPalette::Window);
    const QColor dark =
        PaletteManager::palette(PaletteManager::Scheme::Dark).color(QPalette::Window);
    QVERIFY(light != dark);
    QVERIFY(dark.lightness() < light.lightness());

    QWidget shown;
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    PaletteManager palettes;
    QSignalSpy changed(&palettes, &PaletteManager::schemeChanged);

    palettes.setScheme(PaletteManager::Scheme::Dark);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(QApplication::palette().color(QPalette::Window), dark);
    QTRY_COMPARE(shown.palette().color(QPalette::Window), dark); // widgets follow
    QCOMPARE(PaletteManager::current(), PaletteManager::Scheme::Dark);
    QCOMPARE(QSettings().value(QStringLiteral("ui/palette")).toString(), QStringLiteral("dark"));
    QCOMPARE(PaletteManager::preferred(), PaletteManager::Scheme::Dark); // what the next start uses

    palettes.setScheme(PaletteManager::Scheme::Light);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(QApplication::palette().color(QPalette::Window), light);
    QTRY_COMPARE(shown.palette().color(QPalette::Window), light);
    QCOMPARE(PaletteManager::preferred(), PaletteManager::Scheme::Light);
}

QTEST_MAIN(TestPaletteManager)
#include "tst_palettemanager.moc"
