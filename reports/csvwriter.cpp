#include "csvwriter.h"

namespace md {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
{
    if (byteOrderMark)
        m_device->write("\xEF\xBB\xBF");
}

QByteArray CsvWriter::escape(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += escape(fields[i]);
    }
    line += "\r\n";
    m_device->write(line);
}

} // namespace md
