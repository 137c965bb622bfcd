#pragma once

#include "actor.h"
#include "member.h"
#include "result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace md {

class ServiceContext;

// The shop's configurable rules, stored as key/value rows in `settings` with these defaults.
// Money is in minor units of `currency`; rates are basis points (1 bp = 0.01 %).
struct StoreSettings
{
    QString shopName = QStringLiteral("MerchantDesk Demo Shop");
    QString currency = QStringLiteral("CNY");
    QString timeZone = QStringLiteral("Asia/Shanghai");

    // Tiers by cumulative net paid.
    qint64 silverFrom = 100000;    // ¥1,000
    qint64 goldFrom = 500000;      // ¥5,000
    qint64 platinumFrom = 2000000; // ¥20,000
    int silverRateBp = 200;        // 2 % off
    int goldRateBp = 500;          // 5 % off
    int platinumRateBp = 800;      // 8 % off

    // Points: pointsPerUnit points are worth one major unit (100 points = ¥1), redeemable for at
    // most pointsMaxShareBp of what remains after discounts; earned at earnPerUnit per major unit
    // paid.
    int pointsPerUnit = 100;
    int pointsMaxShareBp = 5000;
    int earnPerUnit = 1;

    qint64 shippingFee = 1000;      // ¥10
    qint64 freeShippingFrom = 9900; // ¥99, after discounts

    int paymentTimeoutMinutes = 30;
    int autoCompleteDays = 10;
    int idempotencyRetentionHours = 48;

    MemberTier tierFor(qint64 netPaid) const;
    int tierRateBp(MemberTier tier) const;

    QMap<QString, QString> toMap() const;
    // Applies known keys; returns an error naming the first bad value and leaves *this untouched.
    Status applyMap(const QMap<QString, QString> &values);

    static Result<StoreSettings> load(const QSqlDatabase &db);
};

// Reads and changes settings (owner only for changes), logged and audited like any entity.
class SettingsService
{
public:
    explicit SettingsService(const ServiceContext &context)
        : m_ctx(context)
    {}

    Result<StoreSettings> current() const;
    Result<StoreSettings> update(const Actor &actor, const QMap<QString, QString> &values);

private:
    const ServiceContext &m_ctx;
};

} // namespace md
