#pragma once

#include "order.h"
#include "result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace md {

// The printable papers of one order, A4 portrait: the invoice (what was bought, the price
// breakdown, what was paid and refunded) and the packing slip (what goes into the parcel, without
// any price). Both list the order's lines in a table whose header repeats on every page; the
// invoice's totals block ends the last page and is never split.
//
// The document is laid out first, as positioned runs of text, and painted afterwards: the layout is
// what the tests read (a PDF's text is compressed glyph ids), the PDF writer and a print preview
// only paint it. Painting needs fonts, hence a QGuiApplication (the offscreen platform will do);
// Chinese titles are drawn with a CJK font (fonts-noto-cjk, installed by scripts/install-deps).
class OrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(OrderDocument)

public:
    enum class Kind { Invoice, PackingSlip };

    struct Shop
    {
        QString name;
        QString timeZone; // the store's, for the dates printed
    };

    // One run of text at its place on the page, in points from the content area's top left.
    struct Text
    {
        QRectF box;
        QString text;
        int flags = 0; // Qt::AlignmentFlag
        qreal points = 9;
        bool bold = false;
    };
    struct Page
    {
        QList<Text> texts;
        QList<qreal> rules; // y of horizontal lines across the content width
    };

    static constexpr int kFirstPageLines = 24;
    static constexpr int kLinesPerPage = 40;
    static constexpr int kTotalsLines = 11;         // the invoice's totals block, kept on one page
    static constexpr QSizeF kContentSize{515, 762}; // A4 portrait less 40 pt margins

    OrderDocument(Kind kind, const Order &order, const Shop &shop);

    QList<Page> pages() const;
    // Fails without a QGuiApplication or when the device cannot be painted on.
    Status write(QIODevice *device) const;
    static void paint(const Page &page, QPainter &painter);

private:
    struct Column
    {
        QString title;
        qreal width;
        int flags;
    };
    QList<Column> columns() const;
    QStringList cells(int index, const OrderLine &line) const;
    struct TotalLine
    {
        QString label;
        QString amount;
        bool strong = false;
    };
    QList<TotalLine> totals() const;
    QString money(qint64 minor) const;
    void header(Page &page, int number, int count, qreal &y) const;

    Kind m_kind;
    const Order &m_order;
    Shop m_shop;
};

} // namespace md
