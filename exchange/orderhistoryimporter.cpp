#include "orderhistoryimporter.h"

#include "auditlog.h"
#include "csvreader.h"
#include "gzipdevice.h"
#include "invoicecollector.h"
#include "invoicewriter.h"
#include "servicecontext.h"
#include "settingsrepository.h"
#include "sqlquery.h"
#include "storesettings.h"
#include "validation.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

namespace md {

namespace {

constexpr qint64 kCheckEvery = 4096; // rows between progress reports and cancel checks

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::OrderHistoryImporter)
};

Error cancelled()
{
    Error e = makeError(ErrorCode::InvalidArgument,
                        Text::tr("The import was cancelled; nothing was imported."));
    e.details.insert(QStringLiteral("cancelled"), true);
    return e;
}

bool isCancelled(const OrderImportOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// The file as a device: inflated on the fly when it is gzip.
struct Source
{
    std::unique_ptr<QFile> file;
    std::unique_ptr<GzipDevice> gzip;

    QIODevice *device() const { return gzip ? static_cast<QIODevice *>(gzip.get()) : file.get(); }
    qint64 position() const { return gzip ? gzip->compressedPosition() : file->pos(); }
    qint64 size() const { return gzip ? gzip->compressedSize() : file->size(); }
    bool failed() const { return gzip && gzip->failed(); }

    Status open(const QString &name)
    {
        QIODevice *d;
        if (GzipDevice::isGzipName(name)) {
            gzip = std::make_unique<GzipDevice>(name);
            d = gzip.get();
        } else {
            file = std::make_unique<QFile>(name);
            d = file.get();
        }
        if (!d->open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound,
                             Text::tr("Cannot read %1: %2").arg(name, d->errorString()));
        return {};
    }
};

} // namespace

OrderHistoryImporter::OrderHistoryImporter(const ServiceContext &context, const QString &fileName)
    : m_ctx(context)
    , m_fileName(fileName)
    , m_mapping(OrderHistoryRowParser::fields())
{}

OrderHistoryImporter::~OrderHistoryImporter() = default;

Status OrderHistoryImporter::open()
{
    Source source;
    MD_TRY(source.open(m_fileName));
    CsvReader reader(source.device());
    CsvRecord header;
    if (reader.next(header) != CsvReader::Status::Record)
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("%1 has no header line.").arg(m_fileName));
    m_header = header.fields;
    m_mapping.autoMap(m_header);
    return {};
}

Status OrderHistoryImporter::read(const OrderImportOptions &options, OrderImportSummary &summary,
                                  InvoiceCollector &collector, int previewRows,
                                  QList<OrderImportPreviewRow> *preview)
{
    if (m_header.isEmpty())
        MD_TRY(open());
    if (const QStringList missing = m_mapping.missingRequired(); !missing.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("No column for %1 (the header has %2).")
                .arg(missing.join(QStringLiteral(", ")), m_header.join(QStringLiteral(", "))));
    if (!QTimeZone(options.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("Unknown time zone %1 (an IANA name such as Europe/London).")
                             .arg(options.timeZone));
    if (options.currency.size() != 3 || options.currency.toUpper() != options.currency)
        return makeError(
            ErrorCode::InvalidArgument,
            Text::tr("Currency %1 is not an ISO 4217 code such as GBP.").arg(options.currency));
    Source source;
    MD_TRY(source.open(m_fileName));
    CsvReader reader(source.device());
    CsvRecord record;
    (void)reader.next(record); // the header, read by open()
    reader.setExpectedColumns(int(m_header.size()));
    OrderHistoryRowParser parser(m_mapping, options.currency, options.timeZone);

    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        ++summary.rowsRead;
        if (summary.rowsRead % kCheckEvery == 0) {
            if (isCancelled(options))
                return cancelled();
            if (options.progress)
                options.progress(
                    {OrderImportProgress::Phase::Reading, source.position(), source.size()});
        }
        if (status == CsvReader::Status::Error) {
            summary.rejected.append({reader.errorLine(), reader.errorString()});
            if (preview)
                preview->append({reader.errorLine(), {}, std::nullopt, reader.errorString()});
        } else {
            auto row = parser.parse(record);
            QString rejection;
            if (!row) {
                rejection = row.error().message;
            } else if (Status added = collector.add(*row); !added) {
                rejection = added.error().message;
            } else {
                if (row->treatment == OrderHistoryRow::Treatment::Skipped)
                    ++summary.skipped[row->skip];
                if (row->priceRounded)
                    ++summary.pricesRounded;
            }
            if (!rejection.isEmpty()) {
                rejection = Text::tr("line %1: %2").arg(record.line).arg(rejection);
                summary.rejected.append({record.line, rejection});
            }
            if (preview)
                preview->append({record.line, record.fields,
                                 row ? std::optional<OrderHistoryRow>(*row) : std::nullopt,
                                 rejection});
        }
        if (preview && preview->size() >= previewRows)
            return {};
    }
    if (source.failed())
        return makeError(ErrorCode::InvalidArgument,
                         Text::tr("%1: %2").arg(m_fileName, source.device()->errorString()));
    if (options.progress)
        options.progress({OrderImportProgress::Phase::Reading, source.size(), source.size()});
    summary.invoices = collector.invoices().size();
    return {};
}

