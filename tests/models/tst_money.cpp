#include "money.h"

#include <QRandomGenerator>
#include <QTest>

using namespace md;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseRounding_data();
    void parseRounding();
    void format_data();
    void format();
    void decimalRoundTrip();
    void overflowIsDetected();
    void applyRate_data();
    void applyRate();
    void allocateExamples();
    void allocateProperties();
    void allocateRejectsBadWeights();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole yuan") << "1299"
                                << "CNY" << qint64(129900);
    QTest::newRow("grouped with decimals") << "1,299.00"
                                           << "CNY" << qint64(129900);
    QTest::newRow("symbol and one decimal") << "¥1,299.5"
                                            << "CNY" << qint64(129950);
    QTest::newRow("negative fen") << "-0.01"
                                  << "CNY" << qint64(-1);
    QTest::newRow("pounds") << "£9.99"
                            << "GBP" << qint64(999);
    QTest::newRow("code prefix") << "GBP 12.30"
                                 << "GBP" << qint64(1230);
    QTest::newRow("spaces around") << "  42.10 "
                                   << "CNY" << qint64(4210);
    QTest::newRow("yen has no minor unit") << "1299"
                                           << "JPY" << qint64(1299);
    QTest::newRow("trailing zeros beyond exponent are exact") << "1.2300"
                                                              << "CNY" << qint64(123);
    QTest::newRow("millions grouped") << "1,234,567.89"
                                      << "CNY" << qint64(123456789);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "CNY" << qint64(9223372036854775807LL);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    auto m = Money::parse(text, currency);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->minor(), minor);
    QCOMPARE(m->currency(), currency);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << ""
                           << "CNY"
                           << "invalid_amount";
    QTest::newRow("letters") << "abc"
                             << "CNY"
                             << "invalid_amount";
    QTest::newRow("bad grouping") << "1,29.00"
                                  << "CNY"
                                  << "invalid_amount";
    QTest::newRow("leading comma") << ",100"
                                   << "CNY"
                                   << "invalid_amount";
    QTest::newRow("too many decimals") << "0.001"
                                       << "GBP"
                                       << "invalid_amount";
    QTest::newRow("yen decimals") << "12.5"
                                  << "JPY"
                                  << "invalid_amount";
    QTest::newRow("dangling point") << "12."
                                    << "CNY"
                                    << "invalid_amount";
    QTest::newRow("two points") << "1.2.3"
                                << "CNY"
                                << "invalid_amount";
    QTest::newRow("exponent notation") << "1e5"
                                       << "CNY"
                                       << "invalid_amount";
    QTest::newRow("overflow") << "99999999999999999999"
                              << "CNY"
                              << "amount_overflow";
    QTest::newRow("overflow by one fen") << "92233720368547758.08"
                                         << "CNY"
                                         << "amount_overflow";
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, code);
    auto m = Money::parse(text, currency);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().codeName(), code);
    QVERIFY(!m.error().message.isEmpty());
}

void TestMoney::parseRounding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rounding");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("half up .005") << "0.005" << int(Rounding::HalfUp) << qint64(1);
    QTest::newRow("half up .0049") << "0.0049" << int(Rounding::HalfUp) << qint64(0);
    QTest::newRow("half even .005 stays") << "0.005" << int(Rounding::HalfEven) << qint64(0);
    QTest::newRow("half even .015 up") << "0.015" << int(Rounding::HalfEven) << qint64(2);
    QTest::newRow("half even .0051 up") << "0.0051" << int(Rounding::HalfEven) << qint64(1);
    QTest::newRow("down .019") << "0.019" << int(Rounding::Down) << qint64(1);
    QTest::newRow("negative half up") << "-0.125" << int(Rounding::HalfUp) << qint64(-13);
    QTest::newRow("negative half even") << "-0.125" << int(Rounding::HalfEven) << qint64(-12);
    QTest::newRow("online retail 0.001") << "0.001" << int(Rounding::HalfEven) << qint64(0);
}

void TestMoney::parseRounding()
{
    QFETCH(QString, text);
    QFETCH(int, rounding);
    QFETCH(qint64, minor);
    auto m = Money::parse(text, QStringLiteral("GBP"), static_cast<Rounding>(rounding));
    QVERIFY(m.ok());
    QCOMPARE(m->minor(), minor);
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("yuan in zh_CN") << qint64(129900) << "CNY"
                                   << "zh_CN"
                                   << "¥1,299.00";
    QTest::newRow("pounds in en_GB") << qint64(999) << "GBP"
                                     << "en_GB"
                                     << "£9.99";
    QTest::newRow("fen only") << qint64(5) << "CNY"
                              << "zh_CN"
                              << "¥0.05";
    QTest::newRow("zero") << qint64(0) << "CNY"
                          << "en_US"
                          << "¥0.00";
    QTest::newRow("millions") << qint64(123456789) << "CNY"
                              << "en_US"
                              << "¥1,234,567.89";
    QTest::newRow("negative pounds") << qint64(-999) << "GBP"
                                     << "en_GB"
                                     << "-£9.99";
    QTest::newRow("yen") << qint64(1299) << "JPY"
                         << "ja_JP"
                         << "¥1,299";
    QTest::newRow("euro in german") << qint64(129950) << "EUR"
                                    << "de_DE"
                                    << "1.299,50\u00A0€";
    QTest::newRow("C locale puts the symbol first") << qint64(1000) << "CNY"
                                                    << "C"
                                                    << "¥10.00";
}

