#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <sstream>

// A small blocking HTTP/1.1 client for tests that talk to a real server on 127.0.0.1.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString code() const { return json().value(QStringLiteral("code")).toString(); }
    };

    explicit HttpClient(quint16 port)
        : m_port(port)
    {}

    void setToken(const QString &token) { m_token = token; }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &contentType = "application/json") const
    {
        Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
        session.setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(method.toStdString(), path.toUtf8().toStdString(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        if (!m_token.isEmpty())
            request.set("Authorization", ("Bearer " + m_token).toStdString());
        for (const auto &[name, value] : headers)
            request.set(name.toStdString(), value.toStdString());
        if (!body.isNull()) {
            request.setContentType(contentType.toStdString());
            request.setContentLength64(body.size());
        }
        std::ostream &out = session.sendRequest(request);
        if (!body.isNull())
            out.write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream &in = session.receiveResponse(response);
        std::stringstream content;
        content << in.rdbuf();
        Reply r;
        r.status = response.getStatus();
        r.contentType = QByteArray::fromStdString(response.getContentType());
        r.body = QByteArray::fromStdString(content.str());
        for (const auto &[name, value] : response)
            r.headers.insert(QByteArray::fromStdString(name).toLower(),
                             QByteArray::fromStdString(value));
        return r;
    }

    Reply get(const QString &path) const { return send("GET", path); }
    Reply post(const QString &path, const QJsonObject &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    Reply patch(const QString &path, const QJsonObject &body) const
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply del(const QString &path) const { return send("DELETE", path); }

private:
    quint16 m_port;
    QString m_token;
};
