#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

// storefrontd itself, as an operator runs it: SIGTERM ends it within a bounded time even while a
// client trickles a request head byte by byte, and a second signal ends it at once.
class TestStorefrontdStop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aTricklingClientDoesNotHoldTheStop();
    void aSecondSignalStopsAtOnce();

private:
    // Sends a request head one byte every 200 ms until stopped, ignoring a closed connection.
    void startTrickling();

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    std::atomic<bool> m_trickling{false};
    std::thread m_trickler;
};

void TestStorefrontdStop::init()
{
    m_port = 0;
    m_server.setProgram(QStringLiteral(STOREFRONTD));
    m_server.setArguments({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--threads"), QStringLiteral("2")});
    m_server.start();
    QVERIFY(m_server.waitForStarted());
    const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QString output;
    QElapsedTimer waited;
    waited.start();
    while (m_port == 0 && waited.elapsed() < 60000) {
        m_server.waitForReadyRead(1000);
        output += QString::fromUtf8(m_server.readAllStandardOutput());
        if (const auto m = listening.match(output); m.hasMatch())
            m_port = quint16(m.captured(1).toUInt());
    }
    QVERIFY2(m_port != 0, qPrintable(output + QString::fromUtf8(m_server.readAllStandardError())));
}

void TestStorefrontdStop::cleanup()
{
    m_trickling = false;
    if (m_trickler.joinable())
        m_trickler.join();
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

void TestStorefrontdStop::startTrickling()
{
    m_trickling = true;
    m_trickler = std::thread([this] {
        try {
            Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", m_port));
            const std::string head = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
            for (std::size_t i = 0; m_trickling; ++i) {
                socket.sendBytes(head.data() + (i % head.size()), 1);
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        } catch (...) {
            // the server closed the connection: the point of the test
        }
    });
    QTest::qWait(600); // a few bytes are in, and the connection is somebody's now
}

void TestStorefrontdStop::aTricklingClientDoesNotHoldTheStop()
{
    startTrickling();
    QElapsedTimer stopping;
    stopping.start();
    QCOMPARE(::kill(pid_t(m_server.processId()), SIGTERM), 0);
    QVERIFY2(m_server.waitForFinished(20000), "storefrontd still runs 20 s after SIGTERM");
    QVERIFY2(stopping.elapsed() < 15000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
}

void TestStorefrontdStop::aSecondSignalStopsAtOnce()
{
    startTrickling();
    QCOMPARE(::kill(pid_t(m_server.processId()), SIGTERM), 0);
    QTest::qWait(300);
    QElapsedTimer stopping;
    stopping.start();
    if (m_server.state() != QProcess::NotRunning)
        QCOMPARE(::kill(pid_t(m_server.processId()), SIGINT), 0);
    QVERIFY2(m_server.waitForFinished(5000), "storefrontd still runs 5 s after a second signal");
    QVERIFY2(stopping.elapsed() < 3000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    // The first stop was still waiting for the trickling client; the second signal ended it.
    QCOMPARE(m_server.exitCode(), 128 + SIGINT);
}

QTEST_GUILESS_MAIN(TestStorefrontdStop)
#include "tst_storefrontdstop.moc"
