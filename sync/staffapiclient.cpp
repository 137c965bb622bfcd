#include "staffapiclient.h"

#include "error.h"
#include "validation.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>

#include <QJsonDocument>
#include <QUrl>

#include <sstream>

namespace md {

namespace {

Error unreachable(const QString &why)
{
    return makeError(ErrorCode::ServerUnreachable,
                     DomainText::tr("The server cannot be reached: %1").arg(why));
}

// What a staff call accepts as an answer at all.
Result<StaffApiClient::Reply> checked(Result<StaffApiClient::Reply> reply)
{
    if (reply && (reply->status >= 500 || (reply->json.isEmpty() && reply->status != 204)))
        return makeError(
            ErrorCode::ServerUnreachable,
            DomainText::tr("The server answered with an error (%1).").arg(reply->status));
    return reply;
}

} // namespace

StaffApiClient::StaffApiClient(SyncEndpoint endpoint, Connection connection, int timeoutSeconds)
    : m_endpoint(std::move(endpoint))
    , m_connection(connection)
    , m_timeoutSeconds(timeoutSeconds)
{}

StaffApiClient::~StaffApiClient() = default;

Status StaffApiClient::checkUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The server address must look like "
                                        "https://shop.example.com or http://192.168.1.5:8080."),
                         QStringLiteral("url"));
    return {};
}

Error StaffApiClient::problemOf(const QJsonObject &json, ErrorCode fallback)
{
    return makeError(
        errorCodeFromName(json.value(QStringLiteral("code")).toString()).value_or(fallback),
        json.value(QStringLiteral("detail")).toString());
}

Poco::Net::HTTPClientSession &StaffApiClient::session()
{
    if (!m_session) {
        const QUrl url(m_endpoint.url);
        const std::string host = url.host().toStdString();
        if (url.scheme() == QLatin1String("https")) {
            // Verify the server: the system's authorities plus the configured one.
            Poco::Net::Context::Ptr tls = new Poco::Net::Context(
                Poco::Net::Context::TLS_CLIENT_USE, std::string(), std::string(),
                m_endpoint.caFile.toStdString(), Poco::Net::Context::VERIFY_STRICT, 9, true);
            m_session =
                std::make_unique<Poco::Net::HTTPSClientSession>(host, quint16(url.port(443)), tls);
        } else {
            m_session = std::make_unique<Poco::Net::HTTPClientSession>(host, quint16(url.port(80)));
        }
        if (m_connection == Connection::KeepAlive)
            m_session->setKeepAlive(true);
        m_session->setTimeout(Poco::Timespan(m_timeoutSeconds, 0));
    }
    return *m_session;
}

Result<StaffApiClient::Reply> StaffApiClient::exchange(const std::string &method,
                                                       const QString &path, const QByteArray *body)
{
    const bool keepAlive = m_connection == Connection::KeepAlive;
    for (int attempt = 0;; ++attempt) {
        try {
            Poco::Net::HTTPRequest request(method, path.toStdString(),
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            if (keepAlive)
                request.setKeepAlive(true);
            if (!m_token.isEmpty())
                request.set("Authorization", "Bearer " + m_token.toStdString());
            if (body) {
                request.setContentType("application/json");
                request.setContentLength64(body->size());
            }
            std::ostream &out = session().sendRequest(request);
            if (body)
                out.write(body->constData(), body->size());
            Poco::Net::HTTPResponse response;
            std::istream &in = session().receiveResponse(response);
            std::ostringstream content;
            content << in.rdbuf();
            Reply r;
            r.status = int(response.getStatus());
            r.json = QJsonDocument::fromJson(QByteArray::fromStdString(content.str())).object();
            if (!keepAlive)
                m_session.reset();
            return r;
        } catch (const Poco::Exception &e) {
            // A kept-alive connection the server closed: one fresh connection, then give up and
            // let the caller back off.
            m_session.reset();
            if (!keepAlive || attempt > 0)
                return unreachable(QString::fromStdString(e.displayText()));
        } catch (const std::exception &e) {
            m_session.reset();
            if (!keepAlive || attempt > 0)
                return unreachable(QString::fromUtf8(e.what()));
        }
    }
}

Result<StaffApiClient::Reply> StaffApiClient::send(const std::string &method, const QString &path,
                                                   const QJsonObject *body)
{
    if (!body)
        return exchange(method, path, nullptr);
    const QByteArray raw = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return exchange(method, path, &raw);
}

Result<StaffApiClient::Reply> StaffApiClient::postCredentials()
{
    const QJsonObject body{{QStringLiteral("email"), m_endpoint.email},
                           {QStringLiteral("password"), m_endpoint.password}};
    return send("POST", QString::fromLatin1(kSignInPath), &body);
}

Status StaffApiClient::signIn()
{
    m_token.clear();
    const auto reply = checked(postCredentials());
    MD_TRY(reply);
    if (reply->status != 200)
        return problemOf(reply->json, ErrorCode::InvalidCredentials);
    m_token = reply->json.value(QStringLiteral("token")).toString();
    return {};
}

Result<StaffApiClient::Reply> StaffApiClient::call(const std::string &method, const QString &path,
                                                   const QJsonObject *body)
{
    if (m_token.isEmpty())
        MD_TRY(signIn());
    auto reply = checked(send(method, path, body));
    MD_TRY(reply);
    if (reply->status == 401) {
        MD_TRY(signIn());
        reply = checked(send(method, path, body));
    }
    return reply;
}

} // namespace md
