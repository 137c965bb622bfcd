#include "importsourcepage.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace md {

ImportSourcePage::ImportSourcePage(QWidget *parent)
    : QWizardPage(parent)
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_currencyLabel(new QLabel(this))
    , m_currency(new QLineEdit(this))
    , m_timeZoneLabel(new QLabel(this))
    , m_timeZone(new QComboBox(this))
{
    m_kind->setObjectName(QStringLiteral("kind"));
    for (int i = 0; i < 3; ++i)
        m_kind->addItem(QString(), i);
    m_file->setObjectName(QStringLiteral("file"));
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QString(), QString());
    m_format->addItem(QString(), QStringLiteral("shopify"));
    m_format->addItem(QString(), QStringLiteral("native"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentIndex(-1);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_timeZoneLabel, m_timeZone);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Choose the file to import"), m_file->text(),
                                         tr("CSV files (*.csv *.csv.gz *.txt);;All files (*)"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::updateControls);
    retranslate();
    updateControls();
}

ImportSetup ImportSourcePage::setup() const
{
    ImportSetup s;
    s.kind = ImportKind(m_kind->currentData().toInt());
    s.fileName = m_file->text().trimmed();
    if (s.kind == ImportKind::Products)
        s.format = m_format->currentData().toString();
    if (s.kind == ImportKind::Orders) {
        s.currency = m_currency->text().trimmed().toUpper();
        s.timeZone = m_timeZone->currentText().trimmed();
    }
    return s;
}

void ImportSourcePage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void ImportSourcePage::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

void ImportSourcePage::setDefaults(const QString &currency, const QString &timeZone)
{
    if (m_currency->text().isEmpty())
        m_currency->setText(currency);
    if (m_timeZone->currentText().isEmpty())
        m_timeZone->setCurrentText(timeZone);
}

bool ImportSourcePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

void ImportSourcePage::updateControls()
{
    const auto kind = ImportKind(m_kind->currentData().toInt());
    m_format->setEnabled(kind == ImportKind::Products);
    // Products and members are read in the store's currency and zone; only history states its own.
    m_currency->setEnabled(kind == ImportKind::Orders);
    m_timeZone->setEnabled(kind == ImportKind::Orders);
}

void ImportSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportSourcePage::retranslate()
{
    setTitle(tr("What to import"));
    setSubTitle(tr("Choose the kind of records and the file they are in."));
    m_kindLabel->setText(tr("&Import:"));
    m_kindLabel->setBuddy(m_kind);
    m_kind->setItemText(int(ImportKind::Products), tr("Products"));
    m_kind->setItemText(int(ImportKind::Members), tr("Members"));
    m_kind->setItemText(int(ImportKind::Orders), tr("Historical orders (order lines)"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse…"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_formatLabel->setBuddy(m_format);
    m_format->setItemText(0, tr("Recognise from the header"));
    m_format->setItemText(1, tr("Shopify product CSV"));
    m_format->setItemText(2, tr("MerchantDesk product CSV"));
    m_currencyLabel->setText(tr("&Currency of the amounts:"));
    m_currencyLabel->setBuddy(m_currency);
    m_timeZoneLabel->setText(tr("&Time zone of the dates:"));
    m_timeZoneLabel->setBuddy(m_timeZone);
}

} // namespace md
