#include "httpexchange.h"

#include "catalogcache.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <istream>

namespace md {

HttpExchange::HttpExchange(Poco::Net::HTTPServerRequest &request,
                           Poco::Net::HTTPServerResponse &response)
    : m_request(request)
    , m_response(response)
{
    m_method = QString::fromStdString(request.getMethod());
    const QUrl url(QString::fromStdString(request.getURI()));
    m_path = url.path(QUrl::FullyDecoded);
    const QUrlQuery q(url);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        m_query.insert(key, value);
}

QString HttpExchange::header(const QString &name) const
{
    return QString::fromStdString(m_request.get(name.toStdString(), std::string()));
}

QString HttpExchange::clientAddress() const
{
    return QString::fromStdString(m_request.clientAddress().host().toString());
}

void HttpExchange::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_response.set(name.toStdString(), value.toStdString());
}

void HttpExchange::sendEmpty(int status)
{
    prepareToSend();
    m_status = status;
    m_response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    m_response.setContentLength64(0);
    m_response.send();
}

QString HttpExchange::query(const QString &name, const QString &fallback) const
{
    return m_query.value(name, fallback);
}

bool HttpExchange::readBody(QByteArray &body, bool requireJson)
{
    if (requireJson) {
        const QString type = header(QStringLiteral("Content-Type"))
                                 .section(QLatin1Char(';'), 0, 0)
                                 .trimmed()
                                 .toLower();
        if (type != QLatin1String("application/json")) {
            sendProblem(415, QStringLiteral("unsupported_media_type"),
                        QStringLiteral("Unsupported media type"),
                        QStringLiteral("Send the body as application/json."));
            return false;
        }
    }
    // Refuse before reading when the client announces too much.
    if (m_request.hasContentLength() && m_request.getContentLength64() > kMaxBody) {
        sendProblem(413, QStringLiteral("payload_too_large"), QStringLiteral("Payload too large"),
                    QStringLiteral("The body may be at most 1 MiB."));
        return false;
    }
    std::istream &in = m_request.stream();
    body.clear();
    char buffer[16384];
    while (in) {
        in.read(buffer, sizeof buffer);
        const std::streamsize n = in.gcount();
        if (n <= 0)
            break;
        if (body.size() + n > kMaxBody) { // chunked bodies are counted as they arrive
            sendProblem(413, QStringLiteral("payload_too_large"),
                        QStringLiteral("Payload too large"),
                        QStringLiteral("The body may be at most 1 MiB."));
            return false;
        }
        body.append(buffer, n);
    }
    m_bodyRead = true;
    return true;
}

void HttpExchange::prepareToSend()
{
    m_responded = true;
    if (!m_bodyRead &&
        (m_request.getChunkedTransferEncoding() || m_request.getContentLength64() > 0))
        m_response.setKeepAlive(false);
}

void HttpExchange::sendText(int status, const QByteArray &contentType, const QByteArray &body)
{
    prepareToSend();
    m_status = status;
    m_response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    m_response.setContentType(contentType.toStdString());
    m_response.setContentLength64(body.size());
    if (m_cache && status == 200)
        m_response.set("ETag",
                       m_cache->store(m_request.getURI(), body, m_cacheGeneration, m_searchText)
                           .toStdString());
    m_response.sendBuffer(body.constData(), body.size()); // header and body in as few writes as fit
}

void HttpExchange::sendJson(int status, const QJsonDocument &document)
{
    sendText(status, "application/json; charset=utf-8", document.toJson(QJsonDocument::Compact));
}

void HttpExchange::sendProblem(int status, const QString &code, const QString &title,
                               const QString &detail)
{
    QJsonObject problem{
        {QStringLiteral("type"), QStringLiteral("https://merchantdesk.dev/problems/") + code},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), status},
        {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        problem.insert(QStringLiteral("detail"), detail);
    sendText(status, "application/problem+json; charset=utf-8",
             QJsonDocument(problem).toJson(QJsonDocument::Compact));
}

void HttpExchange::sendError(const Error &error)
{
    const int status = statusFor(error.kind());
    // A fault of ours says so without leaking internals.
    if (status == 500) {
        sendProblem(500, QStringLiteral("internal_error"), QStringLiteral("Internal error"),
                    QStringLiteral("Something went wrong on our side."));
        return;
    }
    sendProblem(status, error.codeName(), error.codeName(), error.message);
}

int HttpExchange::statusFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return 400;
    case ErrorKind::Unauthorized:
        return 401;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Unprocessable:
        return 422;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::Gone:
        return 410;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

} // namespace md
