#include "importrunners.h"

#include "memberimporter.h"
#include "productimporter.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ImportRunners)
};

constexpr int kMaxRejectionsShown = 200;

void writeCommon(const QString &file, const QList<RejectedRow> &rejected,
                 const QStringList &ignored, bool committed, QTextStream &out)
{
    out << Text::tr("file: %1").arg(file) << '\n';
    out << Text::tr("rows rejected: %1").arg(rejected.size()) << '\n';
    for (qsizetype i = 0; i < rejected.size() && i < kMaxRejectionsShown; ++i)
        out << "  " << rejected[i].reason << '\n';
    if (rejected.size() > kMaxRejectionsShown)
        out << "  " << Text::tr("... and %1 more").arg(rejected.size() - kMaxRejectionsShown)
            << '\n';
    if (!ignored.isEmpty())
        out << Text::tr("columns ignored: %1").arg(ignored.join(QStringLiteral(", "))) << '\n';
    // The counts below are what the file does; when it was refused, what it would have done.
    if (!committed)
        out << Text::tr("not written; without the rejected rows the file would give:") << '\n';
}

// 0 when committed; otherwise says why nothing was imported and returns 1.
int outcome(bool committed, bool cancelled, const std::optional<Error> &failure, QTextStream &out,
            QTextStream &err)
{
    if (failure) {
        err << failure->message << Qt::endl;
        out << Text::tr("nothing imported") << '\n';
    } else if (cancelled) {
        out << Text::tr("cancelled: nothing imported") << '\n';
    } else if (!committed) {
        out << Text::tr("nothing imported: the file has rejected rows (fix them, or give "
                        "--skip-bad-rows to import the rest)")
            << '\n';
    }
    out.flush();
    return committed ? 0 : 1;
}

ImportOptions optionsFor(const ImportCommand::Request &request)
{
    ImportOptions o;
    o.allOrNothing = !request.skipBadRows;
    o.cancel = request.cancel;
    o.sourceName = QFileInfo(request.file).fileName();
    return o;
}

} // namespace

int ImportRunners::products(const ImportCommand::Request &request, QTextStream &out,
                            QTextStream &err)
{
    std::optional<ProductCsvFormat::Format> format;
    if (request.parser.isSet(QStringLiteral("format"))) {
        format = ProductCsvFormat::fromName(request.parser.value(QStringLiteral("format")));
        if (!format) {
            err << Text::tr("Unknown product format %1 (shopify or native).")
                       .arg(request.parser.value(QStringLiteral("format")))
                << Qt::endl;
            return 2;
        }
    }
    auto settings = StoreSettings::load(request.context.connection());
    if (!settings) {
        err << settings.error().message << Qt::endl;
        return 1;
    }
    // A catalogue has one currency; prices are read in it rather than silently re-labelled.
    if (request.parser.isSet(QStringLiteral("currency")) &&
        request.currency != settings->currency) {
        err << Text::tr("Product prices are read in the store's currency, %1.")
                   .arg(settings->currency)
            << Qt::endl;
        return 2;
    }
    QFile f(request.file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << Text::tr("Cannot read %1.").arg(request.file) << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ProductImporter importer(request.context, &f);
    if (Status s = importer.readHeader(format); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    const ProductImportSummary s = importer.run(optionsFor(request));
    out << Text::tr("format: %1").arg(ProductCsvFormat::name(importer.format())) << '\n';
    writeCommon(request.file, s.rejected, s.ignoredColumns, s.committed, out);
    out << Text::tr("products: %1 (created %2, updated %3, unchanged %4)")
               .arg(s.products)
               .arg(s.productsCreated)
               .arg(s.productsUpdated)
               .arg(s.productsUnchanged)
        << '\n';
    out << Text::tr("SKUs: created %1, updated %2, unchanged %3")
               .arg(s.skusCreated)
               .arg(s.skusUpdated)
               .arg(s.skusUnchanged)
        << '\n';
    out << Text::tr("images: %1").arg(s.images) << '\n';
    out << Text::tr("time: %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << '\n';
    return outcome(s.committed, s.cancelled, s.failure, out, err);
}

int ImportRunners::members(const ImportCommand::Request &request, QTextStream &out,
                           QTextStream &err)
{
    QFile f(request.file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << Text::tr("Cannot read %1.").arg(request.file) << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    MemberImporter importer(request.context, &f);
    if (Status s = importer.readHeader(); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    const MemberImportSummary s = importer.run(optionsFor(request));
    writeCommon(request.file, s.rejected, s.ignoredColumns, s.committed, out);
    out << Text::tr("members: %1 (created %2, updated %3, unchanged %4)")
               .arg(s.members)
               .arg(s.created)
               .arg(s.updated)
               .arg(s.unchanged)
        << '\n';
    out << Text::tr("ledger entries: points %1, balance %2")
               .arg(s.pointsEntries)
               .arg(s.balanceEntries)
        << '\n';
    out << Text::tr("time: %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2) << '\n';
    return outcome(s.committed, s.cancelled, s.failure, out, err);
}

} // namespace md