void TestMoney::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).format(QLocale(locale)), text);
}

void TestMoney::decimalRoundTrip()
{
    QRandomGenerator rng(20261125);
    for (int i = 0; i < 10000; ++i) {
        const qint64 minor = static_cast<qint64>(rng.generate64() >> (rng.bounded(63) + 1)) *
                             (rng.bounded(2) ? 1 : -1);
        const Money m(minor, QStringLiteral("CNY"));
        auto back = Money::parse(m.toDecimalString(), QStringLiteral("CNY"));
        QVERIFY(back.ok());
        QCOMPARE(back->minor(), minor);
    }
}

void TestMoney::overflowIsDetected()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    QVERIFY(!money::add(max, 1));
    QVERIFY(!money::sub(std::numeric_limits<qint64>::min(), 1));
    QVERIFY(!money::mul(max / 2 + 1, 2));
    QCOMPARE(*money::add(40, 2), qint64(42));
    const Money big(max, QStringLiteral("CNY"));
    QCOMPARE(big.plus(Money(1, QStringLiteral("CNY"))).error().codeName(),
             QStringLiteral("amount_overflow"));
    QCOMPARE(big.times(3).error().codeName(), QStringLiteral("amount_overflow"));
    QCOMPARE(
        Money(1, QStringLiteral("CNY")).plus(Money(1, QStringLiteral("GBP"))).error().codeName(),
        QStringLiteral("currency_mismatch"));
    QCOMPARE(Money(500, QStringLiteral("CNY")).minus(Money(200, QStringLiteral("CNY")))->minor(),
             qint64(300));
}

void TestMoney::applyRate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bp");
    QTest::addColumn<int>("rounding");
    QTest::addColumn<qint64>("result");
    QTest::newRow("2% of 199.99 half up")
        << qint64(19999) << qint64(200) << int(Rounding::HalfUp) << qint64(400);
    QTest::newRow("5% of 0.10 half up")
        << qint64(10) << qint64(500) << int(Rounding::HalfUp) << qint64(1);
    QTest::newRow("5% of 0.09 half up")
        << qint64(9) << qint64(500) << int(Rounding::HalfUp) << qint64(0);
    QTest::newRow("50% of 0.99 down")
        << qint64(99) << qint64(5000) << int(Rounding::Down) << qint64(49);
    QTest::newRow("8% of huge") << qint64(1000000000000000000LL) << qint64(800)
                                << int(Rounding::HalfUp) << qint64(80000000000000000LL);
}

void TestMoney::applyRate()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, bp);
    QFETCH(int, rounding);
    QFETCH(qint64, result);
    QCOMPARE(money::applyRate(amount, bp, static_cast<Rounding>(rounding)), result);
}

void TestMoney::allocateExamples()
{
    QCOMPARE(*money::allocate(100, {1, 1, 1}), (QList<qint64>{34, 33, 33}));
    QCOMPARE(*money::allocate(-100, {1, 1, 1}), (QList<qint64>{-34, -33, -33}));
    QCOMPARE(*money::allocate(5, {0, 0}), (QList<qint64>{3, 2}));
    QCOMPARE(*money::allocate(1000, {19900, 5000, 100}), (QList<qint64>{796, 200, 4}));
    QCOMPARE(*money::allocate(0, {3, 7}), (QList<qint64>{0, 0}));
    QCOMPARE(*money::allocate(7, {0, 5, 0}), (QList<qint64>{0, 7, 0}));
}

void TestMoney::allocateProperties()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 100000; ++round) {
        const int n = 1 + rng.bounded(8);
        QList<qint64> weights;
        __int128 weightSum = 0;
        for (int i = 0; i < n; ++i) {
            // Mix small and very large weights, and some zeros.
            const qint64 w = rng.bounded(5) == 0
                                 ? 0
                                 : static_cast<qint64>(rng.generate64() >> rng.bounded(20, 63));
            weights.append(w);
            weightSum += w;
        }
        const qint64 total = static_cast<qint64>(rng.generate64() >> rng.bounded(10, 63)) *
                             (rng.bounded(4) ? 1 : -1);
        auto parts = money::allocate(total, weights);
        QVERIFY(parts);
        QCOMPARE(parts->size(), n);
        __int128 sum = 0;
        for (qint64 p : *parts)
            sum += p;
        QVERIFY2(sum == total, "parts must add up exactly");
        const QList<qint64> effective = weightSum == 0 ? QList<qint64>(n, 1) : weights;
        const __int128 effSum = weightSum == 0 ? n : weightSum;
        for (int i = 0; i < n; ++i) {
            // |part - total*w/W| < 1  <=>  |part*W - total*w| < W
            __int128 diff = static_cast<__int128>((*parts)[i]) * effSum -
                            static_cast<__int128>(total) * effective[i];
            if (diff < 0)
                diff = -diff;
            QVERIFY2(diff < effSum, "each part within one minor unit of its exact share");
        }
        QCOMPARE(*money::allocate(total, weights), *parts); // deterministic
    }
}

void TestMoney::allocateRejectsBadWeights()
{
    QVERIFY(!money::allocate(100, {}));
    QVERIFY(!money::allocate(100, {1, -1}));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
