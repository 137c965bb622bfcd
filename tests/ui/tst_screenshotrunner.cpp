#include "screenshotrunner.h"

#include "deskfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace md;

// --screenshot on a real DeskSession and MainWindow: the picture waits for the replica's copy,
// a %1 in the file name makes one picture per area the role sees, and a picture that cannot be
// saved says so. The delays are short here; the app waits for the lists' first pages.
class TestScreenshotRunner : public QObject
{
    Q_OBJECT

private slots:
    void onePicturePerListedArea();
    void aReplicaWithACopyIsShotWhenReady();
    void aPictureThatCannotBeSavedFails();

private:
    static constexpr ScreenshotRunner::Delays kShort{50, 100};
};

void TestScreenshotRunner::onePicturePerListedArea()
{
    DeskFixture f;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    QTemporaryDir out;
    auto *runner =
        new ScreenshotRunner(&w, session, out.filePath(QStringLiteral("%1.png")), kShort);
    QSignalSpy finished(runner, &ScreenshotRunner::finished);
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(f.options());
    QVERIFY(copied.wait(DeskFixture::kWait));
    QVERIFY(QDir(out.path()).isEmpty()); // nothing before the copy and the first delay
    QVERIFY(finished.wait(DeskFixture::kWait));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);

    QStringList expected;
    const QStringList keys = MainWindow::areaKeys();
    for (int row = 0; row < keys.size(); ++row)
        if (w.isAreaListed(row))
            expected << keys[row] + QStringLiteral(".png");
    QVERIFY(expected.size() > 5); // an owner sees every area
    QStringList files = QDir(out.path()).entryList(QDir::Files);
    files.sort();
    expected.sort();
    QCOMPARE(files, expected);
    for (const QString &file : std::as_const(files)) {
        const QImage shot(out.filePath(file));
        QVERIFY2(!shot.isNull(), qPrintable(file));
        QCOMPARE(shot.size(), w.size() * w.devicePixelRatio());
    }
}

void TestScreenshotRunner::aReplicaWithACopyIsShotWhenReady()
{
    DeskFixture f;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    session.start(f.options());
    QVERIFY(copied.wait(DeskFixture::kWait));
    w.closeAreas();
    session.stop();

    // The next start has its copy at once: no first copy follows, the picture is taken anyway.
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("shot.png"));
    auto *runner = new ScreenshotRunner(&w, session, file, kShort);
    QSignalSpy finished(runner, &ScreenshotRunner::finished);
    session.start(f.options());
    QVERIFY(finished.wait(DeskFixture::kWait));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(session.hasCopy());
    QCOMPARE(copied.size(), 1);
    QVERIFY(!QImage(file).isNull());
}

void TestScreenshotRunner::aPictureThatCannotBeSavedFails()
{
    DeskFixture f;
    DeskSession session;
    LanguageManager languages;
    MainWindow w(session, languages, QStringLiteral("茶铺"), QStringLiteral("CNY"),
                 f.server->url());
    w.show();
    QTemporaryDir out;
    auto *runner = new ScreenshotRunner(
        &w, session, out.filePath(QStringLiteral("no-such-folder/shot.png")), kShort);
    QSignalSpy finished(runner, &ScreenshotRunner::finished);
    session.start(f.options());
    QVERIFY(finished.wait(DeskFixture::kWait));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
}

QTEST_MAIN(TestScreenshotRunner)
#include "tst_screenshotrunner.moc"
