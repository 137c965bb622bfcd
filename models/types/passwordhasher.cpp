#include "passwordhasher.h"

#include "securerandom.h"

#include <QByteArray>
#include <QSemaphore>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <atomic>
#include <memory>

namespace md {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr int kMaxIterations = 10'000'000; // refuse absurd costs from a tampered record
const QString kAlgorithm = QStringLiteral("pbkdf2-sha256");

QSemaphore &hashSlots()
{
    static QSemaphore semaphore(2);
    return semaphore;
}
std::atomic<int> g_limit{2};

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray pw = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    hashSlots().acquire();
    const QSemaphoreReleaser release(hashSlots());
    const int ok = PKCS5_PBKDF2_HMAC(pw.constData(), pw.size(),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     salt.size(), iterations, EVP_sha256(), out.size(),
                                     reinterpret_cast<unsigned char *>(out.data()));
    return ok == 1 ? out : QByteArray();
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
    bool valid = false;
};

Parsed parse(const QString &stored)
{
    Parsed p;
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kAlgorithm)
        return p;
    bool ok = false;
    p.iterations = parts[1].toInt(&ok);
    p.salt = QByteArray::fromBase64(parts[2].toLatin1());
    p.hash = QByteArray::fromBase64(parts[3].toLatin1());
    p.valid = ok && p.iterations > 0 && p.iterations <= kMaxIterations && !p.salt.isEmpty() &&
              p.hash.size() == kHashBytes;
    return p;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
{}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = SecureRandom::bytes(kSaltBytes);
    const QByteArray h = pbkdf2(password, salt, m_iterations);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kAlgorithm)
        .arg(m_iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(h.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored) const
{
    const Parsed p = parse(stored);
    if (!p.valid)
        return false;
    const QByteArray h = pbkdf2(password, p.salt, p.iterations);
    return h.size() == p.hash.size() &&
           CRYPTO_memcmp(h.constData(), p.hash.constData(), h.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    const Parsed p = parse(stored);
    return !p.valid || p.iterations < m_iterations;
}

void PasswordHasher::setConcurrencyLimit(int limit)
{
    limit = qMax(1, limit);
    const int previous = g_limit.exchange(limit);
    if (limit > previous)
        hashSlots().release(limit - previous);
    else if (limit < previous)
        hashSlots().acquire(previous - limit);
}

} // namespace md
