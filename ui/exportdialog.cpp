#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace md {

ExportDialog::ExportDialog(const ServiceContext &context, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
    , m_thread(new QThread(this))
    , m_worker(new ExportWorker(context))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExportWorker::finished, this, &ExportDialog::onFinished);
    m_thread->setObjectName(QStringLiteral("export-worker"));
    m_thread->start();

    m_kind->setObjectName(QStringLiteral("kind"));
    m_file->setObjectName(QStringLiteral("file"));
    m_status->setObjectName(QStringLiteral("status"));
    for (int i = 0; i < 3; ++i)
        m_kind->addItem(QString(), i);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The exporters give no progress of their own: a busy bar while the worker writes.
    m_progress->setRange(0, 0);
    m_progress->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
                                                       tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_file->setText(f);
    });
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    resize(560, 220);
    retranslate();
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    m_thread->quit();
    m_thread->wait();
}

void ExportDialog::setKind(ExportKind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void ExportDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

QString ExportDialog::message() const
{
    return m_status->text();
}

void ExportDialog::start()
{
    const QString fileName = m_file->text().trimmed();
    if (m_busy || fileName.isEmpty())
        return;
    m_busy = true;
    m_ok = false;
    m_status->setText(tr("Exporting…"));
    m_progress->show();
    updateButtons();
    const quint64 request = ++m_request;
    const auto kind = ExportKind(m_kind->currentData().toInt());
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, kind, fileName, a = m_actor] {
        w->write(request, kind, fileName, a);
    });
}

void ExportDialog::onFinished(quint64 request, bool ok, const QString &message)
{
    if (request != m_request)
        return;
    m_busy = false;
    m_ok = ok;
    m_progress->hide();
    m_status->setText(message);
    updateButtons();
    emit exported(ok);
}

void ExportDialog::reject()
{
    // An export cannot be interrupted half-way; it is short, and its file is all or nothing.
    if (m_busy)
        return;
    QDialog::reject();
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_busy && !m_file->text().trimmed().isEmpty());
    m_kind->setEnabled(!m_busy);
    m_file->setEnabled(!m_busy);
    m_browse->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!m_busy);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_kindLabel->setText(tr("&Export:"));
    m_kindLabel->setBuddy(m_kind);
    m_kind->setItemText(int(ExportKind::ProductsShopify), tr("Products, as Shopify product CSV"));
    m_kind->setItemText(int(ExportKind::ProductsNative),
                        tr("Products, as MerchantDesk product CSV"));
    m_kind->setItemText(int(ExportKind::Members), tr("Members"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("E&xport"));
}

} // namespace md
