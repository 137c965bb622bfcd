#pragma once

#include <QString>

namespace md {

// Password hashing with PBKDF2-HMAC-SHA256 through OpenSSL. The stored text carries algorithm,
// cost and salt beside the hash: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so a
// hash made at a lower cost still verifies and needsRehash() tells the login to upgrade it.
//
// At 600,000 iterations one hash costs about 0.2 s of CPU. A process-wide semaphore caps how many
// run at once, so that a burst of logins queues instead of starving everything else.
class PasswordHasher
{
public:
    static constexpr int kProductionIterations = 600000;

    explicit PasswordHasher(int iterations = kProductionIterations);

    int iterations() const { return m_iterations; }
    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &stored) const;
    // True when stored uses another algorithm or fewer iterations than this hasher.
    bool needsRehash(const QString &stored) const;

    // How many hashes may run at once in this process (default: 2).
    static void setConcurrencyLimit(int limit);

private:
    int m_iterations;
};

} // namespace md
