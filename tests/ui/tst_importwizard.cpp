#include "columnmappingmodel.h"
#include "importpreviewmodel.h"
#include "importwizard.h"
#include "rejectedrowsmodel.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace md;

// The import wizard driven page by page against a real store, its worker on its own thread:
// the Shopify sample imported, a malformed file refused whole with its lines, a manual mapping
// that changes both the preview and what is stored, a cancelled run that leaves nothing, and
// historical orders.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void importsTheShopifySample();
    void malformedFileShowsRejectedLinesAndImportsNothing();
    void skipBadRowsImportsTheRest();
    void remappingChangesPreviewAndResult();
    void cancelImportsNothing();
    void backDuringTheCheckStopsIt();
    void importsHistoricalOrders();
    void importsMembers();
    void largeOrderHistoryKeepsTheWindowResponsive();
    void missingFileIsExplained();
    void closingDuringTheRunCancelsIt();
    void retranslatesOnLanguageChange();

private:
    static QString sample()
    {
        return QStringLiteral(MD_TEST_DATA_DIR "/shopify_product_template.csv");
    }

    QString writeFile(const QString &name, const QByteArray &body)
    {
        const QString path = m_store->dir() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 count(const char *table)
    {
        QSqlQuery q(m_store->ctx().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            qFatal("count failed");
        return q.value(0).toLongLong();
    }

    QString title(const QString &handle)
    {
        QSqlQuery q(m_store->ctx().connection());
        q.prepare(QStringLiteral("SELECT title FROM products WHERE handle = ?"));
        q.addBindValue(handle);
        if (!q.exec())
            qFatal("query failed");
        return q.next() ? q.value(0).toString() : QString();
    }

    // Starts the wizard on a file and goes to the preview page, waiting for the worker.
    void openFile(ImportWizard &wizard, ImportKind kind, const QString &file)
    {
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
        wizard.setKind(kind);
        wizard.setFileName(file);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QTRY_VERIFY(wizard.previewModel()->rowCount() > 0);
    }

    // From the preview to the validation page, the check finished.
    void validate(ImportWizard &wizard)
    {
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
    }

    void runToSummary(ImportWizard &wizard)
    {
        wizard.next();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
        QVERIFY(!wizard.isBusy());
    }

    QString summaryText(ImportWizard &wizard)
    {
        auto *label = wizard.findChild<QLabel *>(QStringLiteral("summary"));
        return label ? label->text() : QString();
    }

    static QByteArray shopifyHeader()
    {
        return "Handle,Title,Body (HTML),Type,Tags,Status,Option1 Name,Option1 Value,Variant SKU,"
               "Variant Inventory Qty,Variant Price,Image Src\n";
    }

    std::unique_ptr<TestStore> m_store;
};

void TestImportWizard::importsTheShopifySample()
{
    ImportWizard wizard(m_store->ctx());
    QAbstractItemModelTester previewTester(wizard.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mappingTester(wizard.mappingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rejectedTester(wizard.rejectedModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    openFile(wizard, ImportKind::Products, sample());
    ImportPreviewModel *preview = wizard.previewModel();
    // The first row as the import reads it: line 2, the shirt, its first SKU and price.
    QCOMPARE(preview->index(0, 0).data().toLongLong(), qint64(2));
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("example-shirt"));
    QCOMPARE(preview->index(0, 4).data().toString(), QStringLiteral("SRT_COT_111"));
    QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), QStringLiteral("SKU"));
    // Shopify's columns were mapped by name; the mapping page offers each as a choice.
    ColumnMappingModel *mapping = wizard.mappingModel();
    QCOMPARE(mapping->column(QStringLiteral("handle")), 0);
    QCOMPARE(mapping->column(QStringLiteral("sku")), 14); // "Variant SKU"
    validate(wizard);
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    QVERIFY(wizard.report().figures.join(QLatin1Char('\n')).contains(QStringLiteral("new 3")));
    QCOMPARE(count("products"), 0); // the check wrote nothing
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("allOrNothing"))->isChecked());
    runToSummary(wizard);
    QVERIFY(wizard.report().committed);
    QVERIFY(!wizard.report().cancelled);
    QCOMPARE(count("products"), 3);
    QCOMPARE(count("skus"), 16); // 12 shirts, 3 jeans, 1 beanie; an image-only row makes none
    QCOMPARE(title(QStringLiteral("example-shirt")), QStringLiteral("Example T-Shirt"));
    QVERIFY2(summaryText(wizard).contains(QStringLiteral("done")), qPrintable(summaryText(wizard)));
}

