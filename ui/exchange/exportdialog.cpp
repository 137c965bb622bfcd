#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace md {

ExportDialog::ExportDialog(const ServiceContext &context, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_actor(actor)
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
    , m_slow(new QTimer(this))
    , m_thread(QStringLiteral("export-worker"))
{
    m_thread.adopt(m_worker);
    connect(m_worker, &ExportWorker::progress, this, &ExportDialog::onProgress);
    connect(m_worker, &ExportWorker::finished, this, &ExportDialog::onFinished);
    m_thread.start();

    m_kind->setObjectName(QStringLiteral("kind"));
    m_file->setObjectName(QStringLiteral("file"));
    m_status->setObjectName(QStringLiteral("status"));
    for (int i = 0; i < 3; ++i)
        m_kind->addItem(QString(), i);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Busy until the worker has counted what it will write.
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_slow->setSingleShot(true);
    m_slow->setInterval(500);
    connect(m_slow, &QTimer::timeout, this, [this] {
        if (!m_busy)
            return;
        if (!m_wait) {
            m_wait = new QProgressDialog(this);
            m_wait->setObjectName(QStringLiteral("exportProgress"));
            m_wait->setWindowModality(Qt::WindowModal);
            m_wait->setMinimumDuration(0);
            m_wait->setAutoReset(false);
            m_wait->setAutoClose(false);
            connect(m_wait, &QProgressDialog::canceled, this, &ExportDialog::cancelExport);
        }
        m_wait->setWindowTitle(windowTitle());
        m_wait->setCancelButtonText(tr("Cancel"));
        onProgress(m_request, m_done, m_total);
        m_wait->show();
    });

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
    m_worker->cancel(); // an export still running stops at its next row and saves nothing
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
    m_cancelled = m_cancelling = m_closeWhenDone = false;
    m_done = m_total = 0;
    m_status->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateButtons();
    const quint64 request = ++m_request;
    const auto kind = ExportKind(m_kind->currentData().toInt());
    m_worker->arm();
    m_slow->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, kind, fileName, a = m_actor] {
        w->write(request, kind, fileName, a);
    });
}

void ExportDialog::onProgress(quint64 request, qint64 done, qint64 total)
{
    if (request != m_request || !m_busy)
        return;
    m_done = done;
    m_total = total;
    const int max = int(qMin<qint64>(total, INT_MAX));
    const int value = int(qMin<qint64>(done, INT_MAX));
    m_progress->setRange(0, max);
    m_progress->setValue(value);
    if (!m_wait)
        return;
    if (m_cancelling)
        m_wait->setLabelText(tr("Cancelling the export…"));
    else if (total > 0)
        m_wait->setLabelText(
            tr("Exporting %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    else
        m_wait->setLabelText(tr("Exporting…"));
    m_wait->setRange(0, max);
    // Last: on a modal progress dialog setValue() processes events, the worker's answer among
    // them.
    m_wait->setValue(value);
}

void ExportDialog::cancelExport()
{
    if (!m_busy || m_cancelling)
        return;
    m_cancelling = true;
    m_worker->cancel(); // thread-safe; the worker stops at its next product or member
    m_status->setText(tr("Cancelling the export…"));
    if (m_wait && m_wait->isVisible()) {
        m_wait->setLabelText(tr("Cancelling the export…"));
        m_wait->setCancelButtonText(QString()); // asked once; the worker is on its way out
    }
}

void ExportDialog::hideWait()
{
    m_slow->stop();
    if (m_wait) {
        // Hidden without emitting canceled(), which would cancel the next export.
        const QSignalBlocker quiet(m_wait);
        m_wait->hide();
    }
}

void ExportDialog::onFinished(quint64 request, bool ok, const QString &message,
                              const QString &details, bool cancelled)
{
    if (request != m_request)
        return;
    hideWait();
    m_busy = false;
    m_ok = ok;
    m_cancelled = cancelled;
    m_cancelling = false;
    m_progress->hide();
    m_status->setText(message);
    updateButtons();
    emit exported(ok);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (!ok && !cancelled) {
        // Non-blocking (open): the clerk reads why, and the detail for whoever helps them.
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                    tr("Nothing was exported."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(message);
        box->setDetailedText(details);
        box->open();
    }
}

void ExportDialog::reject()
{
    // Closing while the worker writes stops it; the dialog goes once nothing is left on disk.
    if (m_busy) {
        m_closeWhenDone = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_busy && !m_file->text().trimmed().isEmpty());
    m_kind->setEnabled(!m_busy);
    m_file->setEnabled(!m_busy);
    m_browse->setEnabled(!m_busy);
    // Close stays enabled while busy: it cancels (see reject()).
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
