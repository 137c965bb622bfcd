#include "exportdialog.h"
#include "productimporter.h"
#include "teststore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace md;

// The export dialog against a real store, its worker on its own thread: the products and the
// members written to the chosen file (which re-imports), a file that cannot be created named in
// the message with nothing written, and a large export cancelled from its progress dialog (or by
// closing the dialog) stopping the worker's write with no file left behind.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void exportsProductsThatReimport();
    void exportsMembers();
    void unwritableFileIsExplained();
    void cancelStopsTheWriteAndLeavesNoFile();
    void closingWhileExportingCancels();
    void retranslatesOnLanguageChange();

private:
    // Runs the export and returns whether it succeeded, waiting for the worker.
    bool exportTo(ExportDialog &dialog, ExportKind kind, const QString &file)
    {
        QSignalSpy done(&dialog, &ExportDialog::exported);
        dialog.setKind(kind);
        dialog.setFileName(file);
        dialog.start();
        if (!dialog.isBusy())
            return false;
        if (!done.wait(10000))
            return false;
        return done[0][0].toBool();
    }

    // Many members in one statement: the export then takes long enough to be cancelled.
    void addMembers(int count)
    {
        QSqlQuery q(m_store->ctx().connection());
        QVERIFY2(
            q.exec(
                QStringLiteral(
                    "INSERT INTO members (email, display_name, created_at, updated_at) "
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "SELECT 'm' || i || '@example.com', '会员' || i, 1700000000000, "
                    "1700000000000 FROM n")
                    .arg(count)),
            qPrintable(q.lastError().text()));
    }
    // Files in the store's folder whose name begins with `name` (QSaveFile's temporary files
    // are named after their target).
    QStringList filesNamed(const QString &name) const
    {
        return QDir(m_store->dir()).entryList({name + QLatin1Char('*')}, QDir::Files);
    }

    std::unique_ptr<TestStore> m_store;
};

void TestExportDialog::exportsProductsThatReimport()
{
    const qint64 cat = m_store->category(QStringLiteral("Tea"));
    m_store->sku(m_store->product(cat, QStringLiteral("Longjing")), QStringLiteral("LJ-1"), 1250,
                 7);
    m_store->sku(m_store->product(cat, QStringLiteral("Oolong")), QStringLiteral("OL-1"), 990, 3);
    ExportDialog dialog(m_store->ctx());
    for (ExportKind kind : {ExportKind::ProductsNative, ExportKind::ProductsShopify}) {
        const QString file = m_store->dir() + QStringLiteral("/products.csv");
        QVERIFY2(exportTo(dialog, kind, file), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("2 product(s)")),
                 qPrintable(dialog.message()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // Read back by the importer: the same two SKUs, nothing rejected, nothing new.
        ProductImporter importer(m_store->ctx(), &f);
        QVERIFY(importer.readHeader());
        QCOMPARE(importer.format(), kind == ExportKind::ProductsNative
                                        ? ProductCsvFormat::Format::Native
                                        : ProductCsvFormat::Format::Shopify);
        const ProductImportSummary s = importer.validate();
        QVERIFY(s.rejected.isEmpty());
        QCOMPARE(s.skusUnchanged, 2);
        QCOMPARE(s.productsCreated, 0);
    }
}

void TestExportDialog::exportsMembers()
{
    m_store->member(QStringLiteral("a@example.com"), QStringLiteral("张三"));
    m_store->member(QStringLiteral("b@example.com"), QStringLiteral("李四"));
    ExportDialog dialog(m_store->ctx());
    const QString file = m_store->dir() + QStringLiteral("/members.csv");
    QVERIFY2(exportTo(dialog, ExportKind::Members, file), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(QStringLiteral("2 member(s)")),
             qPrintable(dialog.message()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("a@example.com")));
    QVERIFY(text.contains(QStringLiteral("李四")));
    QVERIFY(!text.contains(QStringLiteral("pbkdf2")));
}

void TestExportDialog::unwritableFileIsExplained()
{
    ExportDialog dialog(m_store->ctx());
    const QString file = m_store->dir() + QStringLiteral("/no such folder/products.csv");
    QVERIFY(!exportTo(dialog, ExportKind::ProductsNative, file));
    QVERIFY(!dialog.succeeded());
    QVERIFY2(dialog.message().contains(QStringLiteral("cannot be created")),
             qPrintable(dialog.message()));
    QVERIFY(dialog.message().contains(QStringLiteral("no such folder")));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!dialog.isBusy());
    // The clerk is told in a message box too, with the system's words behind "Show Details".
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("exportError"))));
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be created")));
    QVERIFY2(box->detailedText().contains(QStringLiteral("no such folder")),
             qPrintable(box->detailedText()));
}

