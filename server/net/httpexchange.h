#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace md {

class CatalogCache;

// One request and its response, as the storefront's handlers see them: the path parameters the
// router matched, the query, the body read within the size limit, and writers for JSON and RFC
// 9457 problem+json. Handlers never touch Poco directly.
class HttpExchange
{
public:
    static constexpr qint64 kMaxBody = 1024 * 1024; // 1 MiB

    HttpExchange(Poco::Net::HTTPServerRequest &request, Poco::Net::HTTPServerResponse &response);

    QString method() const { return m_method; }
    QString path() const { return m_path; }
    QString header(const QString &name) const;
    QString query(const QString &name, const QString &fallback = {}) const;
    bool hasQuery(const QString &name) const { return m_query.contains(name); }
    QString pathParam(const QString &name) const { return m_params.value(name); }
    QString clientAddress() const;
    void setPathParams(const QHash<QString, QString> &params) { m_params = params; }

    // The body, at most kMaxBody bytes. false (with a problem already sent) when it is too large,
    // has the wrong content type, or could not be read.
    bool readBody(QByteArray &body, bool requireJson = true);

    void sendJson(int status, const QJsonDocument &document);
    void sendProblem(int status, const QString &code, const QString &title,
                     const QString &detail = {});
    void sendError(const Error &error);
    void sendText(int status, const QByteArray &contentType, const QByteArray &body);
    void sendEmpty(int status);
    // Adds a header to the response (before one of the send functions).
    void setHeader(const QByteArray &name, const QByteArray &value);
    bool responded() const { return m_responded; }
    // A 200 answer to this request is stored in the cache (with its ETag) as it is sent.
    void cacheAnswer(CatalogCache *cache, quint64 generation)
    {
        m_cache = cache;
        m_cacheGeneration = generation;
    }
    // The search text of a product search, stored with a cached answer so that answers from the
    // cache still count in the search log.
    void setSearchText(const QString &text) { m_searchText = text; }
    int status() const { return m_status; }

    static int statusFor(ErrorKind kind);

private:
    Poco::Net::HTTPServerRequest &m_request;
    Poco::Net::HTTPServerResponse &m_response;
    QString m_method;
    QString m_path;
    QHash<QString, QString> m_query;
    QHash<QString, QString> m_params;
    // Whether the request body was read to its end. An answer given before that (413, 429,
    // 401...) closes the connection: the unread body would otherwise be parsed as the next request.
    bool m_bodyRead = false;
    void prepareToSend();
    bool m_responded = false;
    int m_status = 0;
    CatalogCache *m_cache = nullptr;
    quint64 m_cacheGeneration = 0;
    QString m_searchText;
};

} // namespace md