Result<QList<OrderImportPreviewRow>>
OrderHistoryImporter::preview(int rows, const OrderImportOptions &options)
{
    OrderImportSummary summary;
    InvoiceCollector collector;
    QList<OrderImportPreviewRow> out;
    if (rows <= 0)
        return out;
    MD_TRY(read(options, summary, collector, rows, &out));
    return out;
}

Result<OrderImportSummary> OrderHistoryImporter::validate(const OrderImportOptions &options)
{
    OrderImportSummary summary;
    InvoiceCollector collector;
    MD_TRY(read(options, summary, collector, 0, nullptr));
    return summary;
}

Result<OrderImportSummary> OrderHistoryImporter::run(const OrderImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    OrderImportSummary summary;
    InvoiceCollector collector;
    MD_TRY(read(options, summary, collector, 0, nullptr));
    if (summary.rejected.isEmpty() || options.skipBadRows) {
        collector.sortByTime();
        MD_TRY(write(options, collector, summary));
    }
    summary.elapsedMs = timer.elapsed();
    return summary;
}

Status OrderHistoryImporter::write(const OrderImportOptions &options, InvoiceCollector &collector,
                                   OrderImportSummary &summary)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM orders"));
    auto orders = count.scalar();
    MD_TRY(orders);
    if (*orders == 0) {
        // A new store takes the currency and zone of its history.
        StoreSettings wanted = *settings;
        MD_TRY(wanted.applyMap({{QStringLiteral("currency"), options.currency},
                                {QStringLiteral("time_zone"), options.timeZone}}));
        SettingsRepository repo(db);
        if (wanted.currency != settings->currency)
            MD_TRY(repo.put(QStringLiteral("currency"), wanted.currency, m_ctx.now()));
        if (wanted.timeZone != settings->timeZone)
            MD_TRY(repo.put(QStringLiteral("time_zone"), wanted.timeZone, m_ctx.now()));
        *settings = wanted;
    } else if (settings->currency != options.currency) {
        return makeError(
            ErrorCode::CurrencyMismatch,
            Text::tr("The store keeps its money in %1 and already has orders; a file in %2 "
                     "cannot be imported into it.")
                .arg(settings->currency, options.currency));
    }

    InvoiceWriter writer(db, *settings, m_ctx.now());
    const auto &invoices = collector.invoices();
    MD_TRY(writer.prepare(collector, invoices.size() > 5000));
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        if (i % 256 == 0) {
            if (isCancelled(options))
                return cancelled(); // tx rolls back, the deferred indexes with it
            if (options.progress)
                options.progress({OrderImportProgress::Phase::Writing, i, invoices.size()});
        }
        MD_TRY(writer.write(invoices[i]));
    }
    MD_TRY(writer.finish());
    if (isCancelled(options))
        return cancelled();
    const InvoiceWriter::Counts &c = writer.counts();
    const QJsonObject after{{QStringLiteral("file"), QFileInfo(m_fileName).fileName()},
                            {QStringLiteral("rows"), summary.rowsRead},
                            {QStringLiteral("rejected"), summary.rejected.size()},
                            {QStringLiteral("orders"), c.orders},
                            {QStringLiteral("refunds"), c.refunds},
                            {QStringLiteral("customers_created"), c.customersCreated},
                            {QStringLiteral("skus_created"), c.skusCreated}};
    MD_TRY(AuditLog::record(db, Actor::system(), QStringLiteral("orders.import"),
                            QStringLiteral("import"), 0, {}, after, m_ctx.now()));
    MD_TRY(tx.commit());
    if (options.progress)
        options.progress({OrderImportProgress::Phase::Writing, invoices.size(), invoices.size()});
    summary.imported = true;
    summary.orders = c.orders;
    summary.guestOrders = c.guestOrders;
    summary.refunds = c.refunds;
    summary.orderLines = c.orderLines;
    summary.customersCreated = c.customersCreated;
    summary.skusCreated = c.skusCreated;
    summary.alreadyPresent = c.alreadyPresent;
    return {};
}

} // namespace md
