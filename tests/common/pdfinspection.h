#pragma once

// Reading a PDF that Qt's writer made, independently of Qt's PDF engine, for the document tests:
// its streams inflated, the characters its fonts map glyphs to (the ToUnicode CMaps), and its page
// tree. A PDF's text is glyph ids in compressed streams, so "is this character drawn" is the most
// a test can ask without a PDF library.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include <map>

namespace pdf {

// The PDF's streams, inflated where they are Flate-encoded.
inline QList<QByteArray> streams(const QByteArray &pdf)
{
    QList<QByteArray> out;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        if (at >= 3 && pdf.mid(at - 3, 3) == "end") { // "endstream"
            at += 6;
            continue;
        }
        qsizetype begin = at + 6;
        if (pdf.mid(begin, 2) == "\r\n")
            begin += 2;
        else if (pdf.at(begin) == '\n')
            begin += 1;
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        const qsizetype dict = pdf.lastIndexOf("<<", at);
        const bool flate = dict >= 0 && pdf.mid(dict, at - dict).contains("/FlateDecode");
        QByteArray data = pdf.mid(begin, end - begin);
        if (flate) {
            // qUncompress wants zlib data behind a 4-byte big-endian size hint (it grows past it).
            QByteArray framed(4, '\0');
            qToBigEndian<quint32>(quint32(data.size() * 8 + 1024), framed.data());
            data = qUncompress(framed + data);
        }
        out.append(data);
        at = end + 9;
    }
    return out;
}

// Glyph id -> Unicode code points of every ToUnicode CMap (beginbfchar / beginbfrange sections).
inline std::multimap<uint, uint> toUnicode(const QList<QByteArray> &all)
{
    std::multimap<uint, uint> map;
    static const QRegularExpression token(
        QStringLiteral("<([0-9A-Fa-f]+)>|\\[|\\]|beginbfchar|endbfchar|beginbfrange|endbfrange"));
    for (const QByteArray &s : all) {
        if (!s.contains("begincmap"))
            continue;
        enum { None, Char, Range } section = None;
        QList<uint> values;
        bool inArray = false;
        QList<uint> array;
        auto it = token.globalMatch(QString::fromLatin1(s));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString t = m.captured(0);
            if (t == QLatin1String("beginbfchar")) {
                section = Char;
                values.clear();
            } else if (t == QLatin1String("beginbfrange")) {
                section = Range;
                values.clear();
            } else if (t.startsWith(QLatin1String("end"))) {
                section = None;
            } else if (t == QLatin1String("[")) {
                inArray = true;
                array.clear();
            } else if (t == QLatin1String("]")) {
                inArray = false;
                for (qsizetype k = 0; k < array.size() && values.size() == 2; ++k)
                    map.emplace(values[0] + uint(k), array[k]);
                values.clear();
            } else if (section != None) {
                // UTF-16 code units: one BMP character is 4 hex digits.
                const uint v = m.captured(1).left(4).toUInt(nullptr, 16);
                if (inArray) {
                    array.append(v);
                    continue;
                }
                values.append(v);
                if (section == Char && values.size() == 2) {
                    map.emplace(values[0], values[1]);
                    values.clear();
                } else if (section == Range && values.size() == 3) {
                    for (uint g = values[0]; g <= values[1]; ++g)
                        map.emplace(g, values[2] + (g - values[0]));
                    values.clear();
                }
            }
        }
    }
    return map;
}

// The characters among the glyphs the document's fonts map to Unicode, glyph 0 (.notdef) aside.
inline QSet<uint> drawnCharacters(const QByteArray &pdf)
{
    QSet<uint> out;
    for (const auto &[glyph, unicode] : toUnicode(streams(pdf)))
        if (glyph != 0)
            out.insert(unicode);
    return out;
}

inline int pageTreeCount(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline int pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    int n = 0;
    for (auto it = re.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

inline void verifyPdfShape(const QByteArray &pdf, int pages)
{
    QVERIFY2(pdf.startsWith("%PDF-1."), pdf.left(16).constData());
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("startxref"));
    QCOMPARE(pageTreeCount(pdf), pages);
    QCOMPARE(pageObjects(pdf), pages);
}

} // namespace pdf
