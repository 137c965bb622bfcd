#pragma once

#include <QFile>
#include <QIODevice>

#include <memory>

namespace md {

// A read-only, sequential device that inflates a gzip file while it is read, so that a 7.6 MB
// .csv.gz is imported without unpacking 48 MB to disk or into memory first. It uses the system
// zlib (inflate with gzip header detection); Qt's qUncompress() only understands its own
// length-prefixed zlib format and needs the whole input at once.
//
// Files made of several gzip members (as `cat a.gz b.gz` produces) are read to the end.
// compressedPosition() tells how much of the file has been consumed, for progress against the
// file's size.
class GzipDevice : public QIODevice
{
public:
    explicit GzipDevice(const QString &fileName);
    ~GzipDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;

    qint64 compressedPosition() const;
    // Whether inflating failed (corrupt or truncated data); the reader then saw an early end.
    bool failed() const;
    qint64 compressedSize() const { return m_file.size(); }

    // Whether the name ends in .gz (the importer's way to pick this device).
    static bool isGzipName(const QString &fileName);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stream;
    QFile m_file;
    std::unique_ptr<Stream> m_stream;
};

} // namespace md
