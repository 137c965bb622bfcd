#include "importworker.h"

#include "memberimporter.h"
#include "money.h"
#include "orderhistoryimporter.h"
#include "productimporter.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace md {

namespace {

// Column titles of the preview, translated by the model (see ImportPreview).
const char *const kLine = QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Line");
const char *const kProblem = QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Problem");

QList<ImportField> fieldsOf(const ColumnMapping &mapping)
{
    QList<ImportField> out;
    for (const ColumnMapping::Field &f : mapping.fields())
        out.append({f.key, f.knownHeaders.value(0), f.required, mapping.column(f.key)});
    return out;
}

QString formatMoney(qint64 minor, const QString &currency)
{
    return Money(minor, currency).format(QLocale());
}

QString optionalNumber(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QString();
}

// Preview rows sorted by line, the rejected ones among them with their reason last.
void addRejected(ImportPreview &p, const QList<RejectedRow> &rejected)
{
    for (const RejectedRow &r : rejected) {
        QStringList row(p.columns.size() - 2);
        row.append(r.reason);
        p.lines.append(r.line);
        p.rows.append(row);
    }
    QList<int> order(p.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return p.lines[a] < p.lines[b]; });
    QList<qint64> lines;
    QList<QStringList> rows;
    for (int i : order) {
        lines.append(p.lines[i]);
        rows.append(p.rows[i]);
    }
    p.lines = lines;
    p.rows = rows;
}

} // namespace

ImportWorker::ImportWorker(const ServiceContext &context)
    : m_ctx(context)
{}

ImportWorker::~ImportWorker() = default;

void ImportWorker::loadDefaults()
{
    auto settings = StoreSettings::load(m_ctx.connection());
    if (settings) {
        m_storeCurrency = settings->currency;
        m_storeTimeZone = settings->timeZone;
    }
    emit defaultsLoaded(m_storeCurrency, m_storeTimeZone);
}

void ImportWorker::open(quint64 request, const ImportSetup &setup)
{
    m_products.reset();
    m_members.reset();
    m_orders.reset();
    m_file.reset();
    m_setup = setup;
    if (m_storeCurrency.isEmpty()) {
        auto settings = StoreSettings::load(m_ctx.connection());
        if (settings) {
            m_storeCurrency = settings->currency;
            m_storeTimeZone = settings->timeZone;
        }
    }
    if (m_setup.currency.isEmpty())
        m_setup.currency = m_storeCurrency;
    if (m_setup.timeZone.isEmpty())
        m_setup.timeZone = m_storeTimeZone;

    ImportOpened result;
    if (!QFileInfo(setup.fileName).isFile()) {
        result.error = tr("There is no file %1.").arg(setup.fileName);
        emit opened(request, result);
        return;
    }
    Status header;
    if (setup.kind == ImportKind::Orders) {
        m_orders = std::make_unique<OrderHistoryImporter>(m_ctx, setup.fileName);
        header = m_orders->open();
        result.header = m_orders->header();
        result.fields = fieldsOf(m_orders->mapping());
    } else {
        m_file = std::make_unique<QFile>(setup.fileName);
        if (!m_file->open(QIODevice::ReadOnly)) {
            result.error =
                tr("The file %1 cannot be read: %2").arg(setup.fileName, m_file->errorString());
            emit opened(request, result);
            return;
        }
        if (setup.kind == ImportKind::Products) {
            m_products = std::make_unique<ProductImporter>(m_ctx, m_file.get());
            header = m_products->readHeader(
                setup.format.isEmpty() ? std::nullopt : ProductCsvFormat::fromName(setup.format));
            result.format = ProductCsvFormat::name(m_products->format());
            result.header = m_products->header();
            result.fields = fieldsOf(m_products->mapping());
        } else {
            m_members = std::make_unique<MemberImporter>(m_ctx, m_file.get());
            header = m_members->readHeader();
            result.header = m_members->header();
            result.fields = fieldsOf(m_members->mapping());
            result.anyOf = {QString::fromLatin1(MemberCsvFormat::Email),
                            QString::fromLatin1(MemberCsvFormat::Phone),
                            QString::fromLatin1(MemberCsvFormat::ExternalRef)};
        }
    }
    if (!header) {
        // Without a header there is nothing to map; with one, a missing column can be mapped.
        if (result.header.isEmpty())
            result.error = header.error().message;
        else
            result.problem = header.error().message;
    }
    emit opened(request, result);
}

