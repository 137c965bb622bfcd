#include "securerandom.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <QUuid>

#include <stdexcept>

namespace md {

QByteArray SecureRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        // Without a working CSPRNG no secret can be made safely; there is no sensible fallback.
        throw std::runtime_error("OpenSSL RAND_bytes failed");
    }
    return out;
}

QString SecureRandom::token()
{
    return QString::fromLatin1(
        bytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray SecureRandom::sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_Digest(data.constData(), data.size(), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

QString SecureRandom::sha256Hex(const QString &text)
{
    return QString::fromLatin1(sha256(text.toUtf8()).toHex());
}

QByteArray SecureRandom::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), key.size(),
         reinterpret_cast<const unsigned char *>(data.constData()), data.size(),
         reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(len);
    return out;
}

bool SecureRandom::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), a.size()) == 0;
}

QString SecureRandom::uuid()
{
    QByteArray b = bytes(16);
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace md
