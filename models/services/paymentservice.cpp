#include "paymentservice.h"

#include "changelog.h"
#include "ledgerrepository.h"
#include "ordereffects.h"
#include "orderrepository.h"
#include "paymentrepository.h"
#include "securerandom.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace md {

namespace {

Error badSignature()
{
    return makeError(ErrorCode::InvalidSignature,
                     DomainText::tr("The callback signature is not valid."));
}

} // namespace

QByteArray PaymentService::sign(const QByteArray &secret, qint64 unixSeconds,
                                const QByteArray &rawBody)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    return "t=" + t + ",v1=" + SecureRandom::hmacSha256(secret, t + '.' + rawBody).toHex();
}

Result<Payment> PaymentService::createIntent(const Actor &member, qint64 orderId,
                                             PaymentMethod method)
{
    if (!member.isMember())
        return makeError(ErrorCode::Forbidden,
                         DomainText::tr("Only the customer pays for an order."));
    if (method != PaymentMethod::Balance) {
        // The intent opened at checkout (or by an earlier request) is still good: no write.
        const QSqlDatabase db = m_ctx.connection();
        auto o = validation::found(OrderRepository(db).header(orderId), QStringLiteral("order"),
                                   orderId);
        MD_TRY(o);
        if (o->memberId != member.id)
            return validation::notFound(QStringLiteral("order"), orderId);
        if (o->status == OrderStatus::PendingPayment) {
            auto pending = PaymentRepository(db).findPending(orderId, method);
            MD_TRY(pending);
            if (pending->has_value() && (*pending)->amount == o->amountDue)
                return **pending;
        }
    }
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    OrderRepository orders(db);
    auto o = validation::found(orders.find(orderId), QStringLiteral("order"), orderId);
    MD_TRY(o);
    if (o->memberId != member.id)
        return validation::notFound(QStringLiteral("order"), orderId);
    if (o->status != OrderStatus::PendingPayment)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("This order is not awaiting payment."));
    const qint64 now = m_ctx.now();
    if (method != PaymentMethod::Balance) {
        auto p = openIntent(db, *o, method, member, now);
        MD_TRY(p);
        MD_TRY(tx.commit());
        return p;
    }

    // Balance: immediate. The debit, the payment and the order's new state in one transaction.
    Payment p;
    p.orderId = orderId;
    p.method = method;
    p.amount = o->amountDue;
    p.createdAt = now;
    LedgerPosting debit{
        member.id, -o->amountDue, QStringLiteral("payment"), QStringLiteral("order"), orderId,
        QString(), std::nullopt};
    auto posted = LedgerRepository(db, LedgerKind::Balance).post(debit, now);
    MD_TRY(posted);
    if (!posted->has_value())
        return makeError(ErrorCode::InsufficientBalance,
                         DomainText::tr("Your balance does not cover this order."));
    MD_TRY(orders.coverDueWithBalance(orderId));
    p.status = QStringLiteral("succeeded");
    p.confirmedAt = now;
    MD_TRY(PaymentRepository(db).insert(p, now));
    auto settings = StoreSettings::load(db);
    MD_TRY(settings);
    auto reloaded = validation::found(orders.find(orderId), QStringLiteral("order"), orderId);
    MD_TRY(reloaded);
    MD_TRY(OrderEffects(db, *settings, now)
               .settlePayment(*reloaded, QStringLiteral("balance"), 0, member));
    MD_TRY(tx.commit());
    return p;
}

Result<Payment> PaymentService::openIntent(const QSqlDatabase &db, const Order &order,
                                           PaymentMethod method, const Actor &member, qint64 nowMs)
{
    Q_ASSERT(method != PaymentMethod::Balance);
    Payment p;
    p.orderId = order.id;
    p.method = method;
    p.amount = order.amountDue;
    p.createdAt = nowMs;
    p.status = QStringLiteral("pending");
    p.providerRef = QStringLiteral("pi_") + SecureRandom::token().left(24);
    MD_TRY(PaymentRepository(db).insert(p, nowMs));
    OrderRepository orders(db);
    MD_TRY(orders.addEvent(order.id, QStringLiteral("payment_started"), member.label(),
                           paymentMethodName(method), nowMs));
    MD_TRY(orders.touch(order.id, nowMs));
    return p;
}

