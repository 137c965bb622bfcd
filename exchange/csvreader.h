#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace md {

// One CSV record and the physical line it starts on (1-based), so that rejections can name the
// line a user sees in a text editor even when quoted fields span several lines.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

// Streaming RFC 4180 reader, the counterpart of CsvWriter: quoted fields may hold commas, doubled
// quotes and line breaks; lines end in CRLF or LF; UTF-8 with an optional byte-order mark.
// It reads the device in chunks so a 45 MB order file never sits in memory twice.
//
// Bad quoting (a quote inside an unquoted field, text after a closing quote, a quote left open at
// the end of the file) and, once setExpectedColumns() is given, a wrong number of fields are
// reported as errors with their line number. After an error the reader resumes at the next
// physical line, so a validation pass can list every bad line instead of only the first.
class CsvReader
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(QIODevice *device);

    // Every following record must have exactly this many fields (0: any number).
    void setExpectedColumns(int columns) { m_expectedColumns = columns; }

    Status next(CsvRecord &record);

    // Valid after next() returned Error.
    QString errorString() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

    // Bytes consumed so far, for progress of a file whose size is known.
    qint64 position() const { return m_consumed; }

private:
    int peek();
    int get();
    bool fill();
    void skipToLineEnd();
    Status fail(qint64 line, const QString &message);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    int m_expectedColumns = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace md
