#include "exportcommand.h"

#include "database.h"
#include "memberexporter.h"
#include "productexporter.h"
#include "servicecontext.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ExportCommand)
};

} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Text::tr("Store folder."),
                                     QStringLiteral("dir"));
    const QCommandLineOption exportKind(QStringLiteral("export"), Text::tr("products or members."),
                                        QStringLiteral("kind"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("products: native (default) or shopify."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("File instead of stdout."),
                                    QStringLiteral("file"));
    p.addOptions({dataDir, exportKind, format, output});
    if (!p.parse(arguments)) {
        err << p.errorText() << Qt::endl;
        return 2;
    }
    const QString kind = p.value(exportKind);
    const bool products = kind == QLatin1String("products");
    if (!products && kind != QLatin1String("members")) {
        err << Text::tr("Unknown export %1: products or members.").arg(kind) << Qt::endl;
        return 2;
    }
    ProductCsvFormat::Format productFormat = ProductCsvFormat::Format::Native;
    if (p.isSet(format)) {
        auto f = products ? ProductCsvFormat::fromName(p.value(format)) : std::nullopt;
        if (!f) {
            err << (products ? Text::tr("Unknown product format %1 (shopify or native).")
                                   .arg(p.value(format))
                             : Text::tr("Members have one format; leave out --format."))
                << Qt::endl;
            return 2;
        }
        productFormat = *f;
    }
    const QString file = QDir(p.value(dataDir)).filePath(QStringLiteral("shop.db"));
    if (!p.isSet(dataDir) || !QFileInfo::exists(file)) {
        err << Text::tr("No store at %1 (give --data-dir).").arg(file) << Qt::endl;
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

    // Written to memory first, so a failure half-way leaves no truncated file behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (products) {
        auto written = ProductExporter(ctx).write(&buffer, productFormat);
        if (!written) {
            err << written.error().message << Qt::endl;
            return 1;
        }
        for (const QString &note : written->skipped)
            err << Text::tr("skipped: %1").arg(note) << Qt::endl;
        err << Text::tr("products: %1, SKUs: %2, images: %3")
                   .arg(written->products)
                   .arg(written->skus)
                   .arg(written->images)
            << Qt::endl;
    } else {
        auto written = MemberExporter(ctx).write(&buffer);
        if (!written) {
            err << written.error().message << Qt::endl;
            return 1;
        }
        err << Text::tr("members: %1").arg(*written) << Qt::endl;
    }
    if (p.isSet(output)) {
        QFile f(p.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(buffer.data()) != buffer.data().size()) {
            err << Text::tr("Cannot write %1.").arg(f.fileName()) << Qt::endl;
            return 1;
        }
        return 0;
    }
    out << QString::fromUtf8(buffer.data());
    out.flush();
    return 0;
}

} // namespace md
