#pragma once

#include "product.h"

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
    // categoryId: 0 for any; else that category and its subcategories.
    void load(quint64 generation, int offset, int limit, const QString &text, qint64 categoryId);

signals:
    void loaded(quint64 generation, int offset, const QList<md::ProductSummary> &rows,
                qint64 total);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
