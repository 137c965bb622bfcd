#include "productcsvparser.h"

#include "csvreader.h"
#include "money.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <climits>

namespace md {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(md::ProductCsvParser)
};

using F = ProductCsvFormat;

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

struct PositionedImage
{
    int position; // INT_MAX when the row gives none: after the numbered ones
    int sequence;
    QString url;
};

// What is gathered per product while its rows are read.
struct Gathering
{
    ImportedProduct product;
    QStringList optionNames; // Shopify: from the product's first row
    QList<PositionedImage> images;
};

class Parse
{
public:
    Parse(F::Format format, const ColumnMapping &mapping, const QString &currency)
        : m_format(format)
        , m_mapping(mapping)
        , m_currency(currency)
    {}

    // false when the row starts a product past the limit.
    bool row(const CsvRecord &record, int maxProducts);
    void rejectUnreadable(qint64 line, const QString &reason) { m_rejected.append({line, reason}); }
    ParsedProducts finish();

private:
    QString field(const CsvRecord &r, const char *k) const
    {
        return m_mapping.value(r.fields, key(k)).trimmed();
    }
    void reject(Gathering &g, qint64 line, const QString &reason)
    {
        g.product.rejected = true;
        m_rejected.append({line, reason});
    }
    std::optional<ProductStatus> status(Gathering &g, const CsvRecord &r);
    void productFields(Gathering &g, const CsvRecord &r);
    void checkRepeatedFields(Gathering &g, const CsvRecord &r);
    void images(Gathering &g, const CsvRecord &r);
    void variant(Gathering &g, const CsvRecord &r);
    std::optional<qint64> amount(Gathering &g, const CsvRecord &r, const char *k,
                                 const QString &label);
    std::optional<qint64> count(Gathering &g, const CsvRecord &r, const char *k,
                                const QString &label);

    F::Format m_format;
    const ColumnMapping &m_mapping;
    QString m_currency;
    QList<Gathering> m_products;
    QHash<QString, qsizetype> m_byHandle;
    QHash<QString, qint64> m_skuLines; // code -> line of its first row
    QList<RejectedRow> m_rejected;
    int m_imageSequence = 0;
};

bool Parse::row(const CsvRecord &r, int maxProducts)
{
    if (std::all_of(r.fields.begin(), r.fields.end(),
                    [](const QString &f) { return f.trimmed().isEmpty(); }))
        return true; // a spreadsheet's trailing blank row
    const QString handle = field(r, F::Handle);
    if (handle.isEmpty()) {
        m_rejected.append({r.line, Text::tr("line %1: the handle is missing").arg(r.line)});
        return true;
    }
    auto found = m_byHandle.constFind(handle);
    if (found == m_byHandle.constEnd()) {
        if (maxProducts >= 0 && m_products.size() >= maxProducts)
            return false;
        Gathering g;
        g.product.line = r.line;
        g.product.handle = handle;
        m_byHandle.insert(handle, m_products.size());
        m_products.append(g);
        Gathering &added = m_products.last();
        productFields(added, r);
    } else if (m_format == F::Format::Native) {
        checkRepeatedFields(m_products[*found], r);
    }
    Gathering &g = m_products[m_byHandle.value(handle)];
    images(g, r);
    variant(g, r);
    return true;
}

