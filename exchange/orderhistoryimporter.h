#pragma once

#include "columnmapping.h"
#include "orderhistoryrow.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace md {

class InvoiceCollector;
class ServiceContext;

struct ImportRejection
{
    qint64 line = 0;
    QString reason;
};

struct OrderImportProgress
{
    enum class Phase { Reading, Writing };
    Phase phase = Phase::Reading;
    qint64 done = 0; // Reading: bytes of the file (compressed bytes for .gz); Writing: invoices
    qint64 total = 0;
};

struct OrderImportOptions
{
    QString currency = QStringLiteral("GBP");
    QString timeZone = QStringLiteral("Europe/London"); // the zone InvoiceDate is written in
    bool skipBadRows = false; // import the good rows of a file with rejected ones
    std::function<void(const OrderImportProgress &)> progress;
    const std::atomic_bool *cancel = nullptr; // set from any thread; the run rolls back
};

struct OrderImportSummary
{
    qint64 rowsRead = 0;
    QList<ImportRejection> rejected;
    QMap<OrderHistoryRow::Skip, qint64> skipped; // rows left out on purpose, by reason
    qint64 pricesRounded = 0;
    qint64 invoices = 0;       // sale and cancellation invoices with at least one kept row
    qint64 alreadyPresent = 0; // invoices whose number the store already has (not written again)
    // Filled by run() when it wrote:
    bool imported = false;
    qint64 orders = 0;
    qint64 guestOrders = 0;
    qint64 refunds = 0;
    qint64 orderLines = 0;
    qint64 customersCreated = 0;
    qint64 skusCreated = 0;
    qint64 elapsedMs = 0;
};

// One row of the preview: the parsed row, or why it would be rejected.
struct OrderImportPreviewRow
{
    qint64 line = 0;
    QStringList fields;
    std::optional<OrderHistoryRow> row;
    QString rejection;
};

// Imports past orders from an order-line CSV in the shape of the UCI Online Retail data (plain
// or .gz), as docs/import.md "Historical orders" describes: invoices become completed orders,
// C-invoices standalone return orders fully refunded, unknown SKUs and customers are created,
// rows without a CustomerID make guest orders, and every odd kind of row has a stated treatment.
//
// open() reads the header and maps the columns (mapping() may then be changed); preview() parses
// the first rows; validate() reads the whole file and lists what would be rejected, writing
// nothing; run() does the same and, unless a row was rejected (or skipBadRows is set), writes
// everything in one write transaction through HistoryWriter, so a failure, a rejection or a
// cancel leaves the store as it was. The store's currency and time zone become the import's
// when it has no orders yet; a different currency is refused otherwise.
class OrderHistoryImporter
{
public:
    OrderHistoryImporter(const ServiceContext &context, const QString &fileName);
    ~OrderHistoryImporter();

    Status open();
    const QStringList &header() const { return m_header; }
    ColumnMapping &mapping() { return m_mapping; }

    Result<QList<OrderImportPreviewRow>> preview(int rows, const OrderImportOptions &options);
    Result<OrderImportSummary> validate(const OrderImportOptions &options);
    Result<OrderImportSummary> run(const OrderImportOptions &options);

private:
    Status read(const OrderImportOptions &options, OrderImportSummary &summary,
                InvoiceCollector &collector, int previewRows,
                QList<OrderImportPreviewRow> *preview);
    Status write(const OrderImportOptions &options, InvoiceCollector &collector,
                 OrderImportSummary &summary);

    const ServiceContext &m_ctx;
    QString m_fileName;
    QStringList m_header;
    ColumnMapping m_mapping;
};

} // namespace md
