#include "gzipdevice.h"

#include <QCoreApplication>

#include <zlib.h>

namespace md {

namespace {
constexpr qint64 kInputChunk = 64 * 1024;
}

struct GzipDevice::Stream
{
    z_stream z{};
    QByteArray input;
    bool initialised = false;
    bool finished = false; // the last member ended and the file is consumed
    bool failed = false;
};

GzipDevice::GzipDevice(const QString &fileName)
    : m_file(fileName)
{}

GzipDevice::~GzipDevice()
{
    close();
}

bool GzipDevice::isGzipName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

bool GzipDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_stream = std::make_unique<Stream>();
    // 15 + 32: the largest window, with automatic detection of a gzip or zlib header.
    if (inflateInit2(&m_stream->z, 15 + 32) != Z_OK) {
        setErrorString(QCoreApplication::translate("md::GzipDevice", "cannot start inflating"));
        m_file.close();
        m_stream.reset();
        return false;
    }
    m_stream->initialised = true;
    return QIODevice::open(mode);
}

void GzipDevice::close()
{
    if (m_stream && m_stream->initialised)
        inflateEnd(&m_stream->z);
    m_stream.reset();
    m_file.close();
    if (isOpen())
        QIODevice::close();
}

bool GzipDevice::atEnd() const
{
    return (!m_stream || m_stream->finished) && QIODevice::atEnd();
}

bool GzipDevice::failed() const
{
    return m_stream && m_stream->failed;
}

qint64 GzipDevice::compressedPosition() const
{
    if (!m_stream)
        return 0;
    return m_file.pos() - qint64(m_stream->z.avail_in);
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (!m_stream || m_stream->finished)
        return m_stream ? 0 : -1;
    z_stream &z = m_stream->z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    while (z.avail_out > 0) {
        if (z.avail_in == 0) {
            m_stream->input = m_file.read(kInputChunk);
            if (m_stream->input.isEmpty()) {
                // Input ended inside a member (a stream end with no input left finishes above):
                // a truncated file. Hand out what was inflated; the next read fails.
                const qint64 produced = qint64(reinterpret_cast<char *>(z.next_out) - data);
                if (produced > 0)
                    return produced;
                setErrorString(QCoreApplication::translate("md::GzipDevice",
                                                           "the compressed file ends too early"));
                m_stream->finished = m_stream->failed = true;
                return -1;
            }
            z.next_in = reinterpret_cast<Bytef *>(m_stream->input.data());
            z.avail_in = uInt(m_stream->input.size());
        }
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            // Another member may follow; the file ends only when no input is left.
            if (z.avail_in == 0 && m_file.atEnd()) {
                m_stream->finished = true;
                break;
            }
            inflateReset(&z);
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            setErrorString(
                QCoreApplication::translate("md::GzipDevice", "corrupt compressed data: %1")
                    .arg(QString::fromLatin1(z.msg ? z.msg : "?")));
            m_stream->finished = m_stream->failed = true;
            return -1;
        }
    }
    return qint64(reinterpret_cast<char *>(z.next_out) - data);
}

} // namespace md
