#include "productrepository.h"

#include "changelog.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace md {

namespace {

const QString kProductColumns = QStringLiteral(
    "id, category_id, title, description, images, tags, status, handle, rating_count, rating_sum, "
    "sales_count, version, created_at, updated_at");
const QString kSkuColumns = QStringLiteral("id, product_id, code, options, price, cost, "
                                           "stock_on_hand, reserved, low_stock_threshold, version, "
                                           "created_at, updated_at");

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList stringList(const QString &text)
{
    QStringList out;
    for (const auto &v : jsonArray(text))
        out.append(v.toString());
    return out;
}

Product productFromRow(const SqlQuery &q)
{
    Product p;
    p.id = q.int64(0);
    p.categoryId = q.int64(1);
    p.title = q.text(2);
    p.description = q.text(3);
    p.images = stringList(q.text(4));
    p.tags = stringList(q.text(5));
    p.status = productStatusFromName(q.text(6)).value_or(ProductStatus::Draft);
    p.handle = q.text(7);
    p.ratingCount = q.int64(8);
    p.ratingSum = q.int64(9);
    p.salesCount = q.int64(10);
    p.version = q.int64(11);
    p.createdAt = q.int64(12);
    p.updatedAt = q.int64(13);
    return p;
}

Sku skuFromRow(const SqlQuery &q)
{
    Sku s;
    s.id = q.int64(0);
    s.productId = q.int64(1);
    s.code = q.text(2);
    s.options = skuOptionsFromJson(jsonArray(q.text(3)));
    s.price = q.int64(4);
    s.cost = q.int64(5);
    s.stockOnHand = q.int64(6);
    s.reserved = q.int64(7);
    s.lowStockThreshold = q.int64(8);
    s.version = q.int64(9);
    s.createdAt = q.int64(10);
    s.updatedAt = q.int64(11);
    return s;
}

QVariant optionalVersion(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant handleValue(const QString &handle)
{
    return handle.isEmpty() ? QVariant() : QVariant(handle);
}

// WHERE clause and its values for a ProductQuery, shared by list() and count().
QString whereClause(const ProductQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (query.categoryId && query.withSubcategories) {
        // The subtree in SQL, so a page of a parent category is read like any other page.
        conditions << QStringLiteral(
            "category_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM "
            "categories c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)");
        values << query.categoryId;
    } else if (query.categoryId) {
        conditions << QStringLiteral("category_id = ?");
        values << query.categoryId;
    }
    if (query.status) {
        conditions << QStringLiteral("status = ?");
        values << productStatusName(*query.status);
    }
    if (!query.text.isEmpty()) {
        // instr() rather than LIKE: exact for any script and free of wildcard escaping.
        conditions << QStringLiteral("(instr(title, ?) > 0 OR id IN (SELECT product_id FROM skus "
                                     "WHERE instr(code, ?) > 0))");
        values << query.text << query.text;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The sort key of a ProductQuery as an expression over an unaliased `products`: from this
// whitelist only, never from the caller's text.
QString sortKey(ProductSort sort)
{
    switch (sort) {
    case ProductSort::Id:
        break;
    case ProductSort::Title:
        return QStringLiteral("title");
    case ProductSort::Category:
        return QStringLiteral("(SELECT name FROM categories WHERE id = products.category_id)");
    case ProductSort::Status:
        return QStringLiteral("CASE status WHEN 'draft' THEN 0 WHEN 'active' THEN 1 ELSE 2 END");
    case ProductSort::Skus:
        return QStringLiteral("(SELECT COUNT(*) FROM skus WHERE product_id = products.id)");
    case ProductSort::Price:
        return QStringLiteral("(SELECT MIN(price) FROM skus WHERE product_id = products.id)");
    case ProductSort::Stock:
        return QStringLiteral(
            "(SELECT COALESCE(SUM(stock_on_hand), 0) FROM skus WHERE product_id = products.id)");
    }
    return QStringLiteral("id");
}

QString direction(const ProductQuery &query)
{
    return query.descending ? QStringLiteral(" DESC") : QString();
}

template<typename T, typename RowFn> Result<std::optional<T>> single(SqlQuery &q, RowFn fromRow)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<T>();
    return std::optional<T>(fromRow(q));
}

} // namespace

Result<std::optional<Product>> ProductRepository::find(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kProductColumns +
                   QStringLiteral(" FROM products WHERE id = ?"),
               {id});
    return single<Product>(q, productFromRow);
}

Result<QList<Product>> ProductRepository::list(const ProductQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kProductColumns +
                         QStringLiteral(" FROM products") + where + QStringLiteral(" ORDER BY ") +
                         sortKey(query.sort) + direction(query) + QStringLiteral(", id") +
                         direction(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const auto &v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Product> out;
    while (q.next())
        out.append(productFromRow(q));
    return out;
}

Result<QList<ProductSummary>> ProductRepository::summaries(const ProductQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    QString columns;
    for (const QString &c : kProductColumns.split(QStringLiteral(", ")))
        columns += QStringLiteral("p.") + c + QStringLiteral(", ");
    // The subquery pages first, sorting only ids and keys (not whole rows: twice as fast on
    // 50,000 products), so the joins and sums touch only one page of products.
    const QString dir = direction(query);
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + columns +
                   QStringLiteral(
                       "c.name, COUNT(s.id), COALESCE(MIN(s.price), 0), COALESCE(MAX(s.price), 0), "
                       "COALESCE(SUM(s.stock_on_hand), 0), COALESCE(MAX(s.stock_on_hand <= "
                       "s.low_stock_threshold), 0) FROM (SELECT id AS page_id, ") +
                   sortKey(query.sort) + QStringLiteral(" AS sort_key FROM products") + where +
                   QStringLiteral(" ORDER BY sort_key") + dir + QStringLiteral(", id") + dir +
                   QStringLiteral(" LIMIT ? OFFSET ?) page JOIN products p ON p.id = page.page_id "
                                  "JOIN categories c ON c.id = p.category_id "
                                  "LEFT JOIN skus s ON s.product_id = p.id GROUP BY p.id ORDER BY "
                                  "page.sort_key") +
                   dir + QStringLiteral(", p.id") + dir);
    for (const auto &v : values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<ProductSummary> out;
    while (q.next()) {
        ProductSummary s;
        s.product = productFromRow(q);
        s.categoryName = q.text(14);
        s.skuCount = q.integer(15);
        s.minPrice = q.int64(16);
        s.maxPrice = q.int64(17);
        s.stock = q.int64(18);
        s.lowStock = q.integer(19) != 0;
        out.append(s);
    }
    return out;
}

Result<ProductPage> ProductRepository::search(const ProductSearch &s) const
{
    // Searching uses instr() on the base table rather than the FTS5 trigram index: SQLite 3.40's
    // trigram index answers one- and two-character patterns (茶, 手机) wrongly, and those are the
    // most common Chinese queries. lower() folds ASCII only, which is what English needs here.
    QStringList where{QStringLiteral("p.status = 'active'")};
    QVariantList values;
    const QString text = s.text.trimmed().toLower();
    if (!text.isEmpty()) {
        where << QStringLiteral(
            "(instr(lower(p.title), ?) > 0 OR instr(lower(p.description), ?) > 0)");
        values << text << text;
    }
    if (!s.categoryIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : s.categoryIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where << QStringLiteral("p.category_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    QStringList having;
    QVariantList havingValues;
    if (s.minPrice >= 0) {
        having << QStringLiteral("MIN(s.price) >= ?");
        havingValues << s.minPrice;
    }
    if (s.maxPrice >= 0) {
        having << QStringLiteral("MIN(s.price) <= ?");
        havingValues << s.maxPrice;
    }
    const QString from =
        QStringLiteral(" FROM products p JOIN categories c ON c.id = p.category_id "
                       "JOIN skus s ON s.product_id = p.id WHERE ") +
        where.join(QStringLiteral(" AND ")) + QStringLiteral(" GROUP BY p.id") +
        (having.isEmpty() ? QString()
                          : QStringLiteral(" HAVING ") + having.join(QStringLiteral(" AND ")));
    QString order;
    switch (s.sort) {
    case ProductSearch::Sort::Relevance:
        order = text.isEmpty()
                    ? QStringLiteral("p.sales_count DESC, p.id")
                    : QStringLiteral("instr(lower(p.title), ?) > 0 DESC, p.sales_count DESC, p.id");
        break;
    case ProductSearch::Sort::PriceAscending:
        order = QStringLiteral("MIN(s.price), p.id");
        break;
    case ProductSearch::Sort::PriceDescending:
        order = QStringLiteral("MIN(s.price) DESC, p.id");
        break;
    case ProductSearch::Sort::Sales:
        order = QStringLiteral("p.sales_count DESC, p.id");
        break;
    case ProductSearch::Sort::Rating:
        order = QStringLiteral(
            "p.rating_sum * 1000 / MAX(p.rating_count, 1) DESC, p.rating_count DESC, p.id");
        break;
    case ProductSearch::Sort::Newest:
        order = QStringLiteral("p.created_at DESC, p.id DESC");
        break;
    }
    QString columns;
    for (const QString &col : kProductColumns.split(QStringLiteral(", ")))
        columns += QStringLiteral("p.") + col + QStringLiteral(", ");
    // The subquery finds the page's ids on narrow rows; only those 20 products are read whole
    // and summed again. Sorting whole rows (descriptions and all) for the page took 4x longer.
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT ") + columns +
            QStringLiteral("c.name, COUNT(s.id), MIN(s.price), MAX(s.price), SUM(s.stock_on_hand), "
                           "MAX(s.stock_on_hand <= s.low_stock_threshold) FROM (SELECT p.id AS "
                           "page_id") +
            from + QStringLiteral(" ORDER BY ") + order +
            QStringLiteral(" LIMIT ? OFFSET ?) page JOIN products p ON p.id = page.page_id "
                           "JOIN categories c ON c.id = p.category_id "
                           "JOIN skus s ON s.product_id = p.id GROUP BY p.id ORDER BY ") +
            order);
    const bool byTitleMatch = s.sort == ProductSearch::Sort::Relevance && !text.isEmpty();
    for (const auto &v : values)
        q.bind(v);
    for (const auto &v : havingValues)
        q.bind(v);
    if (byTitleMatch)
        q.bind(text);
    q.bind(s.limit).bind(s.offset);
    if (byTitleMatch) // the outer ORDER BY's
        q.bind(text);
    if (Status st = q.exec(); !st)
        return st.error();
    ProductPage page;
    while (q.next()) {
        ProductSummary sum;
        sum.product = productFromRow(q);
        sum.categoryName = q.text(14);
        sum.skuCount = q.integer(15);
        sum.minPrice = q.int64(16);
        sum.maxPrice = q.int64(17);
        sum.stock = q.int64(18);
        sum.lowStock = q.integer(19) != 0;
        page.items.append(sum);
    }
    // Without price bounds the total needs no grouping: a product counts when it has a SKU.
    SqlQuery count(m_db, having.isEmpty()
                             ? QStringLiteral("SELECT COUNT(*) FROM products p WHERE ") +
                                   where.join(QStringLiteral(" AND ")) +
                                   QStringLiteral(" AND EXISTS (SELECT 1 FROM skus s WHERE "
                                                  "s.product_id = p.id)")
                             : QStringLiteral("SELECT COUNT(*) FROM (SELECT p.id") + from +
                                   QStringLiteral(")"));
    for (const auto &v : values)
        count.bind(v);
    for (const auto &v : havingValues)
        count.bind(v);
    auto total = count.scalar(0);
    if (!total)
        return total.error();
    page.total = *total;
    return page;
}

Result<QStringList> ProductRepository::titlesContaining(const QString &text, int limit) const
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT title FROM products WHERE status = 'active' AND instr(lower(title), ?) > 0 "
            "ORDER BY instr(lower(title), ?), sales_count DESC LIMIT ?"),
        {text.toLower(), text.toLower(), limit});
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

Result<qint64> ProductRepository::count(const ProductQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, values);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM products") + where);
    for (const auto &v : values)
        q.bind(v);
    return q.scalar();
}

