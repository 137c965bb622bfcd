#pragma once

#include "actor.h"
#include "importoptions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QFile;

namespace md {

class MemberImporter;
class OrderHistoryImporter;
class ProductImporter;
class ServiceContext;

enum class ImportKind { Products, Members, Orders };

// What the first page of the import wizard chose.
struct ImportSetup
{
    ImportKind kind = ImportKind::Products;
    QString fileName;
    // Products: "shopify", "native", or empty to guess from the header.
    QString format;
    // Orders: the file's currency and the zone its times are written in (empty: the store's).
    QString currency;
    QString timeZone;
    Actor actor = Actor::system();
};

// A field of the import format, and which column of the file feeds it.
struct ImportField
{
    QString key;
    QString knownHeader; // the header name the format knows it by ("Variant SKU")
    bool required = false;
    int column = -1;
};

// The file's header and its automatic mapping, or why the file cannot be read.
struct ImportOpened
{
    QString format; // products: the format taken or guessed
    QStringList header;
    QList<ImportField> fields;
    // Members need at least one of these mapped (none of them alone is required).
    QStringList anyOf;
    QString problem; // a refusal that a manual mapping may cure (a required column missing)
    QString error;   // the file cannot be imported at all
};

// The first rows as the import reads them with the current mapping. Column titles are source
// texts in the "md::ImportPreviewModel" context, so that the model can translate them again.
struct ImportPreview
{
    QList<QByteArray> columns;
    QList<qint64> lines;
    QList<QStringList> rows; // one per line; a rejected row has its reason as the last cell
    QString error;
};

// What validate() found or run() did, in a clerk's words.
struct ImportReport
{
    QList<RejectedRow> rejected;
    QStringList figures; // "Products: 3 (created 3, updated 0, unchanged 0)", ...
    bool committed = false;
    bool cancelled = false;
    QString error;
};

// The import engines of reports/ driven from the desktop: an ImportWorker lives on a worker
// thread (moveToThread), opens the file and runs every step there with that thread's own
// database connection, and answers with signals. Each request carries a number that the answer
// repeats, so the wizard can ignore the answer to a request it has superseded.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(const ServiceContext &context);
    ~ImportWorker() override;

    // Thread-safe: asks a running validate or run to stop; the run then rolls back. arm() clears
    // the request; the caller arms before it queues a validate or run, so a cancel that comes
    // before the worker starts still counts.
    void cancel() { m_cancel.store(true); }
    void arm() { m_cancel.store(false); }

public slots:
    void loadDefaults();
    void open(quint64 request, const md::ImportSetup &setup);
    void preview(quint64 request, const QHash<QString, int> &mapping, int rows);
    void validate(quint64 request, const QHash<QString, int> &mapping);
    void run(quint64 request, const QHash<QString, int> &mapping, bool allOrNothing);

signals:
    void defaultsLoaded(const QString &currency, const QString &timeZone);
    void opened(quint64 request, const md::ImportOpened &result);
    void previewed(quint64 request, const md::ImportPreview &preview);
    // done/total in products, members or invoices; total 0 while the total is unknown.
    void progress(quint64 request, qint64 done, qint64 total, const QString &stage);
    void validated(quint64 request, const md::ImportReport &report);
    void finished(quint64 request, const md::ImportReport &report);

private:
    void applyMapping(const QHash<QString, int> &mapping);
    ImportReport execute(quint64 request, const QHash<QString, int> &mapping, bool keep,
                         bool allOrNothing);
    void reportProgress(quint64 request, qint64 done, qint64 total, const QString &stage);

    const ServiceContext &m_ctx;
    ImportSetup m_setup;
    QString m_storeCurrency;
    QString m_storeTimeZone;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<ProductImporter> m_products;
    std::unique_ptr<MemberImporter> m_members;
    std::unique_ptr<OrderHistoryImporter> m_orders;
    std::atomic<bool> m_cancel{false};
    qint64 m_lastProgressMs = 0;
};

} // namespace md

Q_DECLARE_METATYPE(md::ImportSetup)
Q_DECLARE_METATYPE(md::ImportOpened)
Q_DECLARE_METATYPE(md::ImportPreview)
Q_DECLARE_METATYPE(md::ImportReport)