void ImportWorker::applyMapping(const QHash<QString, int> &mapping)
{
    ColumnMapping *m = m_products  ? &m_products->mapping()
                       : m_members ? &m_members->mapping()
                       : m_orders  ? &m_orders->mapping()
                                   : nullptr;
    if (!m)
        return;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        m->map(it.key(), it.value());
}

void ImportWorker::preview(quint64 request, const QHash<QString, int> &mapping, int rows)
{
    applyMapping(mapping);
    ImportPreview p;
    p.columns.append(kLine);
    const QString currency = m_setup.currency;
    if (m_products) {
        p.columns << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Handle")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Title")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Category")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "SKU")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Options")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Price")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Stock") << kProblem;
        auto parsed = m_products->preview(rows);
        if (!parsed) {
            p.error = parsed.error().message;
        } else {
            for (const ImportedProduct &product : parsed->products) {
                for (const ImportedSku &sku : product.skus) {
                    p.lines.append(sku.line);
                    p.rows.append({product.handle, product.title, product.category, sku.code,
                                   skuOptionsLabel(sku.options),
                                   formatMoney(sku.price, m_storeCurrency),
                                   optionalNumber(sku.stock), QString()});
                }
            }
            addRejected(p, parsed->rejected);
        }
    } else if (m_members) {
        p.columns << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "E-mail")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Phone")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Name")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Reference")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Tier")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Points")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Balance") << kProblem;
        auto parsed = m_members->preview(rows);
        if (!parsed) {
            p.error = parsed.error().message;
        } else {
            for (const ImportedMember &m : parsed->members) {
                p.lines.append(m.line);
                p.rows.append(
                    {m.email, m.phone, m.displayName, m.externalRef,
                     m.tier ? memberTierName(*m.tier) : QString(), optionalNumber(m.points),
                     m.balance ? formatMoney(*m.balance, m_storeCurrency) : QString(), QString()});
            }
            addRejected(p, parsed->rejected);
        }
    } else if (m_orders) {
        p.columns << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Invoice")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Stock code")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Description")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Quantity")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Unit price")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Time (UTC)")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Customer")
                  << QT_TRANSLATE_NOOP("md::ImportPreviewModel", "Treatment") << kProblem;
        OrderImportOptions options;
        options.currency = currency;
        options.timeZone = m_setup.timeZone;
        auto parsed = m_orders->preview(rows, options);
        if (!parsed) {
            p.error = parsed.error().message;
        } else {
            for (const OrderImportPreviewRow &r : *parsed) {
                p.lines.append(r.line);
                if (!r.row) {
                    QStringList row(p.columns.size() - 2);
                    row.append(r.rejection);
                    p.rows.append(row);
                    continue;
                }
                const OrderHistoryRow &o = *r.row;
                const QString treatment = o.treatment == OrderHistoryRow::Treatment::Skipped
                                              ? orderHistorySkipName(o.skip)
                                              : orderHistoryTreatmentName(o.treatment);
                p.rows.append({o.invoice, o.stockCode, o.description, QString::number(o.quantity),
                               formatMoney(o.unitPrice, currency),
                               QDateTime::fromMSecsSinceEpoch(o.at, QTimeZone::utc())
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               o.customerRef, treatment, r.rejection});
            }
        }
    } else {
        p.error = tr("No file is open.");
    }
    emit previewed(request, p);
}

void ImportWorker::validate(quint64 request, const QHash<QString, int> &mapping)
{
    emit validated(request, execute(request, mapping, false, true));
}

void ImportWorker::run(quint64 request, const QHash<QString, int> &mapping, bool allOrNothing)
{
    emit finished(request, execute(request, mapping, true, allOrNothing));
}

void ImportWorker::reportProgress(quint64 request, qint64 done, qint64 total, const QString &stage)
{
    // A signal per product of a large file would flood the GUI thread: at most every 50 ms,
    // besides the first and the last.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastProgressMs != 0 && done != total && now - m_lastProgressMs < 50)
        return;
    m_lastProgressMs = now;
    emit progress(request, done, total, stage);
}

