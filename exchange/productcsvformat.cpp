#include "productcsvformat.h"

#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ProductCsvFormat)
};

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QString escaped(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('=') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString ProductCsvFormat::optionName(int n)
{
    return QStringLiteral("option%1Name").arg(n);
}

QString ProductCsvFormat::optionValue(int n)
{
    return QStringLiteral("option%1Value").arg(n);
}

QString ProductCsvFormat::name(Format format)
{
    return format == Format::Shopify ? QStringLiteral("shopify") : QStringLiteral("native");
}

std::optional<ProductCsvFormat::Format> ProductCsvFormat::fromName(const QString &name)
{
    if (name == QLatin1String("shopify"))
        return Format::Shopify;
    if (name == QLatin1String("native"))
        return Format::Native;
    return std::nullopt;
}

std::optional<ProductCsvFormat::Format> ProductCsvFormat::guess(const QStringList &header)
{
    auto has = [&](const char *name) {
        for (const QString &h : header) {
            if (h.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (has("Variant SKU") || has("Variant Price") || has("Body (HTML)") || has("Option1 Name"))
        return Format::Shopify;
    if (has("handle") && (has("sku") || has("options") || has("price")))
        return Format::Native;
    return std::nullopt;
}

ColumnMapping ProductCsvFormat::mapping(Format format)
{
    QList<ColumnMapping::Field> fields;
    if (format == Format::Shopify) {
        fields = {
            {key(Handle), {QStringLiteral("Handle")}, true},
            {key(Title), {QStringLiteral("Title")}},
            {key(Description),
             {QStringLiteral("Body (HTML)"), QStringLiteral("Body HTML"), QStringLiteral("Body")}},
            {key(Category), {QStringLiteral("Type")}},
            {key(Status), {QStringLiteral("Status")}},
            {key(Published), {QStringLiteral("Published")}},
            {key(Tags), {QStringLiteral("Tags")}},
            {key(Sku), {QStringLiteral("Variant SKU")}},
            {key(Stock), {QStringLiteral("Variant Inventory Qty")}},
            {key(Price), {QStringLiteral("Variant Price")}},
            {key(Cost), {QStringLiteral("Cost per item")}},
            {key(Image), {QStringLiteral("Image Src")}},
            {key(ImagePosition), {QStringLiteral("Image Position")}},
            {key(VariantImage), {QStringLiteral("Variant Image")}},
        };
        for (int n = 1; n <= ShopifyOptionCount; ++n) {
            fields.append({optionName(n), {QStringLiteral("Option%1 Name").arg(n)}});
            fields.append({optionValue(n), {QStringLiteral("Option%1 Value").arg(n)}});
        }
    } else {
        fields = {
            {key(Handle), {QStringLiteral("handle")}, true},
            {key(Title), {QStringLiteral("title")}},
            {key(Description), {QStringLiteral("description")}},
            {key(Category), {QStringLiteral("category")}},
            {key(Status), {QStringLiteral("status")}},
            {key(Tags), {QStringLiteral("tags")}},
            {key(Images), {QStringLiteral("images")}},
            {key(Sku), {QStringLiteral("sku")}},
            {key(Options), {QStringLiteral("options")}},
            {key(Price), {QStringLiteral("price")}},
            {key(Cost), {QStringLiteral("cost")}},
            {key(Stock), {QStringLiteral("stock")}},
            {key(LowStock), {QStringLiteral("low_stock_threshold")}},
        };
    }
    return ColumnMapping(fields);
}

QStringList ProductCsvFormat::exportHeader(Format format)
{
    if (format == Format::Native) {
        return {QStringLiteral("handle"),
                QStringLiteral("title"),
                QStringLiteral("description"),
                QStringLiteral("category"),
                QStringLiteral("status"),
                QStringLiteral("tags"),
                QStringLiteral("images"),
                QStringLiteral("sku"),
                QStringLiteral("options"),
                QStringLiteral("price"),
                QStringLiteral("cost"),
                QStringLiteral("stock"),
                QStringLiteral("low_stock_threshold")};
    }
    QStringList h{QStringLiteral("Handle"), QStringLiteral("Title"), QStringLiteral("Body (HTML)"),
                  QStringLiteral("Type"),   QStringLiteral("Tags"),  QStringLiteral("Published")};
    for (int n = 1; n <= ShopifyOptionCount; ++n)
        h << QStringLiteral("Option%1 Name").arg(n) << QStringLiteral("Option%1 Value").arg(n);
    h << QStringLiteral("Variant SKU") << QStringLiteral("Variant Inventory Tracker")
      << QStringLiteral("Variant Inventory Qty") << QStringLiteral("Variant Inventory Policy")
      << QStringLiteral("Variant Fulfillment Service") << QStringLiteral("Variant Price")
      << QStringLiteral("Cost per item") << QStringLiteral("Image Src")
      << QStringLiteral("Image Position") << QStringLiteral("Status");
    return h;
}

QString ProductCsvFormat::encodeOptions(const QList<SkuOption> &options)
{
    QStringList pairs;
    for (const SkuOption &o : options)
        pairs << escaped(o.name) + QLatin1Char('=') + escaped(o.value);
    return pairs.join(QStringLiteral("; "));
}

Result<QList<SkuOption>> ProductCsvFormat::decodeOptions(const QString &text)
{
    QList<SkuOption> out;
    QString name, value, *current = &name;
    bool sawEquals = false;
    auto finish = [&]() -> md::Status {
        if (name.trimmed().isEmpty() && value.trimmed().isEmpty() && !sawEquals)
            return {};
        if (!sawEquals || name.trimmed().isEmpty() || value.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             Text::tr("options must be written as name=value pairs separated by "
                                      "semicolons, e.g. \"Color=Green; Size=S\""),
                             key(Options));
        out.append({name.trimmed(), value.trimmed()});
        name.clear();
        value.clear();
        current = &name;
        sawEquals = false;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            *current += text[++i];
        } else if (c == QLatin1Char('=') && !sawEquals) {
            sawEquals = true;
            current = &value;
        } else if (c == QLatin1Char(';')) {
            MD_TRY(finish());
        } else {
            *current += c;
        }
    }
    MD_TRY(finish());
    return out;
}

} // namespace md
