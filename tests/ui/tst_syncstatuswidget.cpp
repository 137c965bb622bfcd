#include "changelog.h"
#include "deskfixture.h"
#include "syncstatuswidget.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace md;

// The status bar's sync state against a real DeskSession and server: what it says before,
// during and after syncs, offline, with a change waiting, and after a language change.
class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void relativeTime_data();
    void relativeTime();
    void followsTheSession();
    void retranslatesOnLanguageChange();
};

void TestSyncStatusWidget::relativeTime_data()
{
    QTest::addColumn<bool>("ever");
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << false << qint64(0) << QStringLiteral("never");
    QTest::newRow("seconds ago") << true << qint64(12) << QStringLiteral("just now");
    QTest::newRow("a server clock a little ahead")
        << true << qint64(-20) << QStringLiteral("just now");
    QTest::newRow("five minutes") << true << qint64(5 * 60 + 20)
                                  << QStringLiteral("5 minute(s) ago");
    QTest::newRow("just under an hour")
        << true << qint64(3599) << QStringLiteral("59 minute(s) ago");
    QTest::newRow("two hours") << true << qint64(2 * 3600 + 10) << QStringLiteral("2 hour(s) ago");
}

void TestSyncStatusWidget::relativeTime()
{
    QFETCH(bool, ever);
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764000000000);
    const QDateTime at = ever ? now.addSecs(-secondsAgo) : QDateTime();
    QCOMPARE(SyncStatusWidget::relativeTime(at, now), expected);
    // Older than a day: the date and time themselves.
    const QDateTime old = now.addDays(-3);
    QCOMPARE(SyncStatusWidget::relativeTime(old, now),
             QLocale().toString(old.toLocalTime(), QLocale::ShortFormat));
}

void TestSyncStatusWidget::followsTheSession()
{
    DeskFixture f;
    DeskSession session;
    SyncStatusWidget w(session);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.stateText(), QStringLiteral("Opening…"));
    QVERIFY(!w.syncButton()->isEnabled());

    QSignalSpy copied(&session, &DeskSession::firstCopyFinished);
    QStringList duringTheCopy; // what the widget said at each step of the first copy
    connect(&session, &DeskSession::progress, this, [&] { duringTheCopy << w.stateText(); });
    session.start(f.options());
    QVERIFY(copied.wait(DeskFixture::kWait));
    QVERIFY(!duringTheCopy.isEmpty());
    for (const QString &text : std::as_const(duringTheCopy))
        QVERIFY2(
            QRegularExpression(QStringLiteral("^Copying the shop… \\d+%$")).match(text).hasMatch(),
            qPrintable(text));
    QCOMPARE(duringTheCopy.last(), QStringLiteral("Copying the shop… 100%"));
    QTRY_COMPARE(w.stateText(), QStringLiteral("Online"));
    QCOMPARE(w.lastSyncText(), QStringLiteral("Last sync: just now"));
    QVERIFY(w.syncButton()->isEnabled());
    QCOMPARE(w.syncButton()->text(), QStringLiteral("Sync now"));
    QVERIFY(!w.conflictsButton()->isVisible()); // nothing to show
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    auto shown = [&](const QString &text) {
        for (QLabel *l : labels) {
            if (l->text() == text)
                return l->isVisible();
        }
        return false;
    };
    QVERIFY(shown(QStringLiteral("Online")));
    QVERIFY(!shown(QStringLiteral("0 change(s) waiting")));

    // The server goes away; "Sync now" finds out.
    f.server.reset();
    QSignalSpy syncing(&session, &DeskSession::syncingChanged);
    QTest::mouseClick(w.syncButton(), Qt::LeftButton);
    QVERIFY(!syncing.isEmpty() || syncing.wait(DeskFixture::kWait));
    QTRY_COMPARE_WITH_TIMEOUT(w.stateText(), QStringLiteral("Offline"), DeskFixture::kWait);
    QVERIFY(!w.findChildren<QLabel *>().first()->toolTip().isEmpty()); // the reason
    QCOMPARE(w.lastSyncText(), QStringLiteral("Last sync: just now")); // the last good one

    // A change made offline waits, and says so.
    session.submit({QString(),
                    QStringLiteral("stock.adjust"),
                    entity::Sku,
                    f.shop.skuTea,
                    std::nullopt,
                    {{QStringLiteral("delta"), 2}}});
    QTRY_COMPARE_WITH_TIMEOUT(w.pendingText(), QStringLiteral("1 change(s) waiting"),
                              DeskFixture::kWait);
    QTRY_VERIFY(shown(QStringLiteral("1 change(s) waiting")));
    session.stop();
}

// A translator that marks every text of the widget, to see which ones are made again.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "md::SyncStatusWidget") != 0)
            return {};
        QString text = QStringLiteral("[%1]").arg(QString::fromUtf8(source));
        return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
    bool isEmpty() const override { return false; }
};

void TestSyncStatusWidget::retranslatesOnLanguageChange()
{
    DeskSession session; // not started: the widget says so
    SyncStatusWidget w(session);
    QCOMPARE(w.syncButton()->text(), QStringLiteral("Sync now"));
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking); // sends QEvent::LanguageChange
    QTRY_COMPARE(w.syncButton()->text(), QStringLiteral("[Sync now]"));
    QCOMPARE(w.stateText(), QStringLiteral("[Opening…]"));
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text() == QStringLiteral("[Last sync: %1]").arg(QStringLiteral("[never]"));
    }));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(w.syncButton()->text(), QStringLiteral("Sync now"));
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
