#include "staffsignin.h"

#include "error.h"
#include "staffapiclient.h"
#include "validation.h"

#include <QJsonObject>

namespace md {

Status StaffSignIn::check(const SyncEndpoint &endpoint, int timeoutSeconds)
{
    MD_TRY(StaffApiClient::checkUrl(endpoint.url));
    // A connection of its own, closed after the answer: the dialog signs in once.
    StaffApiClient client(endpoint, StaffApiClient::Connection::OneShot, timeoutSeconds);
    const auto reply = client.postCredentials();
    MD_TRY(reply);
    // Read for a clerk at the door, more closely than the sync's own sign-in: anything but a
    // token or a refusal with the server's code is a server that is not a storefront.
    const QJsonObject &json = reply->json;
    const int status = reply->status;
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
}

} // namespace md
