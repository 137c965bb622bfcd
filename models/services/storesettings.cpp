#include "storesettings.h"

#include "auditlog.h"
#include "changelog.h"
#include "money.h"
#include "permissionpolicy.h"
#include "servicecontext.h"
#include "settingsrepository.h"
#include "validation.h"
#include "writetransaction.h"

#include <QJsonObject>
#include <QTimeZone>

#include <functional>
#include <mutex>

namespace md {

namespace {

struct Field
{
    const char *key;
    std::function<QString(const StoreSettings &)> get;
    std::function<bool(StoreSettings &, const QString &)> set;
};

template<typename T>
Field intField(const char *key, T StoreSettings::*member, qint64 min, qint64 max)
{
    return {key, [member](const StoreSettings &s) { return QString::number(s.*member); },
            [member, min, max](StoreSettings &s, const QString &v) {
                bool ok = false;
                const qint64 n = v.toLongLong(&ok);
                if (!ok || n < min || n > max)
                    return false;
                s.*member = static_cast<T>(n);
                return true;
            }};
}

const QList<Field> &fields()
{
    static const QList<Field> list = {
        {"shop_name", [](const StoreSettings &s) { return s.shopName; },
         [](StoreSettings &s, const QString &v) {
             if (v.trimmed().isEmpty() || v.size() > 100)
                 return false;
             s.shopName = v.trimmed();
             return true;
         }},
        {"currency", [](const StoreSettings &s) { return s.currency; },
         [](StoreSettings &s, const QString &v) {
             if (v.size() != 3 || v.toUpper() != v)
                 return false;
             s.currency = v;
             return true;
         }},
        {"time_zone", [](const StoreSettings &s) { return s.timeZone; },
         [](StoreSettings &s, const QString &v) {
             if (!QTimeZone(v.toUtf8()).isValid())
                 return false;
             s.timeZone = v;
             return true;
         }},
        intField("tier_silver_from", &StoreSettings::silverFrom, 0, validation::kMaxAmount),
        intField("tier_gold_from", &StoreSettings::goldFrom, 0, validation::kMaxAmount),
        intField("tier_platinum_from", &StoreSettings::platinumFrom, 0, validation::kMaxAmount),
        intField("tier_silver_rate_bp", &StoreSettings::silverRateBp, 0, 10000),
        intField("tier_gold_rate_bp", &StoreSettings::goldRateBp, 0, 10000),
        intField("tier_platinum_rate_bp", &StoreSettings::platinumRateBp, 0, 10000),
        intField("points_per_unit", &StoreSettings::pointsPerUnit, 1, 1000000),
        intField("points_max_share_bp", &StoreSettings::pointsMaxShareBp, 0, 10000),
        intField("points_earn_per_unit", &StoreSettings::earnPerUnit, 0, 1000),
        intField("shipping_fee", &StoreSettings::shippingFee, 0, validation::kMaxAmount),
        intField("free_shipping_from", &StoreSettings::freeShippingFrom, 0, validation::kMaxAmount),
        intField("payment_timeout_minutes", &StoreSettings::paymentTimeoutMinutes, 1, 7 * 24 * 60),
        intField("auto_complete_days", &StoreSettings::autoCompleteDays, 1, 365),
        intField("idempotency_retention_hours", &StoreSettings::idempotencyRetentionHours, 24,
                 24 * 365),
    };
    return list;
}

} // namespace

MemberTier StoreSettings::tierFor(qint64 netPaid) const
{
    if (netPaid >= platinumFrom)
        return MemberTier::Platinum;
    if (netPaid >= goldFrom)
        return MemberTier::Gold;
    if (netPaid >= silverFrom)
        return MemberTier::Silver;
    return MemberTier::Regular;
}

int StoreSettings::tierRateBp(MemberTier tier) const
{
    switch (tier) {
    case MemberTier::Regular:
        return 0;
    case MemberTier::Silver:
        return silverRateBp;
    case MemberTier::Gold:
        return goldRateBp;
    case MemberTier::Platinum:
        return platinumRateBp;
    }
    return 0;
}

QMap<QString, QString> StoreSettings::toMap() const
{
    QMap<QString, QString> out;
    for (const Field &f : fields())
        out.insert(QString::fromLatin1(f.key), f.get(*this));
    return out;
}

Status StoreSettings::applyMap(const QMap<QString, QString> &values)
{
    StoreSettings next = *this;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Field *field = nullptr;
        for (const Field &f : fields()) {
            if (it.key() == QLatin1String(f.key))
                field = &f;
        }
        if (!field)
            return makeError(ErrorCode::InvalidArgument,
                             DomainText::tr("Unknown setting %1.").arg(it.key()), it.key());
        if (!field->set(next, it.value()))
            return makeError(
                ErrorCode::InvalidArgument,
                DomainText::tr("%1 is not a valid value for %2.").arg(it.value(), it.key()),
                it.key());
    }
    if (!(next.silverFrom <= next.goldFrom && next.goldFrom <= next.platinumFrom))
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("Tier thresholds must rise from silver to gold to platinum."));
    *this = next;
    return {};
}

Result<StoreSettings> StoreSettings::load(const QSqlDatabase &db)
{
    auto rows = SettingsRepository(db).all();
    if (!rows)
        return rows.error();
    // Every checkout request loads the settings; parsing them (a time zone lookup among it) cost
    // three times the read. The last parse is kept, keyed by the very rows it came from, so it
    // can never be stale: different rows are parsed anew.
    static std::mutex lastMutex;
    static QMap<QString, QString> lastRows;
    static StoreSettings lastParsed;
    {
        std::lock_guard lock(lastMutex);
        if (!lastRows.isEmpty() && lastRows == *rows)
            return lastParsed;
    }
    QMap<QString, QString> stored;
    const QMap<QString, QString> known = StoreSettings().toMap();
    for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
        if (known.contains(it.key()))
            stored.insert(it.key(), it.value());
    }
    StoreSettings s;
    MD_TRY(s.applyMap(stored));
    std::lock_guard lock(lastMutex);
    lastRows = *rows;
    lastParsed = s;
    return s;
}

Result<StoreSettings> SettingsService::current() const
{
    return StoreSettings::load(m_ctx.connection());
}

Result<StoreSettings> SettingsService::update(const Actor &actor,
                                              const QMap<QString, QString> &values)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::SettingsEdit));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto before = StoreSettings::load(tx.connection());
    MD_TRY(before);
    StoreSettings after = *before;
    MD_TRY(after.applyMap(values));
    const QMap<QString, QString> oldMap = before->toMap();
    QJsonObject beforeJson, afterJson;
    SettingsRepository repo(tx.connection());
    for (auto it = values.begin(); it != values.end(); ++it) {
        MD_TRY(repo.put(it.key(), it.value(), m_ctx.now()));
        beforeJson.insert(it.key(), oldMap.value(it.key()));
        afterJson.insert(it.key(), it.value());
    }
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("settings.update"),
                            entity::Setting, 0, beforeJson, afterJson, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

} // namespace md
