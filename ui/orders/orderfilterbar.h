#pragma once

#include "orderquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace md {

// The Orders area's filter bar: status, placed from/to (store days; "any day" at the boxes'
// minimum), member (part of the name, or the e-mail or phone), amount range (in the store's
// currency) and order number. changed() comes at once for the status and after a typing pause
// for the rest; an amount that does not parse is marked and ignored.
class OrderFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterBar(const QString &currency, QWidget *parent = nullptr);

    // The filter as entered, with the days turned into times in the store's zone.
    OrderQuery query(const QString &timeZone) const;
    // changed() now instead of after the typing pause.
    void commit();

    QComboBox *status() const { return m_status; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QLineEdit *member() const { return m_member; }
    QLineEdit *minAmount() const { return m_minAmount; }
    QLineEdit *maxAmount() const { return m_maxAmount; }
    QLineEdit *number() const { return m_number; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkAmount(QLineEdit *edit);
    std::optional<qint64> amount(const QLineEdit *edit) const;

    QString m_currency;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_member;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QLineEdit *m_number;
    QList<QLabel *> m_labels;
    QTimer *m_pause;
};

} // namespace md