Result<Product> ProductRepository::insert(const ProductDraft &d, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO products (category_id, title, description, images, tags, status, handle, "
            "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING ") +
            kProductColumns,
        {d.categoryId, d.title, d.description, jsonText(QJsonArray::fromStringList(d.images)),
         jsonText(QJsonArray::fromStringList(d.tags)), productStatusName(d.status),
         handleValue(d.handle), nowMs, nowMs});
    auto row = single<Product>(q, productFromRow);
    if (!row)
        return row.error();
    if (!row->has_value())
        return storageError(q.raw());
    const Product p = **row;
    if (Status s =
            ChangeLog::record(m_db, entity::Product, p.id, p.version, ChangeOp::Upsert, nowMs);
        !s)
        return s.error();
    return p;
}

Result<std::optional<Product>> ProductRepository::update(qint64 id, const ProductDraft &d,
                                                         std::optional<qint64> expectedVersion,
                                                         qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE products SET category_id = ?, title = ?, description = ?, "
                              "images = ?, tags = ?, "
                              "status = ?, handle = ?, version = version + 1, updated_at = ? "
                              "WHERE id = ? AND (? IS NULL OR version = ?) RETURNING ") +
                   kProductColumns,
               {d.categoryId, d.title, d.description,
                jsonText(QJsonArray::fromStringList(d.images)),
                jsonText(QJsonArray::fromStringList(d.tags)), productStatusName(d.status),
                handleValue(d.handle), nowMs, id, optionalVersion(expectedVersion),
                optionalVersion(expectedVersion)});
    auto row = single<Product>(q, productFromRow);
    if (row && row->has_value()) {
        if (Status s = ChangeLog::record(m_db, entity::Product, id, (*row)->version,
                                         ChangeOp::Upsert, nowMs);
            !s)
            return s.error();
    }
    return row;
}