ImportReport ImportWorker::execute(quint64 request, const QHash<QString, int> &mapping, bool keep,
                                   bool allOrNothing)
{
    applyMapping(mapping);
    m_lastProgressMs = 0;
    ImportReport report;
    if (m_products || m_members) {
        ImportOptions options;
        options.actor = m_setup.actor;
        options.allOrNothing = allOrNothing;
        options.cancel = &m_cancel;
        options.sourceName = QFileInfo(m_setup.fileName).fileName();
        const QString stage = keep ? tr("Importing") : tr("Checking");
        options.progress = [this, request, stage](qint64 done, qint64 total) {
            reportProgress(request, done, total, stage);
        };
        if (m_products) {
            const ProductImportSummary s =
                keep ? m_products->run(options) : m_products->validate(options);
            report.rejected = s.rejected;
            report.committed = s.committed;
            report.cancelled = s.cancelled;
            if (s.failure)
                report.error = s.failure->message;
            report.figures << tr("Products: %1 (new %2, changed %3, unchanged %4)")
                                  .arg(s.products)
                                  .arg(s.productsCreated)
                                  .arg(s.productsUpdated)
                                  .arg(s.productsUnchanged)
                           << tr("SKUs: new %1, changed %2, unchanged %3")
                                  .arg(s.skusCreated)
                                  .arg(s.skusUpdated)
                                  .arg(s.skusUnchanged)
                           << tr("Images: %1").arg(s.images);
            if (!s.ignoredColumns.isEmpty())
                report.figures << tr("Columns not imported: %1")
                                      .arg(s.ignoredColumns.join(QStringLiteral(", ")));
        } else {
            const MemberImportSummary s =
                keep ? m_members->run(options) : m_members->validate(options);
            report.rejected = s.rejected;
            report.committed = s.committed;
            report.cancelled = s.cancelled;
            if (s.failure)
                report.error = s.failure->message;
            report.figures << tr("Members: %1 (new %2, changed %3, unchanged %4)")
                                  .arg(s.members)
                                  .arg(s.created)
                                  .arg(s.updated)
                                  .arg(s.unchanged)
                           << tr("Points entries: %1, store balance entries: %2")
                                  .arg(s.pointsEntries)
                                  .arg(s.balanceEntries);
            if (!s.ignoredColumns.isEmpty())
                report.figures << tr("Columns not imported: %1")
                                      .arg(s.ignoredColumns.join(QStringLiteral(", ")));
        }
        if (!keep)
            report.committed = false;
        return report;
    }
    if (!m_orders) {
        report.error = tr("No file is open.");
        return report;
    }
    OrderImportOptions options;
    options.currency = m_setup.currency;
    options.timeZone = m_setup.timeZone;
    options.skipBadRows = !allOrNothing;
    options.cancel = &m_cancel;
    options.progress = [this, request](const OrderImportProgress &p) {
        reportProgress(request, p.done, p.total,
                       p.phase == OrderImportProgress::Phase::Reading ? tr("Reading the file")
                                                                      : tr("Writing orders"));
    };
    auto result = keep ? m_orders->run(options) : m_orders->validate(options);
    if (!result) {
        report.cancelled = result.error().details.value(QStringLiteral("cancelled")).toBool();
        if (!report.cancelled)
            report.error = result.error().message;
        return report;
    }
    const OrderImportSummary &s = *result;
    for (const md::ImportRejection &r : s.rejected)
        report.rejected.append({r.line, r.reason});
    report.committed = keep && s.imported;
    qint64 skipped = 0;
    for (qint64 n : s.skipped)
        skipped += n;
    report.figures
        << tr("Rows read: %1").arg(s.rowsRead) << tr("Rows left out on purpose: %1").arg(skipped)
        << tr("Invoices: %1 (already in the store: %2)").arg(s.invoices).arg(s.alreadyPresent);
    if (report.committed) {
        report.figures << tr("Orders: %1 (guest orders: %2), return orders: %3")
                              .arg(s.orders)
                              .arg(s.guestOrders)
                              .arg(s.refunds)
                       << tr("Order lines: %1").arg(s.orderLines)
                       << tr("Customers created: %1, SKUs created: %2")
                              .arg(s.customersCreated)
                              .arg(s.skusCreated);
    }
    return report;
}

} // namespace md
