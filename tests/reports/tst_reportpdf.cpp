// ReportPdf: a report result rendered to PDF. The file is checked as a PDF (header, end marker,
// page tree), its page count against the layout's documented lines per page, and its text through
// the fonts' ToUnicode maps (the streams are inflated here, independently of Qt's PDF engine): the
// title's characters, Latin and Chinese, must be among the glyphs drawn, Chinese from a CJK font.
#include "reportcommand.h"
#include "reportpdf.h"

#include "pdfinspection.h"
#include "teststore.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace md;
using namespace pdf;

namespace {

// A result of `days` daily rows with a money and an integer column, totals and previous totals.
ReportResult dailyResult(const QString &title, int days)
{
    ReportResult r;
    r.name = QStringLiteral("test");
    r.title = title;
    r.currency = QStringLiteral("CNY");
    r.from = QDate(2026, 1, 1);
    r.to = r.from.addDays(days - 1);
    r.columns = {
        {QStringLiteral("day"), QStringLiteral("日期 Day"), ReportColumnKind::Date},
        {QStringLiteral("orders"), QStringLiteral("订单 Orders"), ReportColumnKind::Integer},
        {QStringLiteral("net_sales"), QStringLiteral("净销售额 Net sales"),
         ReportColumnKind::Money},
        {QStringLiteral("share"), QStringLiteral("Share"), ReportColumnKind::PercentBp}};
    qint64 orders = 0, net = 0;
    for (int i = 0; i < days; ++i) {
        const qint64 o = (i * 7) % 13;
        const qint64 n = o * 12345 - (i % 5 == 0 ? 20000 : 0); // some negative days
        r.rows.append({r.from.addDays(i), o, n, qint64(i * 37 % 10000)});
        orders += o;
        net += n;
    }
    r.totals = {QVariant(), orders, net, qint64(10000)};
    r.previousTotals = {QVariant(), orders / 2, net / 2, qint64(10000)};
    r.series = {{2}, {1}};
    return r;
}

QByteArray render(const ReportResult &r)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status s = ReportPdf::write(r, &buffer);
    if (!s)
        qWarning("ReportPdf::write: %s", qPrintable(s.error().message));
    return bytes;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void pageCountFollowsLines_data();
    void pageCountFollowsLines();
    void titleIsDrawn_data();
    void titleIsDrawn();
    void titleReadsBackAsText_data();
    void titleReadsBackAsText();
    void cellsAreDrawn();
    void emptyResultIsOnePage();
    void commandLineWritesPdf();
};

void TestReportPdf::pageCountFollowsLines_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("pages");
    // Lines = days + totals + previous totals; the first page holds 18, each further page 34.
    QTest::newRow("fits the first page") << 16 << 1;
    QTest::newRow("one line over the first page") << 17 << 2;
    QTest::newRow("first page and one full page") << 50 << 2;
    QTest::newRow("one line onto a third page") << 51 << 3;
    QTest::newRow("a quarter of daily rows") << 90 << 4;
}

void TestReportPdf::pageCountFollowsLines()
{
    QFETCH(int, days);
    QFETCH(int, pages);
    const ReportResult r = dailyResult(QStringLiteral("Sales"), days);
    QCOMPARE(ReportPdf::lineCount(r), days + 2);
    QCOMPARE(ReportPdf::pageCount(r), pages);
    verifyPdfShape(render(r), pages);
}

void TestReportPdf::titleIsDrawn_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("latin") << QStringLiteral("Quarterly Sales");
    QTest::newRow("chinese") << QStringLiteral("销售报告（季度）");
}

void TestReportPdf::titleIsDrawn()
{
    QFETCH(QString, title);
    const QByteArray pdf = render(dailyResult(title, 40));
    verifyPdfShape(pdf, 2);
    const QSet<uint> drawn = drawnCharacters(pdf);
    QVERIFY2(!drawn.isEmpty(), "no ToUnicode map found: no text drawn");
    for (const QChar c : title) {
        if (c.isSpace())
            continue;
        QVERIFY2(drawn.contains(c.unicode()), qPrintable(QStringLiteral("%1 not drawn").arg(c)));
    }
    // A character drawn nowhere is not reported as drawn (the check above can fail).
    QVERIFY(!drawn.contains(QChar(u'龘').unicode()));
    bool cjk = false;
    for (const QChar c : title)
        cjk = cjk || c.script() == QChar::Script_Han;
    if (cjk)
        QVERIFY2(QRegularExpression(QStringLiteral("/BaseFont\\s*/\\w*\\+?\\S*(CJK|WenQuanYi|WQY)"))
                     .match(QString::fromLatin1(pdf))
                     .hasMatch(),
                 "no CJK font embedded");
}