Result<std::optional<Product>> ProductRepository::setStatus(qint64 id, ProductStatus status,
                                                            qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE products SET status = ?, version = version + 1, updated_at = ? WHERE id = ? "
            "RETURNING ") +
            kProductColumns,
        {productStatusName(status), nowMs, id});
    auto row = single<Product>(q, productFromRow);
    if (row && row->has_value()) {
        if (Status s = ChangeLog::record(m_db, entity::Product, id, (*row)->version,
                                         ChangeOp::Upsert, nowMs);
            !s)
            return s.error();
    }
    return row;
}

Status ProductRepository::addRating(qint64 id, int ratingDelta, int countDelta, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE products SET rating_sum = rating_sum + ?, rating_count = rating_count + ?, "
            "version = version + 1, updated_at = ? WHERE id = ? RETURNING version"),
        {ratingDelta, countDelta, nowMs, id});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    return ChangeLog::record(m_db, entity::Product, id, *v, ChangeOp::Upsert, nowMs);
}

Status ProductRepository::addSales(qint64 id, qint64 units, qint64 nowMs)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE products SET sales_count = sales_count + ?, version = "
                              "version + 1, updated_at = ? "
                              "WHERE id = ? RETURNING version"),
               {units, nowMs, id});
    auto v = q.scalar(-1);
    if (!v)
        return v.error();
    return ChangeLog::record(m_db, entity::Product, id, *v, ChangeOp::Upsert, nowMs);
}