void TestImportWizard::malformedFileShowsRejectedLinesAndImportsNothing()
{
    const QString file =
        writeFile(QStringLiteral("bad.csv"),
                  shopifyHeader() + "good,Good,,Tea,,active,Size,S,G-1,1,10.00,\n"  // 2
                                    "good,,,,,,,M,G-2,1,abc,\n"                     // 3: price
                                    "third,Third,,Tea,,active,Size,S,T-1,ten,12,\n" // 4: qty
                                    "fourth,Fourth,,Tea,,active,Size,S,F-1,1,12,\n");
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, file);
    // The preview already shows the bad rows with their reason.
    bool previewRejects = false;
    for (int r = 0; r < wizard.previewModel()->rowCount(); ++r)
        previewRejects =
            previewRejects ||
            wizard.previewModel()->index(r, 0).data(ImportPreviewModel::RejectedRole).toBool();
    QVERIFY(previewRejects);
    validate(wizard);
    RejectedRowsModel *rejected = wizard.rejectedModel();
    QCOMPARE(rejected->rowCount(), 2);
    QCOMPARE(rejected->index(0, RejectedRowsModel::Line).data().toLongLong(), qint64(3));
    QVERIFY2(rejected->index(0, RejectedRowsModel::Reason)
                 .data()
                 .toString()
                 .contains(QStringLiteral("\"abc\"")),
             qPrintable(rejected->index(0, RejectedRowsModel::Reason).data().toString()));
    QCOMPARE(rejected->index(1, RejectedRowsModel::Line).data().toLongLong(), qint64(4));
    QVERIFY(rejected->index(1, RejectedRowsModel::Reason)
                .data()
                .toString()
                .contains(QStringLiteral("\"ten\"")));
    runToSummary(wizard); // all or nothing, the default
    QVERIFY(!wizard.report().committed);
    QCOMPARE(wizard.report().rejected.size(), 2);
    QCOMPARE(count("products"), 0);
    QCOMPARE(count("skus"), 0);
    QVERIFY2(summaryText(wizard).startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(summaryText(wizard)));
}

void TestImportWizard::skipBadRowsImportsTheRest()
{
    const QString file =
        writeFile(QStringLiteral("bad.csv"), shopifyHeader() +
                                                 "good,Good,,Tea,,active,Size,S,G-1,1,10.00,\n"
                                                 "third,Third,,Tea,,active,Size,S,T-1,ten,12,\n"
                                                 "fourth,Fourth,,Tea,,active,Size,S,F-1,1,12,\n");
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, file);
    validate(wizard);
    QCOMPARE(wizard.rejectedModel()->rowCount(), 1);
    wizard.findChild<QRadioButton *>(QStringLiteral("skipBadRows"))->setChecked(true);
    runToSummary(wizard);
    QVERIFY(wizard.report().committed);
    QCOMPARE(count("products"), 2);
    QCOMPARE(title(QStringLiteral("third")), QString());
    QCOMPARE(title(QStringLiteral("fourth")), QStringLiteral("Fourth"));
}

