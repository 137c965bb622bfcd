#pragma once

#include "reportrequest.h"
#include "shopfixture.h"

#include <QDateTime>
#include <QTimeZone>

// ShopFixture with three paid orders in January and February 2026 (Asia/Shanghai, the store's
// default zone), placed and paid through the real services, for the desktop's report tests:
//   Jan 5  alice buys LJ-250 (¥128) + POT-1 (¥88): ¥216, free shipping (≥ ¥99), 2 units
//   Jan 6  bob buys 2 x LJ-100 (¥45): ¥90 + ¥10 shipping, 2 units
//   Feb 3  alice places an order for LJ-100 and never pays it (no sale)
//   Feb 20 bob buys LJ-250 + LJ-100: ¥173, 2 units
// Sales by month: January 2 orders, 4 units, gross ¥306, shipping ¥10, net ¥306, average order
// value (306 + 10) / 2 = ¥158; February 1 order, 2 units, ¥173; totals 3 orders, 6 units, gross
// ¥479, average (479 + 10) / 3 = ¥163; nothing in the previous period (Nov 3 – Dec 31, 2025).
class SalesShop : public ShopFixture
{
public:
    SalesShop()
    {
        setTime("2026-01-05T10:00:00");
        auto [alice, aliceAddress] = customer(QStringLiteral("alice@example.com"));
        addToCart(alice, skuTea, 1);
        addToCart(alice, skuPot, 1);
        placeAndPay(alice, aliceAddress, QStringLiteral("o1"));

        setTime("2026-01-06T09:00:00");
        auto [bob, bobAddress] = customer(QStringLiteral("bob@example.com"));
        addToCart(bob, skuTeaBig, 2);
        placeAndPay(bob, bobAddress, QStringLiteral("o2"));

        setTime("2026-02-03T15:00:00");
        addToCart(alice, skuTeaBig, 1);
        check(place(alice, aliceAddress, QStringLiteral("o3")));

        setTime("2026-02-20T11:00:00");
        addToCart(bob, skuTea, 1);
        addToCart(bob, skuTeaBig, 1);
        placeAndPay(bob, bobAddress, QStringLiteral("o4"));
    }

    void setTime(const char *local)
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
        t.setTimeZone(QTimeZone("Asia/Shanghai"));
        clock().setNowMs(t.toMSecsSinceEpoch());
    }

    void placeAndPay(qint64 member, qint64 address, const QString &key)
    {
        auto placed = place(member, address, key);
        check(placed);
        if (!placed->payment)
            qFatal("no provider payment for %s", qPrintable(key));
        check(callback(placed->payment->providerRef, placed->payment->amount,
                       QStringLiteral("succeeded"), QStringLiteral("evt-") + key));
    }

    // January and February 2026 by month, compared with the previous period.
    static md::ReportRequest janFeb()
    {
        md::ReportRequest r;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 2, 28);
        r.bucket = md::ReportBucket::Month;
        r.comparePrevious = true;
        return r;
    }
};
