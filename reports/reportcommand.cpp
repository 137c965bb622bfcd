#include "reportcommand.h"

#include "database.h"
#include "reportcsv.h"
#include "reportpdf.h"
#include "reportregistry.h"
#include "servicecontext.h"
#include "storesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ReportCommand)
};

} // namespace

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Text::tr("Store folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption report(QStringLiteral("report"), Text::tr("Report name, or list."),
                                    QStringLiteral("name"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day (YYYY-MM-DD)."),
                                  QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day (YYYY-MM-DD)."),
                                QStringLiteral("date"));
    const QCommandLineOption by(QStringLiteral("by"), Text::tr("day, week or month."),
                                QStringLiteral("bucket"), QStringLiteral("month"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     Text::tr("Add the previous period's totals."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("csv or pdf (pdf needs --output)."),
                                    QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("File instead of stdout."),
                                    QStringLiteral("file"));
    p.addOptions({dataDir, report, from, to, by, compare, format, output});
    if (!p.parse(arguments)) {
        err << p.errorText() << Qt::endl;
        return 2;
    }
    const ReportRegistry &registry = ReportRegistry::standard();
    const QString name = p.value(report);
    if (name == QLatin1String("list")) {
        for (const auto &r : registry.reports())
            out << r->name() << '\t' << r->title() << Qt::endl;
        return 0;
    }
    const Report *chosen = registry.find(name);
    if (!chosen) {
        err << Text::tr("Unknown report %1; --report list shows them.").arg(name) << Qt::endl;
        return 2;
    }
    const bool pdf = p.value(format) == QLatin1String("pdf");
    if (!pdf && p.value(format) != QLatin1String("csv")) {
        err << Text::tr("Unsupported format %1: csv or pdf.").arg(p.value(format)) << Qt::endl;
        return 2;
    }
    // A PDF is binary: never onto a terminal's text stream.
    if (pdf && !p.isSet(output)) {
        err << Text::tr("--format pdf needs --output FILE.") << Qt::endl;
        return 2;
    }
    const QString file = QDir(p.value(dataDir)).filePath(QStringLiteral("shop.db"));
    // Refuse rather than let Database::open create an empty store in a mistyped folder.
    if (!p.isSet(dataDir) || !QFileInfo::exists(file)) {
        err << Text::tr("No store at %1 (give --data-dir).").arg(file) << Qt::endl;
        return 2;
    }
    auto bucket = ReportRequest::parseBucket(p.value(by));
    if (!bucket) {
        err << bucket.error().message << Qt::endl;
        return 2;
    }
    DatabaseOptions options;
    options.path = file;
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
    ReportRequest req;
    req.from = QDate::fromString(p.value(from), Qt::ISODate);
    req.to = QDate::fromString(p.value(to), Qt::ISODate);
    req.bucket = bucket.value();
    req.comparePrevious = p.isSet(compare);
    req.timeZone = settings->timeZone;
    auto result = chosen->compute(ctx, req);
    if (!result) {
        err << result.error().message << Qt::endl;
        return 2;
    }
    if (p.isSet(output)) {
        // Written beside the target and renamed over it only when complete: a failed or refused
        // write leaves the old file, or none, never half a report.
        QSaveFile f(p.value(output));
        if (!f.open(QIODevice::WriteOnly)) {
            err << Text::tr("Cannot write %1.").arg(f.fileName()) << Qt::endl;
            return 1;
        }
        if (pdf) {
            if (Status s = ReportPdf::write(result.value(), &f); !s) {
                err << s.error().message << Qt::endl;
                return 1;
            }
        } else {
            ReportCsv::write(result.value(), &f);
        }
        if (!f.commit()) {
            err << Text::tr("Cannot write %1.").arg(f.fileName()) << Qt::endl;
            return 1;
        }
        return 0;
    }
    out << QString::fromUtf8(ReportCsv::toCsv(result.value()));
    out.flush();
    return 0;
}

} // namespace md