void TestImportWizard::remappingChangesPreviewAndResult()
{
    // A native file whose handle and SKU columns have names the format does not know.
    const QString file = writeFile(QStringLiteral("native.csv"),
                                   "ref,title,category,Code,price,stock,Notes\n"
                                   "tea-1,Longjing,Tea > Green,LJ-1,12.50,7,Spring harvest\n");
    ImportWizard wizard(m_store->ctx());
    wizard.show();
    wizard.setKind(ImportKind::Products);
    wizard.setFileName(file);
    wizard.findChild<QComboBox *>(QStringLiteral("format"))->setCurrentIndex(2); // native
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    // The handle is required and unmapped: no way on until it is mapped.
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QComboBox *handle = wizard.columnChooser(QStringLiteral("handle"));
    QVERIFY(handle);
    QCOMPARE(handle->currentData().toInt(), -1);
    handle->setCurrentIndex(handle->findData(0)); // "ref"
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // Without a SKU column the row has a price but no SKU code: the preview rejects it.
    ImportPreviewModel *preview = wizard.previewModel();
    QTRY_COMPARE(preview->rowCount(), 1);
    QVERIFY(preview->index(0, 0).data(ImportPreviewModel::RejectedRole).toBool());
    QCOMPARE(preview->index(0, 0).data().toLongLong(), qint64(2));

    QComboBox *sku = wizard.columnChooser(QStringLiteral("sku"));
    sku->setCurrentIndex(sku->findData(3)); // "Code"
    QTRY_COMPARE(preview->index(0, 4).data().toString(), QStringLiteral("LJ-1"));
    QVERIFY(!preview->index(0, 0).data(ImportPreviewModel::RejectedRole).toBool());
    QCOMPARE(preview->index(0, 1).data().toString(), QStringLiteral("tea-1"));
    QCOMPARE(preview->index(0, 2).data().toString(), QStringLiteral("Longjing"));
    QComboBox *titleChooser = wizard.columnChooser(QStringLiteral("title"));
    titleChooser->setCurrentIndex(titleChooser->findData(6)); // "Notes"
    QTRY_COMPARE(preview->index(0, 2).data().toString(), QStringLiteral("Spring harvest"));
    QCOMPARE(wizard.mappingModel()->column(QStringLiteral("title")), 6);

    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    runToSummary(wizard);
    QVERIFY(wizard.report().committed);
    QCOMPARE(title(QStringLiteral("tea-1")), QStringLiteral("Spring harvest"));
    QSqlQuery q(m_store->ctx().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code, price, stock_on_hand FROM skus")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("LJ-1"));
    QCOMPARE(q.value(1).toLongLong(), qint64(1250));
    QCOMPARE(q.value(2).toLongLong(), qint64(7));
}

void TestImportWizard::cancelImportsNothing()
{
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, sample());
    validate(wizard);
    // The worker waits at its first progress report until the clerk has pressed Cancel, so the
    // cancel lands while the run is half-way, whatever the speed of the machine.
    int reports = 0;
    const QMetaObject::Connection c = connect(
        wizard.worker(), &ImportWorker::progress, &wizard,
        [&] {
            if (reports++ == 0)
                wizard.findChild<QPushButton *>(QStringLiteral("cancelImport"))->click();
        },
        Qt::BlockingQueuedConnection);
    runToSummary(wizard);
    disconnect(c);
    QCOMPARE(reports, 1);
    QVERIFY(wizard.report().cancelled);
    QVERIFY(!wizard.report().committed);
    QCOMPARE(count("products"), 0);
    QCOMPARE(count("skus"), 0);
    QCOMPARE(count("stock_moves"), 0);
    QVERIFY2(summaryText(wizard).contains(QStringLiteral("cancelled")),
             qPrintable(summaryText(wizard)));
}

void TestImportWizard::backDuringTheCheckStopsIt()
{
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, sample());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    // The clerk goes back while the check is half-way: it is cancelled, and a new check on the
    // way forward runs to its end.
    int reports = 0;
    QMetaObject::Connection c = connect(
        wizard.worker(), &ImportWorker::progress, &wizard,
        [&] {
            if (reports++ == 0)
                wizard.back();
        },
        Qt::BlockingQueuedConnection);
    wizard.next();
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QTRY_VERIFY(!wizard.isBusy());
    disconnect(c);
    QCOMPARE(reports, 1);
    QVERIFY(wizard.report().cancelled);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QVERIFY(!wizard.report().cancelled);
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    QCOMPARE(count("products"), 0);
}

void TestImportWizard::importsHistoricalOrders()
{
    const QString file = writeFile(
        QStringLiteral("history.csv"),
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
        "100001,85123A,WHITE HANGING HEART,6,2011-07-01 00:30:00,2.55,12345.0,United Kingdom\n"
        "100001,POST,POSTAGE,1,2011-07-01 00:30:00,18.00,12345.0,United Kingdom\n"
        "100002,22423,REGENCY CAKESTAND 3 TIER,1,2011-07-02 10:00:00,12.75,,EIRE\n");
    ImportWizard wizard(m_store->ctx());
    wizard.show();
    wizard.setKind(ImportKind::Orders);
    QVERIFY(wizard.findChild<QComboBox *>(QStringLiteral("timeZone"))->isEnabled());
    QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("format"))->isEnabled());
    wizard.findChild<QLineEdit *>(QStringLiteral("currency"))->setText(QStringLiteral("GBP"));
    wizard.findChild<QComboBox *>(QStringLiteral("timeZone"))
        ->setCurrentText(QStringLiteral("Europe/London"));
    wizard.setFileName(file);
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QTRY_COMPARE(wizard.previewModel()->rowCount(), 3);
    QCOMPARE(wizard.previewModel()->index(0, 1).data().toString(), QStringLiteral("100001"));
    // 00:30 in London in July is 23:30 UTC the day before.
    QCOMPARE(wizard.previewModel()->index(0, 6).data().toString(),
             QStringLiteral("2011-06-30 23:30"));
    validate(wizard);
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    QCOMPARE(count("orders"), 0);
    runToSummary(wizard);
    QVERIFY2(wizard.report().committed, qPrintable(wizard.report().error));
    QCOMPARE(count("orders"), 2);
}

