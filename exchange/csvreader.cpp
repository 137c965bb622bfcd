#include "csvreader.h"

#include <QCoreApplication>

namespace md {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int CsvReader::peek()
{
    if (!fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

void CsvReader::skipToLineEnd()
{
    for (int c = get(); c >= 0; c = get()) {
        if (c == '\n') {
            ++m_line;
            return;
        }
        if (c == '\r') {
            if (peek() == '\n')
                get();
            ++m_line;
            return;
        }
    }
}

CsvReader::Status CsvReader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = message;
    return Status::Error;
}

CsvReader::Status CsvReader::next(CsvRecord &record)
{
    if (m_atStart) {
        m_atStart = false;
        // A spreadsheet's UTF-8 byte-order mark is not part of the first header name.
        if (peek() == 0xEF) {
            fill();
            if (m_buffer.mid(m_pos, 3) == "\xEF\xBB\xBF") {
                m_pos += 3;
                m_consumed += 3;
            }
        }
    }
    record.fields.clear();
    record.line = m_line;
    if (peek() < 0)
        return Status::End;

    QByteArray field;
    bool quoted = false; // the current field began with a quote
    bool closed = false; // ...and its closing quote has been read
    bool fieldStarted = false;
    qint64 quoteLine = m_line;

    auto endField = [&] {
        record.fields.append(QString::fromUtf8(field));
        field.clear();
        quoted = closed = fieldStarted = false;
    };

    for (;;) {
        const int c = get();
        if (c < 0) {
            if (quoted && !closed)
                return fail(quoteLine,
                            QCoreApplication::translate(
                                "md::CsvReader",
                                "line %1: a quoted field is not closed before the end of the file")
                                .arg(quoteLine));
            endField();
            break;
        }
        if (quoted && !closed) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    field += '"';
                } else {
                    closed = true;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                field += char(c);
            }
            continue;
        }
        if (c == ',') {
            endField();
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                get();
            ++m_line;
            endField();
            break;
        }
        if (closed) {
            const qint64 line = m_line;
            const qsizetype fieldNumber = record.fields.size() + 1;
            skipToLineEnd();
            return fail(line,
                        QCoreApplication::translate(
                            "md::CsvReader", "line %1: text after the closing quote of field %2")
                            .arg(line)
                            .arg(fieldNumber));
        }
        if (c == '"') {
            if (fieldStarted) {
                const qint64 line = m_line;
                skipToLineEnd();
                return fail(line,
                            QCoreApplication::translate(
                                "md::CsvReader",
                                "line %1: a quote inside unquoted field %2 (quote the field and "
                                "double the quote)")
                                .arg(line)
                                .arg(record.fields.size() + 1));
            }
            quoted = true;
            fieldStarted = true;
            quoteLine = m_line;
            continue;
        }
        fieldStarted = true;
        field += char(c);
    }

    if (m_expectedColumns > 0 && record.fields.size() != m_expectedColumns)
        return fail(record.line, QCoreApplication::translate(
                                     "md::CsvReader", "line %1: %2 fields where the header has %3")
                                     .arg(record.line)
                                     .arg(record.fields.size())
                                     .arg(m_expectedColumns));
    return Status::Record;
}

} // namespace md
