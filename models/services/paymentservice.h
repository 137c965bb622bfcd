#pragma once

#include "actor.h"
#include "order.h"
#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace md {

class ServiceContext;

struct CallbackOutcome
{
    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString status; // succeeded or failed
};

// Payments. A member starts a payment intent for an unpaid order with card, Alipay or WeChat; the
// provider later confirms it with a signed callback:
//   X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>
//   body: {"eventId": "...", "paymentId": "<provider ref>", "outcome": "succeeded"|"failed",
//   "amount": <minor units>}
// accepted within ±300 s of now, compared in constant time, deduplicated by eventId; the amount
// must equal the order's amount due. Anything else changes nothing. Paying with balance is
// immediate and atomic.
class PaymentService
{
public:
    static constexpr qint64 kToleranceSeconds = 300;

    explicit PaymentService(const ServiceContext &context)
        : m_ctx(context)
    {}

    // A card, Alipay or WeChat payment for an order awaiting payment; asking again with the same
    // method returns the intent still pending instead of starting another (no write).
    Result<Payment> createIntent(const Actor &member, qint64 orderId, PaymentMethod method);
    // Starts a provider payment inside the caller's write transaction (checkout opens the intent
    // together with the order, so an order costs one commit before the provider's callback).
    static Result<Payment> openIntent(const QSqlDatabase &db, const Order &order,
                                      PaymentMethod method, const Actor &member, qint64 nowMs);
    Result<CallbackOutcome> handleCallback(const QByteArray &rawBody,
                                           const QByteArray &signatureHeader,
                                           const QByteArray &secret);
    Result<Payment> payment(qint64 paymentId) const;
    Result<Payment> paymentByRef(const QString &providerRef) const;

    // The header a provider sends: used by the bundled mock provider and by tests.
    static QByteArray sign(const QByteArray &secret, qint64 unixSeconds, const QByteArray &rawBody);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
