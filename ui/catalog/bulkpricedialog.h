#pragma once

#include "catalogreader.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace md {

// A price change of many SKUs at once: by a percentage or by a fixed amount, previewed old → new
// before anything is sent. The caller sends one sku.update per changed SKU (changes()).
//
// The new prices follow BulkPriceRule (models/). A percentage is typed with at most two decimals;
// a fixed amount is typed like any price (Money::parse, Rounding::Reject) and may be negative. A
// change that would make a price negative is refused for the whole batch.
class BulkPriceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Percent, Amount };
    struct Change
    {
        PricedSku row;
        qint64 newPrice = 0;
    };

    BulkPriceDialog(const QList<md::PricedSku> &skus, const QString &currency,
                    QWidget *parent = nullptr);

    void setChange(Mode mode, const QString &text);
    // The SKUs whose price changes; empty while the input is not valid.
    QList<Change> changes() const { return m_changes; }
    // Why the input cannot be applied; empty when it can.
    QString problem() const { return m_problem; }

    // "10", "+12.5", "-5.25" into basis points (1000 = 10 %); nullopt for anything else.
    static std::optional<qint64> parsePercent(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recompute();

    QList<PricedSku> m_skus;
    QString m_currency;
    QComboBox *m_mode;
    QLineEdit *m_value;
    QLabel *m_rule;
    QTableWidget *m_preview;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QList<Change> m_changes;
    QString m_problem;
};

} // namespace md
