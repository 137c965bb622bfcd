#include "exportdialog.h"
#include "productimporter.h"
#include "teststore.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace md;

// The export dialog against a real store, its worker on its own thread: the products and the
// members written to the chosen file (which re-imports), and a file that cannot be created
// named in the message with nothing written.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_store = std::make_unique<TestStore>(); }
    void cleanup() { m_store.reset(); }
    void exportsProductsThatReimport();
    void exportsMembers();
    void unwritableFileIsExplained();
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
