#pragma once

#include "product.h"
#include "productquery.h"

#include <QList>
#include <QObject>

namespace md {

class ServiceContext;

// Reads pages of the product list on a worker thread (with that thread's own connection), so
// that the table model never touches the database on the GUI thread.
class ProductPageLoader : public QObject
{
    Q_OBJECT

public:
    explicit ProductPageLoader(const ServiceContext &context)
        : m_ctx(context)
    {}

public slots:
    // categoryId: 0 for any; else that category and its subcategories. Rows [offset, +limit)
    // sorted by the store by `sort` (then by id, in the same direction).
    void load(quint64 generation, int offset, int limit, const QString &text, qint64 categoryId,
              md::ProductSort sort, bool descending);

signals:
    void loaded(quint64 generation, int offset, const QList<md::ProductSummary> &rows,
                qint64 total);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
};

} // namespace md

Q_DECLARE_METATYPE(md::ProductSort)