Result<CallbackOutcome> PaymentService::handleCallback(const QByteArray &rawBody,
                                                       const QByteArray &signatureHeader,
                                                       const QByteArray &secret)
{
    // 1. Signature and freshness, before looking at the body at all.
    qint64 t = -1;
    QByteArray v1;
    for (const QByteArray &part : signatureHeader.split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("t=")) {
            bool ok = false;
            t = item.mid(2).toLongLong(&ok);
            if (!ok)
                t = -1;
        } else if (item.startsWith("v1=")) {
            v1 = QByteArray::fromHex(item.mid(3));
        }
    }
    if (t < 0 || v1.size() != 32 || secret.isEmpty())
        return badSignature();
    const QByteArray expected =
        SecureRandom::hmacSha256(secret, QByteArray::number(t) + '.' + rawBody);
    if (!SecureRandom::constantTimeEquals(expected, v1))
        return badSignature();
    const qint64 nowSeconds = m_ctx.now() / 1000;
    if (t > nowSeconds + kToleranceSeconds || t < nowSeconds - kToleranceSeconds)
        return makeError(ErrorCode::StaleCallback,
                         DomainText::tr("The callback timestamp is outside the allowed window."));

    // 2. The event.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The callback body is not a JSON object."));
    const QJsonObject body = doc.object();
    const QString eventId = body.value(QStringLiteral("eventId")).toString();
    const QString ref = body.value(QStringLiteral("paymentId")).toString();
    const QString outcome = body.value(QStringLiteral("outcome")).toString();
    const QJsonValue amountValue = body.value(QStringLiteral("amount"));
    if (eventId.isEmpty() || eventId.size() > 200 || ref.isEmpty() ||
        (outcome != QLatin1String("succeeded") && outcome != QLatin1String("failed")) ||
        !amountValue.isDouble() ||
        amountValue.toDouble() != static_cast<double>(amountValue.toInteger()))
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("The callback is missing fields."));
    const qint64 amount = amountValue.toInteger();

    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    const QSqlDatabase db = tx.connection();
    PaymentRepository payments(db);
    auto seen = payments.eventSeen(eventId);
    MD_TRY(seen);
    if (*seen)
        return makeError(ErrorCode::DuplicateEvent,
                         DomainText::tr("This callback was already processed."));
    auto payment = payments.findByRef(ref);
    MD_TRY(payment);
    if (!payment->has_value())
        return makeError(ErrorCode::NotFound, DomainText::tr("No payment with this reference."));
    Payment p = **payment;
    if (p.status != QLatin1String("pending"))
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("This payment is already %1.").arg(p.status));
    OrderRepository orders(db);
    auto o = validation::found(orders.find(p.orderId), QStringLiteral("order"), p.orderId);
    MD_TRY(o);
    if (amount != p.amount || amount != o->amountDue)
        return makeError(ErrorCode::PaymentMismatch,
                         DomainText::tr("The amount does not match the amount due."));
    if (o->status != OrderStatus::PendingPayment)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("The order is no longer awaiting payment."));

    const qint64 now = m_ctx.now();
    MD_TRY(payments.recordEvent(eventId, p.id, outcome, now));
    auto settled = payments.settle(
        p.id, outcome, outcome == QLatin1String("failed") ? QStringLiteral("declined") : QString(),
        now);
    MD_TRY(settled);
    if (!*settled)
        return makeError(ErrorCode::InvalidTransition,
                         DomainText::tr("This payment is no longer pending."));
    if (outcome == QLatin1String("succeeded")) {
        auto settings = StoreSettings::load(db);
        MD_TRY(settings);
        MD_TRY(OrderEffects(db, *settings, now)
                   .settlePayment(*o, paymentMethodName(p.method), amount, Actor::system()));
    } else {
        MD_TRY(orders.addEvent(o->id, QStringLiteral("payment_failed"), QStringLiteral("provider"),
                               paymentMethodName(p.method), now));
        MD_TRY(orders.touch(o->id, now));
    }
    MD_TRY(tx.commit());
    return CallbackOutcome{p.id, p.orderId, outcome};
}

Result<Payment> PaymentService::payment(qint64 paymentId) const
{
    return validation::found(PaymentRepository(m_ctx.connection()).find(paymentId),
                             QStringLiteral("payment"), paymentId);
}

Result<Payment> PaymentService::paymentByRef(const QString &providerRef) const
{
    auto p = PaymentRepository(m_ctx.connection()).findByRef(providerRef);
    MD_TRY(p);
    if (!p->has_value())
        return makeError(ErrorCode::NotFound, DomainText::tr("No payment with this reference."));
    return **p;
}

} // namespace md