std::optional<ProductStatus> Parse::status(Gathering &g, const CsvRecord &r)
{
    const QString text = field(r, F::Status);
    if (!text.isEmpty()) {
        auto s = productStatusFromName(text.toLower());
        if (!s)
            reject(g, r.line,
                   Text::tr("line %1: unknown status \"%2\" (active, draft or archived)")
                       .arg(r.line)
                       .arg(text));
        return s;
    }
    // Older Shopify files have no Status column: Published decides.
    const QString published = field(r, F::Published);
    if (published.isEmpty())
        return std::nullopt;
    if (published.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return ProductStatus::Active;
    if (published.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return ProductStatus::Draft;
    reject(g, r.line,
           Text::tr("line %1: Published must be TRUE or FALSE, not \"%2\"")
               .arg(r.line)
               .arg(published));
    return std::nullopt;
}

void Parse::productFields(Gathering &g, const CsvRecord &r)
{
    ImportedProduct &p = g.product;
    p.title = field(r, F::Title);
    if (p.title.isEmpty())
        reject(g, r.line,
               Text::tr("line %1: the first row of product %2 has no title")
                   .arg(r.line)
                   .arg(p.handle));
    // Kept exactly as given, markup included: the description is the merchant's text.
    p.description = m_mapping.value(r.fields, key(F::Description));
    p.category = field(r, F::Category);
    p.status = status(g, r);
    for (const QString &tag : field(r, F::Tags).split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty())
            p.tags.append(tag.trimmed());
    }
    if (m_format == F::Format::Shopify) {
        for (int n = 1; n <= F::ShopifyOptionCount; ++n)
            g.optionNames.append(m_mapping.value(r.fields, F::optionName(n)).trimmed());
    }
}

void Parse::checkRepeatedFields(Gathering &g, const CsvRecord &r)
{
    // The native export repeats the product on every row, so a row sorted in a spreadsheet still
    // says which product it belongs to; a differing value would be silently lost, so refuse it.
    const ImportedProduct &p = g.product;
    const QString tags = field(r, F::Tags);
    QStringList rowTags;
    for (const QString &tag : tags.split(QLatin1Char(','))) {
        if (!tag.trimmed().isEmpty())
            rowTags.append(tag.trimmed());
    }
    const QString statusText = field(r, F::Status);
    struct Check
    {
        const char *column;
        bool differs;
    };
    const Check checks[] = {
        {"title", !field(r, F::Title).isEmpty() && field(r, F::Title) != p.title},
        {"description", !field(r, F::Description).isEmpty() &&
                            m_mapping.value(r.fields, key(F::Description)) != p.description},
        {"category", !field(r, F::Category).isEmpty() && field(r, F::Category) != p.category},
        {"status",
         !statusText.isEmpty() && productStatusFromName(statusText.toLower()) != p.status},
        {"tags", !tags.isEmpty() && rowTags != p.tags},
    };
    for (const Check &c : checks) {
        if (c.differs)
            reject(g, r.line,
                   Text::tr("line %1: %2 differs from the first row of product %3 (line %4)")
                       .arg(r.line)
                       .arg(QLatin1String(c.column))
                       .arg(p.handle)
                       .arg(p.line));
    }
}

void Parse::images(Gathering &g, const CsvRecord &r)
{
    if (m_format == F::Format::Native) {
        for (const QString &url :
             m_mapping.value(r.fields, key(F::Images)).split(QLatin1Char('\n'))) {
            if (!url.trimmed().isEmpty())
                g.images.append({INT_MAX, m_imageSequence++, url.trimmed()});
        }
        return;
    }
    const QString src = field(r, F::Image);
    if (!src.isEmpty()) {
        int position = INT_MAX;
        const QString text = field(r, F::ImagePosition);
        if (!text.isEmpty()) {
            bool ok = false;
            position = text.toInt(&ok);
            if (!ok || position < 1) {
                reject(g, r.line,
                       Text::tr("line %1: Image Position \"%2\" is not a whole number from 1")
                           .arg(r.line)
                           .arg(text));
                position = INT_MAX;
            }
        }
        g.images.append({position, m_imageSequence++, src});
    }
    // The catalogue keeps images per product; a variant's own image joins them (after the
    // numbered ones) so that no picture of the file is lost.
    const QString variantImage = field(r, F::VariantImage);
    if (!variantImage.isEmpty())
        g.images.append({INT_MAX, m_imageSequence++, variantImage});
}

std::optional<qint64> Parse::amount(Gathering &g, const CsvRecord &r, const char *k,
                                    const QString &label)
{
    const QString text = field(r, k);
    if (text.isEmpty())
        return std::nullopt;
    auto money = Money::parse(text, m_currency, Rounding::Reject);
    if (!money) {
        reject(g, r.line,
               Text::tr("line %1: %2 \"%3\" is not an amount in %4 (%5)")
                   .arg(r.line)
                   .arg(label, text, m_currency, money.error().message));
        return std::nullopt;
    }
    if (Status s = validation::amount(money->minor(), key(k)); !s) {
        reject(g, r.line,
               Text::tr("line %1: %2 \"%3\": %4").arg(r.line).arg(label, text, s.error().message));
        return std::nullopt;
    }
    return money->minor();
}

std::optional<qint64> Parse::count(Gathering &g, const CsvRecord &r, const char *k,
                                   const QString &label)
{
    const QString text = field(r, k);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || !validation::nonNegativeCount(n, key(k))) {
        reject(g, r.line,
               Text::tr("line %1: %2 \"%3\" is not a whole number from 0 to 1,000,000,000")
                   .arg(r.line)
                   .arg(label, text));
        return std::nullopt;
    }
    return n;
}