void TestImportWizard::importsMembers()
{
    // "Mail" is not a name the member format knows: no e-mail, phone or reference is mapped.
    const QString file = writeFile(QStringLiteral("members.csv"), "Mail,name,points\n"
                                                                  "wang@example.com,王五,120\n"
                                                                  "zhao@example.com,赵六,\n");
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Members, file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(!wizard.currentPage()->isComplete());
    QComboBox *email = wizard.columnChooser(QStringLiteral("email"));
    QVERIFY(email);
    email->setCurrentIndex(email->findData(0));
    QVERIFY(wizard.currentPage()->isComplete());
    QTRY_COMPARE(wizard.previewModel()->index(0, 1).data().toString(),
                 QStringLiteral("wang@example.com"));
    QCOMPARE(wizard.previewModel()->index(0, 3).data().toString(), QStringLiteral("王五"));
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    runToSummary(wizard);
    QVERIFY2(wizard.report().committed, qPrintable(wizard.report().error));
    QCOMPARE(count("members"), 2);
    QSqlQuery q(m_store->ctx().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT points FROM members WHERE email = 'wang@example.com'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(120));
}

// The whole UCI Online Retail file (541,909 lines) through the wizard (about half a minute): the
// check and the run finish, the progress bar moves, and the GUI thread is never blocked for long,
// because the worker reads and writes. ../shared/data sits beside every checkout, CI's included:
// a missing file is a failure, not a skip.
void TestImportWizard::largeOrderHistoryKeepsTheWindowResponsive()
{
    const QString file = QStringLiteral(MD_SHARED_DATA_DIR "/online_retail.csv.gz");
    QVERIFY2(QFile::exists(file), qPrintable(file + " is missing"));
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    int progressReports = 0;
    ImportWizard wizard(m_store->ctx());
    connect(wizard.worker(), &ImportWorker::progress, this, [&] { ++progressReports; });
    wizard.show();
    wizard.setKind(ImportKind::Orders);
    wizard.findChild<QLineEdit *>(QStringLiteral("currency"))->setText(QStringLiteral("GBP"));
    wizard.findChild<QComboBox *>(QStringLiteral("timeZone"))
        ->setCurrentText(QStringLiteral("Europe/London"));
    wizard.setFileName(file);
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QVERIFY(wizard.currentPage()->isComplete());
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
    const qint64 checkMs = total.restart();
    QCOMPARE(wizard.rejectedModel()->rowCount(), 0);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 180000);
    const qint64 runMs = total.elapsed();
    ticker.stop();
    QVERIFY2(wizard.report().committed, qPrintable(wizard.report().error));
    qInfo("check %lld ms, run %lld ms, %d progress reports, longest GUI gap %lld ms", checkMs,
          runMs, progressReports, longestGap);
    QVERIFY(count("orders") > 20000);
    QVERIFY(progressReports > 10);
    QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
}

void TestImportWizard::missingFileIsExplained()
{
    ImportWizard wizard(m_store->ctx());
    wizard.show();
    wizard.setFileName(m_store->dir() + QStringLiteral("/missing.csv"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *status = wizard.currentPage()->findChild<QLabel *>();
    QTRY_VERIFY(status && status->text().contains(QStringLiteral("missing.csv")));
    QVERIFY2(status->text().contains(QStringLiteral("no file")), qPrintable(status->text()));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::closingDuringTheRunCancelsIt()
{
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, sample());
    validate(wizard);
    // The clerk closes the window while the run is half-way (the worker waits at its first
    // progress report until the close was handled): it is cancelled and the window closes when
    // the rollback is done.
    const QMetaObject::Connection c = connect(
        wizard.worker(), &ImportWorker::progress, &wizard,
        [&] {
            wizard.reject();
            QVERIFY(wizard.isVisible()); // not before the run has rolled back
        },
        Qt::BlockingQueuedConnection);
    wizard.next();
    QTRY_VERIFY(!wizard.isVisible());
    disconnect(c);
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(wizard.report().cancelled);
    QCOMPARE(count("products"), 0);
}

// Marks every text it is asked for, so a test sees which texts were translated again.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
};

void TestImportWizard::retranslatesOnLanguageChange()
{
    ImportWizard wizard(m_store->ctx());
    openFile(wizard, ImportKind::Products, sample());
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Import"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(wizard.windowTitle(), QStringLiteral("«Import»"));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("«Preview»"));
    QCOMPARE(wizard.previewModel()->headerData(4, Qt::Horizontal).toString(),
             QStringLiteral("«SKU»"));
    QCOMPARE(wizard.rejectedModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("«Line»"));
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::processEvents();
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Import"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
