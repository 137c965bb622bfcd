#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace md {

// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in
// CRLF; UTF-8 (with an optional byte-order mark so that spreadsheet programs read Chinese text
// correctly). Writes to any QIODevice: a file, stdout, a buffer.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = false);

    void writeRow(const QStringList &fields);
    static QByteArray escape(const QString &field);

private:
    QIODevice *m_device;
};

} // namespace md