void TestExportDialog::cancelStopsTheWriteAndLeavesNoFile()
{
    constexpr int kMembers = 20000;
    addMembers(kMembers);
    ExportDialog dialog(m_store->ctx());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setKind(ExportKind::Members);
    const QString file = m_store->dir() + QStringLiteral("/members.csv");
    const QString older = m_store->dir() + QStringLiteral("/older.csv");

    // The worker waits at its first progress report until the progress dialog has appeared
    // (half a second in) and the clerk has pressed its Cancel, so the cancel lands half-way
    // whatever the speed of the machine.
    int reports = 0;
    qint64 reportedTotal = 0;
    const QMetaObject::Connection c = connect(
        dialog.worker(), &ExportWorker::progress, &dialog,
        [&](quint64, qint64, qint64 total) {
            if (reports++ != 0)
                return;
            reportedTotal = total;
            QTRY_VERIFY(dialog.progressDialog() && dialog.progressDialog()->isVisible());
            auto *cancel = dialog.progressDialog()->findChild<QPushButton *>();
            QVERIFY(cancel);
            cancel->click();
        },
        Qt::BlockingQueuedConnection);
    auto cancelledExport = [&](const QString &target) {
        reports = 0;
        QSignalSpy done(&dialog, &ExportDialog::exported);
        dialog.setFileName(target);
        dialog.start();
        QVERIFY(dialog.isBusy());
        QVERIFY(done.wait(30000));
        QCOMPARE(done[0][0].toBool(), false);
    };

    cancelledExport(file);
    QCOMPARE(reports, 1); // the worker stopped at the next member: no second report
    QCOMPARE(reportedTotal, qint64(kMembers));
    QVERIFY(dialog.wasCancelled());
    QVERIFY(!dialog.succeeded());
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.progressDialog()->isVisible());
    QVERIFY2(dialog.message().contains(QStringLiteral("cancelled")), qPrintable(dialog.message()));
    QVERIFY(!QFile::exists(file));
    QVERIFY2(filesNamed(QStringLiteral("members.csv")).isEmpty(),
             qPrintable(filesNamed(QStringLiteral("members.csv")).join(u',')));
    QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("exportError"))); // not a failure

    // A file of that name from before stays as it was.
    {
        QFile f(older);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from before\n");
    }
    cancelledExport(older);
    QCOMPARE(reports, 1);
    QVERIFY(dialog.wasCancelled());
    QFile kept(older);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("from before\n"));
    QCOMPARE(filesNamed(QStringLiteral("older.csv")), QStringList{QStringLiteral("older.csv")});

    // Not cancelled, the same export runs to its end.
    disconnect(c);
    QVERIFY2(exportTo(dialog, ExportKind::Members, file), qPrintable(dialog.message()));
    QVERIFY(!dialog.wasCancelled());
    QVERIFY2(dialog.message().contains(QStringLiteral("20000 member(s)")),
             qPrintable(dialog.message()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), kMembers + 1); // the header and every member
}

void TestExportDialog::closingWhileExportingCancels()
{
    addMembers(20000);
    ExportDialog dialog(m_store->ctx());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int reports = 0;
    connect(
        dialog.worker(), &ExportWorker::progress, &dialog,
        [&] {
            if (reports++ == 0)
                dialog.reject(); // Close, or Esc, while the worker writes
        },
        Qt::BlockingQueuedConnection);
    QSignalSpy done(&dialog, &ExportDialog::exported);
    QSignalSpy closed(&dialog, &QDialog::rejected);
    const QString file = m_store->dir() + QStringLiteral("/members.csv");
    dialog.setKind(ExportKind::Members);
    dialog.setFileName(file);
    dialog.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(reports, 1);
    QVERIFY(dialog.wasCancelled());
    QTRY_COMPARE(closed.size(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!QFile::exists(file));
    QVERIFY(filesNamed(QStringLiteral("members.csv")).isEmpty());
}

namespace {

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

} // namespace

void TestExportDialog::retranslatesOnLanguageChange()
{
    ExportDialog dialog(m_store->ctx());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    QCOMPARE(kind->itemText(int(ExportKind::Members)), QStringLiteral("Members"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("«Export»"));
    QCOMPARE(kind->itemText(int(ExportKind::Members)), QStringLiteral("«Members»"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
