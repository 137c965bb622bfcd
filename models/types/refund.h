#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md {

enum class RefundStatus { Requested, Approved, Refunded, Rejected };
QString refundStatusName(RefundStatus status);
std::optional<RefundStatus> refundStatusFromName(const QString &name);

struct RefundLine
{
    qint64 orderLineId = 0;
    qint64 quantity = 0;
    qint64 amount = 0;
};

struct Refund
{
    qint64 id = 0;
    qint64 orderId = 0;
    RefundStatus status = RefundStatus::Requested;
    QString reason;
    qint64 amount = 0; // cash + balance returned (or to be returned)
    qint64 cashAmount = 0;
    qint64 balanceAmount = 0;
    bool includesShipping = false;
    QString destination = QStringLiteral("original"); // or "balance"
    bool restock = true;
    QString requestedBy; // Actor::label()
    qint64 decidedBy = 0;
    QString decisionNote;
    qint64 pointsReversed = 0;
    qint64 pointsRestored = 0;
    qint64 createdAt = 0;
    qint64 decidedAt = 0;
    qint64 refundedAt = 0;
    qint64 version = 0;
    QList<RefundLine> lines;

    QJsonObject toJson() const;
};

} // namespace md