Status ProductRepository::recomputeAggregates(qint64 nowMs)
{
    for (const QString &sql :
         {QStringLiteral("UPDATE products SET sales_count = (SELECT COALESCE(SUM(l.quantity), 0) "
                         "FROM order_lines l "
                         "JOIN orders o ON o.id = l.order_id WHERE l.product_id = products.id AND "
                         "o.paid_at IS NOT NULL)"),
          QStringLiteral("UPDATE products SET rating_count = (SELECT COUNT(*) FROM reviews r WHERE "
                         "r.product_id = "
                         "products.id AND r.status = 'visible'), rating_sum = (SELECT "
                         "COALESCE(SUM(rating), 0) FROM "
                         "reviews r WHERE r.product_id = products.id AND r.status = 'visible'), "
                         "version = version + 1, "
                         "updated_at = ?"),
          QStringLiteral("INSERT INTO change_log (entity, entity_id, version, op, changed_at) "
                         "SELECT 'product', id, "
                         "version, 'upsert', ? FROM products")}) {
        SqlQuery q(m_db, sql);
        if (sql.contains(QLatin1Char('?')))
            q.bind(nowMs);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<std::optional<Sku>> ProductRepository::findSku(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kSkuColumns + QStringLiteral(" FROM skus WHERE id = ?"),
               {id});
    return single<Sku>(q, skuFromRow);
}

Result<std::optional<Sku>> ProductRepository::findSkuByCode(const QString &code) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT ") + kSkuColumns + QStringLiteral(" FROM skus WHERE code = ?"),
        {code});
    return single<Sku>(q, skuFromRow);
}

Result<QList<Sku>> ProductRepository::skus(qint64 productId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ") + kSkuColumns +
                   QStringLiteral(" FROM skus WHERE product_id = ? ORDER BY id"),
               {productId});
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Sku> out;
    while (q.next())
        out.append(skuFromRow(q));
    return out;
}

Result<Sku> ProductRepository::insertSku(qint64 productId, const SkuDraft &d, qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO skus (product_id, code, options, price, cost, "
                       "low_stock_threshold, version, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING ") +
            kSkuColumns,
        {productId, d.code, jsonText(skuOptionsToJson(d.options)), d.price, d.cost,
         d.lowStockThreshold, nowMs, nowMs});
    auto row = single<Sku>(q, skuFromRow);
    if (!row)
        return row.error();
    if (!row->has_value())
        return storageError(q.raw());
    const Sku s = **row;
    if (Status st = ChangeLog::record(m_db, entity::Sku, s.id, s.version, ChangeOp::Upsert, nowMs);
        !st)
        return st.error();
    return s;
}

Result<std::optional<Sku>> ProductRepository::updateSku(qint64 id, const SkuDraft &d,
                                                        std::optional<qint64> expectedVersion,
                                                        qint64 nowMs)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE skus SET code = ?, options = ?, price = ?, cost = ?, low_stock_threshold = ?, "
            "version = version + 1, updated_at = ? WHERE id = ? AND (? IS NULL OR version = ?) "
            "RETURNING ") +
            kSkuColumns,
        {d.code, jsonText(skuOptionsToJson(d.options)), d.price, d.cost, d.lowStockThreshold, nowMs,
         id, optionalVersion(expectedVersion), optionalVersion(expectedVersion)});
    auto row = single<Sku>(q, skuFromRow);
    if (row && row->has_value()) {
        if (Status s =
                ChangeLog::record(m_db, entity::Sku, id, (*row)->version, ChangeOp::Upsert, nowMs);
            !s)
            return s.error();
    }
    return row;
}

} // namespace md
