#pragma once

#include "importworker.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace md {

// The import wizard's first page: the kind of records, the file (typed or chosen with a file
// dialog), the product format (guessed from the header unless chosen) and, for historical
// orders, the currency and time zone of the file (the store's unless changed). Complete once a
// file is named; whether it can be read is the worker's business on the next page.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(QWidget *parent = nullptr);

    // What the page says; the actor is the wizard's.
    ImportSetup setup() const;
    void setKind(ImportKind kind);
    void setFileName(const QString &fileName);
    // The store's currency and zone, shown for orders unless the user typed others.
    void setDefaults(const QString &currency, const QString &timeZone);

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls();

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_currencyLabel;
    QLineEdit *m_currency;
    QLabel *m_timeZoneLabel;
    QComboBox *m_timeZone;
};

} // namespace md
