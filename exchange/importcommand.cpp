#include "importcommand.h"

#include "database.h"
#include "importrunners.h"
#include "orderhistoryimporter.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ImportCommand)
};

constexpr int kMaxRejectionsShown = 200;

std::atomic_bool g_cancel{false};

extern "C" void cancelOnSignal(int)
{
    g_cancel.store(true);
}

void writeRejections(const QList<ImportRejection> &rejected, QTextStream &out)
{
    out << Text::tr("rows rejected: %1").arg(rejected.size()) << '\n';
    for (qsizetype i = 0; i < rejected.size() && i < kMaxRejectionsShown; ++i)
        out << "  " << rejected[i].reason << '\n';
    if (rejected.size() > kMaxRejectionsShown)
        out << "  " << Text::tr("... and %1 more").arg(rejected.size() - kMaxRejectionsShown)
            << '\n';
}

int importOrders(const ImportCommand::Request &request, QTextStream &out, QTextStream &err)
{
    OrderHistoryImporter importer(request.context, request.file);
    if (Status s = importer.open(); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    OrderImportOptions options;
    options.currency = request.currency;
    options.timeZone = request.timeZone;
    options.skipBadRows = request.skipBadRows;
    options.cancel = request.cancel;
    auto result = importer.run(options);
    if (!result) {
        err << result.error().message << Qt::endl;
        return 1;
    }
    const OrderImportSummary &s = *result;
    out << Text::tr("file: %1").arg(request.file) << '\n';
    out << Text::tr("rows read: %1").arg(s.rowsRead) << '\n';
    writeRejections(s.rejected, out);
    qint64 skipped = 0;
    for (qint64 n : s.skipped)
        skipped += n;
    out << Text::tr("rows skipped on purpose: %1").arg(skipped) << '\n';
    for (auto it = s.skipped.cbegin(); it != s.skipped.cend(); ++it)
        out << "  " << orderHistorySkipName(it.key()) << ": " << it.value() << '\n';
    out << Text::tr("prices rounded to the minor unit (half even): %1").arg(s.pricesRounded)
        << '\n';
    if (!s.imported) {
        out << Text::tr("nothing imported: the file has rejected rows (fix them, or give "
                        "--skip-bad-rows to import the rest)")
            << '\n';
        out.flush();
        return 1;
    }
    out << Text::tr("orders: %1 (guest orders: %2)").arg(s.orders).arg(s.guestOrders) << '\n';
    out << Text::tr("refunds (return orders): %1").arg(s.refunds) << '\n';
    out << Text::tr("order lines: %1").arg(s.orderLines) << '\n';
    out << Text::tr("customers created: %1").arg(s.customersCreated) << '\n';
    out << Text::tr("SKUs created: %1").arg(s.skusCreated) << '\n';
    out << Text::tr("invoices already in the store (left out): %1").arg(s.alreadyPresent) << '\n';
    out << Text::tr("time: %1 s").arg(double(s.elapsedMs) / 1000.0, 0, 'f', 2) << '\n';
    out.flush();
    return 0;
}

} // namespace

const QList<ImportCommand::Kind> &ImportCommand::kinds()
{
    static const QList<Kind> table = {
        // [import kinds] one line per kind: name, description, runner.
        {QStringLiteral("orders"),
         Text::tr("historical order lines, Online Retail shape (CSV or .csv.gz)"), &importOrders},
        {QStringLiteral("products"),
         Text::tr("products, Shopify's product CSV or the native one (--format shopify|native)"),
         &ImportRunners::products},
        {QStringLiteral("members"), Text::tr("members (the member CSV of --export members)"),
         &ImportRunners::members},
    };
    return table;
}

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Text::tr("Store folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption import(QStringLiteral("import"), Text::tr("What to import, or list."),
                                    QStringLiteral("kind"));
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      Text::tr("Currency of the file's amounts (ISO 4217)."),
                                      QStringLiteral("code"));
    const QCommandLineOption timeZone(QStringLiteral("timezone"),
                                      Text::tr("Time zone the file's times are written in."),
                                      QStringLiteral("zone"));
    const QCommandLineOption skipBad(
        QStringLiteral("skip-bad-rows"),
        Text::tr("Import the good rows of a file with rejected ones."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("products: shopify or native (guessed from the header)."),
        QStringLiteral("format"));
    p.addOptions({dataDir, import, currency, timeZone, skipBad, format});
    p.addPositionalArgument(QStringLiteral("file"), Text::tr("The file to import."));
    if (!p.parse(arguments)) {
        err << p.errorText() << Qt::endl;
        return 2;
    }
    const QString name = p.value(import);
    if (name == QLatin1String("list")) {
        for (const Kind &k : kinds())
            out << k.name << '\t' << k.description << Qt::endl;
        return 0;
    }
    const Kind *kind = nullptr;
    for (const Kind &k : kinds()) {
        if (k.name == name)
            kind = &k;
    }
    if (!kind) {
        err << Text::tr("Unknown import kind %1; --import list shows them.").arg(name) << Qt::endl;
        return 2;
    }
    if (!p.isSet(dataDir) || p.positionalArguments().size() != 1) {
        err << Text::tr(
                   "Usage: --data-dir DIR --import %1 FILE [--currency CODE] [--timezone ZONE] "
                   "[--skip-bad-rows]")
                   .arg(name)
            << Qt::endl;
        return 2;
    }
    const QString file = p.positionalArguments().constFirst();
    if (!QFileInfo(file).isFile()) {
        err << Text::tr("No file %1.").arg(file) << Qt::endl;
        return 2;
    }
    // Importing is how a new store gets its history, so the folder and store are created.
    if (!QDir().mkpath(p.value(dataDir))) {
        err << Text::tr("Cannot create %1.").arg(p.value(dataDir)) << Qt::endl;
        return 1;
    }
    DatabaseOptions options;
    options.path = QDir(p.value(dataDir)).filePath(QStringLiteral("shop.db"));
    Database db(options);
    if (Status s = db.open(); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    ServiceContext ctx(db);
    auto settings = StoreSettings::load(db.connection());
    if (!settings) {
        err << settings.error().message << Qt::endl;
        return 1;
    }
    const Request request{ctx,
                          p,
                          file,
                          p.isSet(currency) ? p.value(currency).toUpper() : settings->currency,
                          p.isSet(timeZone) ? p.value(timeZone) : settings->timeZone,
                          p.isSet(skipBad),
                          &g_cancel};
    g_cancel.store(false);
    const auto previousInt = std::signal(SIGINT, cancelOnSignal);
    const auto previousTerm = std::signal(SIGTERM, cancelOnSignal);
    const int code = kind->run(request, out, err);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return code;
}

} // namespace md