void TestReportPdf::titleReadsBackAsText_data()
{
    titleIsDrawn_data();
}

// poppler's pdftotext (installed by scripts/install-deps) must read the title back as text.
void TestReportPdf::titleReadsBackAsText()
{
    QFETCH(QString, title);
    const QByteArray pdf = render(dailyResult(title, 40));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is not installed (Debian: poppler-utils)");
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("r.pdf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(pdftotext, {f.fileName(), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(title));
}

void TestReportPdf::cellsAreDrawn()
{
    // Every digit, the minus sign and the decimal point of the money cells, and the translated
    // labels of the totals lines (their first letters at least) are among the drawn glyphs.
    const QByteArray pdf = render(dailyResult(QStringLiteral("S"), 12));
    const QSet<uint> drawn = drawnCharacters(pdf);
    for (const QChar c : QStringLiteral("0123456789-.TotalPreviusd净销售额"))
        QVERIFY2(drawn.contains(c.unicode()), qPrintable(QStringLiteral("%1 not drawn").arg(c)));
}

void TestReportPdf::emptyResultIsOnePage()
{
    ReportResult r = dailyResult(QStringLiteral("Nothing"), 1);
    r.rows.clear();
    r.totals.clear();
    r.previousTotals.clear();
    QCOMPARE(ReportPdf::pageCount(r), 1);
    verifyPdfShape(render(r), 1);
}

void TestReportPdf::commandLineWritesPdf()
{
    TestStore store;
    const QString file = store.dir() + QStringLiteral("/sales.pdf");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    // 60 days by day with --compare: 60 rows, totals, previous totals = 62 lines = 3 pages.
    QStringList args = {
        QStringLiteral("merchantdesk"), QStringLiteral("--data-dir"), store.dir(),
        QStringLiteral("--report"),     QStringLiteral("sales"),      QStringLiteral("--from"),
        QStringLiteral("2026-01-01"),   QStringLiteral("--to"),       QStringLiteral("2026-03-01"),
        QStringLiteral("--by"),         QStringLiteral("day"),        QStringLiteral("--compare"),
        QStringLiteral("--format"),     QStringLiteral("pdf")};
    // Without --output a PDF is refused: nothing binary on stdout.
    QCOMPARE(ReportCommand::run(args, out, err), 2);
    QVERIFY(outText.isEmpty());
    QVERIFY(errText.contains(QLatin1String("--output")));
    errText.clear();

    args << QStringLiteral("--output") << file;
    QCOMPARE(ReportCommand::run(args, out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    QVERIFY(outText.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    verifyPdfShape(f.readAll(), 3);

    // CSV to a file: whole, and an unwritable target is an error that leaves nothing behind.
    QStringList csv = args.mid(0, args.indexOf(QStringLiteral("--format")));
    const QString csvFile = store.dir() + QStringLiteral("/sales.csv");
    QCOMPARE(ReportCommand::run(csv + QStringList{QStringLiteral("--output"), csvFile}, out, err),
             0);
    QFile written(csvFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("from,to,orders,"));
    const QString nowhere = store.dir() + QStringLiteral("/no-such-folder/sales.csv");
    QCOMPARE(ReportCommand::run(csv + QStringList{QStringLiteral("--output"), nowhere}, out, err),
             1);
    QVERIFY(errText.contains(nowhere));
    QVERIFY(!QFile::exists(nowhere));

    char *argv[] = {const_cast<char *>("merchantdesk"), const_cast<char *>("--format"),
                    const_cast<char *>("pdf")};
    QVERIFY(ReportCommand::needsGui(3, argv));
    QVERIFY(!ReportCommand::needsGui(2, argv));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
