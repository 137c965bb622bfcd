#include "staffsignin.h"

#include "error.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <sstream>

namespace md {

Status StaffSignIn::check(const SyncEndpoint &endpoint, int timeoutSeconds)
{
    const QUrl url(endpoint.url);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The server address must look like "
                                        "https://shop.example.com or http://192.168.1.5:8080."),
                         QStringLiteral("url"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), endpoint.email},
                                  {QStringLiteral("password"), endpoint.password}})
            .toJson(QJsonDocument::Compact);
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        const std::string host = url.host().toStdString();
        if (url.scheme() == QLatin1String("https")) {
            // Verified like the sync's own connection: the system's authorities plus the
            // configured one.
            Poco::Net::Context::Ptr tls = new Poco::Net::Context(
                Poco::Net::Context::TLS_CLIENT_USE, std::string(), std::string(),
                endpoint.caFile.toStdString(), Poco::Net::Context::VERIFY_STRICT, 9, true);
            session =
                std::make_unique<Poco::Net::HTTPSClientSession>(host, quint16(url.port(443)), tls);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(host, quint16(url.port(80)));
        }
        session->setTimeout(Poco::Timespan(timeoutSeconds, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST,
                                       "/api/v1/admin/auth/login",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setContentType("application/json");
        request.setContentLength64(body.size());
        session->sendRequest(request).write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream &in = session->receiveResponse(response);
        std::ostringstream content;
        content << in.rdbuf();
        const QJsonObject json =
            QJsonDocument::fromJson(QByteArray::fromStdString(content.str())).object();
        const int status = int(response.getStatus());
        if (status == 200 && json.contains(QStringLiteral("token")))
            return {};
        if (status >= 400 && status < 500 && json.contains(QStringLiteral("code"))) {
            const ErrorCode code = errorCodeFromName(json.value(QStringLiteral("code")).toString())
                                       .value_or(ErrorCode::InvalidCredentials);
            // The server's own words when it gave some; they are in its language.
            const QString detail = json.value(QStringLiteral("detail")).toString();
            return makeError(code, detail.isEmpty()
                                       ? DomainText::tr("The e-mail or password is not right.")
                                       : detail);
        }
        return makeError(ErrorCode::ServerUnreachable,
                         DomainText::tr("%1 does not answer like a MerchantDesk storefront "
                                        "(status %2).")
                             .arg(endpoint.url)
                             .arg(status));
    } catch (const Poco::Exception &e) {
        return makeError(ErrorCode::ServerUnreachable,
                         DomainText::tr("The server cannot be reached: %1")
                             .arg(QString::fromStdString(e.displayText())));
    } catch (const std::exception &e) {
        return makeError(
            ErrorCode::ServerUnreachable,
            DomainText::tr("The server cannot be reached: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace md
