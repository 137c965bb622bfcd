#pragma once

#include "order.h"
#include "orderdocument.h"

#include <QObject>

namespace md {

class ServiceContext;

// Writes an order's invoice or packing slip to a PDF file on a worker thread (painting onto a
// QPdfWriter is allowed off the GUI thread), naming the shop as the store's settings do. The file
// is written through QSaveFile, so a failure never leaves half a document.
class OrderDocumentWriter : public QObject
{
    Q_OBJECT

public:
    explicit OrderDocumentWriter(const ServiceContext &context)
        : m_ctx(context)
    {}

public slots:
    void write(int kind, const md::Order &order, const QString &path);

signals:
    void written(const QString &path);
    // message: for a shop clerk; details: the error's code and text, or the file and the
    // system's words.
    void failed(const QString &path, const QString &message, const QString &details);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
