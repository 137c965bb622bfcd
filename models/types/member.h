#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace md {

enum class MemberTier { Regular, Silver, Gold, Platinum };
QString memberTierName(MemberTier tier);
std::optional<MemberTier> memberTierFromName(const QString &name);

// A customer account. points and balance are caches of their ledgers' sums, kept in the same
// transaction as every ledger entry; password hashes never leave the repository.
struct Member
{
    qint64 id = 0;
    QString email;       // normalised; empty when none
    QString phone;       // normalised; empty when none
    QString externalRef; // id in an imported system, e.g. Online Retail's CustomerID
    QString displayName;
    MemberTier tier = MemberTier::Regular;  // computed from cumulative net paid
    std::optional<MemberTier> tierOverride; // set by a manager; wins over the computed tier
    qint64 points = 0;
    qint64 balance = 0; // store credit, minor units
    qint64 netPaid = 0; // cumulative net paid (cash + balance, excl. shipping, less refunds)
    bool active = true;
    bool canLogIn = false; // has a password
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    MemberTier effectiveTier() const { return tierOverride.value_or(tier); }
    QJsonObject toJson() const;
};

struct Address
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString recipient;
    QString phone;
    QString region; // province / city / district, e.g. "浙江省 杭州市 西湖区"
    QString detail; // street and number
    QString postalCode;
    bool isDefault = false;
    qint64 version = 0;

    QJsonObject toJson() const;
};

struct AddressDraft
{
    QString recipient;
    QString phone;
    QString region;
    QString detail;
    QString postalCode;
    bool isDefault = false;
};

enum class LedgerKind { Points, Balance };

// One line of a points or balance ledger.
struct LedgerEntry
{
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 delta = 0;
    qint64 balanceAfter = 0;
    QString reason; // see ledgerReasons in docs/architecture.md
    QString refType;
    qint64 refId = 0;
    QString note;
    qint64 staffId = 0;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
};

} // namespace md
