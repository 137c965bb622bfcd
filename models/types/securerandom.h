#pragma once

#include <QByteArray>
#include <QString>

namespace md {

// Randomness and digests for secrets, from OpenSSL's CSPRNG. Bearer tokens are 256 random bits;
// only their SHA-256 is ever stored, and comparisons of secrets run in constant time.
class SecureRandom
{
public:
    static QByteArray bytes(int count);
    // 256 random bits as unpadded base64url (43 characters).
    static QString token();
    // Lower-case hex SHA-256 of the UTF-8 text.
    static QString sha256Hex(const QString &text);
    static QByteArray sha256(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    // A random RFC 4122 version 4 UUID, lower case, for command and event ids.
    static QString uuid();
};

} // namespace md