void Parse::variant(Gathering &g, const CsvRecord &r)
{
    ImportedSku s;
    s.line = r.line;
    s.code = field(r, F::Sku);
    QStringList values;
    if (m_format == F::Format::Shopify) {
        for (int n = 1; n <= F::ShopifyOptionCount; ++n)
            values.append(m_mapping.value(r.fields, F::optionValue(n)).trimmed());
    }
    const bool anyValue =
        std::any_of(values.begin(), values.end(), [](const QString &v) { return !v.isEmpty(); });
    const bool isVariant = !s.code.isEmpty() || !field(r, F::Price).isEmpty() ||
                           !field(r, F::Stock).isEmpty() || !field(r, F::Options).isEmpty() ||
                           anyValue;
    if (!isVariant)
        return; // a row that only adds an image (or, natively, a product without SKUs)
    const int before = m_rejected.size();
    if (s.code.isEmpty()) {
        reject(g, r.line, Text::tr("line %1: the SKU code is missing").arg(r.line));
    } else if (s.code.size() > 64) {
        reject(g, r.line,
               Text::tr("line %1: the SKU code is longer than 64 characters").arg(r.line));
    } else if (auto first = m_skuLines.constFind(s.code); first != m_skuLines.constEnd()) {
        reject(g, r.line,
               Text::tr("line %1: duplicate SKU code %2 (already on line %3)")
                   .arg(r.line)
                   .arg(s.code)
                   .arg(*first));
    } else {
        m_skuLines.insert(s.code, r.line);
    }
    if (field(r, F::Price).isEmpty())
        reject(g, r.line, Text::tr("line %1: the price is missing").arg(r.line));
    s.price = amount(g, r, F::Price, Text::tr("price")).value_or(0);
    s.cost = amount(g, r, F::Cost, Text::tr("cost"));
    s.stock = count(g, r, F::Stock, Text::tr("quantity"));
    s.lowStockThreshold = count(g, r, F::LowStock, Text::tr("low-stock threshold"));

    if (m_format == F::Format::Native) {
        auto options = F::decodeOptions(m_mapping.value(r.fields, key(F::Options)));
        if (options)
            s.options = *options;
        else
            reject(g, r.line, Text::tr("line %1: %2").arg(r.line).arg(options.error().message));
    } else {
        for (int n = 0; n < F::ShopifyOptionCount; ++n) {
            if (values[n].isEmpty())
                continue;
            const QString name = g.optionNames.value(n);
            if (name.isEmpty()) {
                reject(
                    g, r.line,
                    Text::tr("line %1: Option%2 Value without an Option%2 Name on the first row of "
                             "product %3")
                        .arg(r.line)
                        .arg(n + 1)
                        .arg(g.product.handle));
                continue;
            }
            // Shopify's marker for a product without options.
            if (name == QLatin1String("Title") && values[n] == QLatin1String("Default Title"))
                continue;
            s.options.append({name, values[n]});
        }
    }
    for (qsizetype i = 0; i < s.options.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (s.options[i].name == s.options[j].name) {
                reject(g, r.line,
                       Text::tr("line %1: option %2 is given twice")
                           .arg(r.line)
                           .arg(s.options[i].name));
            }
        }
    }
    if (m_rejected.size() == before)
        g.product.skus.append(s);
}

ParsedProducts Parse::finish()
{
    ParsedProducts out;
    for (Gathering &g : m_products) {
        std::stable_sort(g.images.begin(), g.images.end(),
                         [](const PositionedImage &a, const PositionedImage &b) {
                             return a.position != b.position ? a.position < b.position
                                                             : a.sequence < b.sequence;
                         });
        for (const PositionedImage &image : g.images) {
            if (!g.product.images.contains(image.url))
                g.product.images.append(image.url);
        }
        out.products.append(g.product);
    }
    out.rejected = m_rejected;
    std::stable_sort(out.rejected.begin(), out.rejected.end(),
                     [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    return out;
}

} // namespace

ProductCsvParser::ProductCsvParser(ProductCsvFormat::Format format, const ColumnMapping &mapping,
                                   const QString &currency)
    : m_format(format)
    , m_mapping(mapping)
    , m_currency(currency)
{}

ParsedProducts ProductCsvParser::parse(QIODevice *device, int maxProducts) const
{
    Parse parse(m_format, m_mapping, m_currency);
    CsvReader reader(device);
    CsvRecord record;
    CsvReader::Status s = reader.next(record);
    if (s == CsvReader::Status::Record)
        reader.setExpectedColumns(int(record.fields.size()));
    while (s != CsvReader::Status::End) {
        s = reader.next(record);
        if (s == CsvReader::Status::Error)
            parse.rejectUnreadable(reader.errorLine(), reader.errorString());
        else if (s == CsvReader::Status::Record && !parse.row(record, maxProducts))
            break;
    }
    return parse.finish();
}

} // namespace md
