#pragma once

#include "result.h"
#include "syncengine.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <string>

namespace Poco::Net {
class HTTPClientSession;
}

namespace md {

// The desktop's client of a storefront's staff API (/api/v1/admin/...), shared by the sync engine
// and the sign-in check: the one place that turns a SyncEndpoint into a Poco session (https is
// verified, VERIFY_STRICT, against the system's authorities plus the endpoint's CA file), sends a
// JSON body, reads a JSON answer and says a transport failure in a shop clerk's words. Blocking
// (network, up to the timeout per request): call it on a worker thread. One client per thread.
//
// Two ways to connect:
// - KeepAlive (the sync engine): one session kept across requests. When a request fails on it
//   (the server closed a kept-alive connection), one fresh connection is tried before giving up.
// - OneShot (the sign-in check): a fresh connection for each request ("Connection: close") and
//   no second try, so a server that does not answer costs the clerk one timeout, not two.
class StaffApiClient
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json; // empty when the body was not a JSON object
    };
    enum class Connection { KeepAlive, OneShot };

    static constexpr const char *kSignInPath = "/api/v1/admin/auth/login";

    StaffApiClient(SyncEndpoint endpoint, Connection connection, int timeoutSeconds);
    ~StaffApiClient();
    StaffApiClient(const StaffApiClient &) = delete;
    StaffApiClient &operator=(const StaffApiClient &) = delete;

    // An InvalidArgument error (field "url") unless `url` is an http or https URL with a host;
    // the message shows what a server address looks like.
    static Status checkUrl(const QString &url);
    // The error a problem+json answer stands for, keeping the server's stable code (`fallback`
    // when it has none) and its words.
    static Error problemOf(const QJsonObject &json,
                           ErrorCode fallback = ErrorCode::InvalidArgument);

    // One request, answered as is: any status is a Reply; only a transport failure (no
    // connection, TLS verification failed, timeout) is an error, ServerUnreachable. Carries the
    // staff token once signed in.
    Result<Reply> send(const std::string &method, const QString &path,
                       const QJsonObject *body = nullptr);
    // Posts the endpoint's e-mail and password to the sign-in path; the answer as is.
    Result<Reply> postCredentials();

    // A call as the endpoint's staff member: signs in first, and once more when the server
    // answers 401 (the token expired or the server restarted). An answer of 500 or above, or
    // one without a JSON object (except 204), is an error (ServerUnreachable).
    Result<Reply> call(const std::string &method, const QString &path, const QJsonObject *body);
    // Signs in and keeps the token; a refusal keeps the server's code (invalid_credentials,
    // account_disabled, too_many_attempts) and its words.
    Status signIn();
    bool isSignedIn() const { return !m_token.isEmpty(); }

private:
    // The session for the next request: the kept one, or a new one.
    Poco::Net::HTTPClientSession &session();
    Result<Reply> exchange(const std::string &method, const QString &path, const QByteArray *body);

    const SyncEndpoint m_endpoint;
    const Connection m_connection;
    const int m_timeoutSeconds;
    // Owned here and dropped after a failure (and, OneShot, after every request), so no broken
    // or half-read connection is used again.
    std::unique_ptr<Poco::Net::HTTPClientSession> m_session;
    QString m_token;
};

} // namespace md
