#pragma once

#include "actor.h"
#include "areaworker.h"
#include "exportworker.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTimer;

namespace md {

class ServiceContext;

// Exports the catalogue (Shopify's or the native product CSV) or the members to a file the user
// chooses. The export runs on an ExportWorker on the dialog's own thread; the dialog shows that it
// is busy and then what was written or why nothing was (a failure also in a message box, with
// the technical detail behind "Show Details"). An export still running after half a second gets
// a progress dialog whose Cancel stops the worker's write: nothing is saved (an older file of
// that name is kept) and the dialog says the export was cancelled. Closing the dialog while it
// exports cancels too.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const ServiceContext &context, const Actor &actor = Actor::system(),
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKind(ExportKind kind);
    void setFileName(const QString &fileName);
    // Starts the export (what the Export button does).
    void start();
    bool isBusy() const { return m_busy; }
    // Stops the export in progress (what the progress dialog's Cancel does); exported(false)
    // follows once the worker has dropped what it wrote.
    void cancelExport();
    // Whether the last export ended because it was cancelled.
    bool wasCancelled() const { return m_cancelled; }
    // The progress dialog of a slow export; null until one ran for half a second.
    QProgressDialog *progressDialog() const { return m_wait; }
    ExportWorker *worker() const { return m_worker; }
    // The last outcome: whether it succeeded and what the dialog said.
    bool succeeded() const { return m_ok; }
    QString message() const;

    void reject() override;

signals:
    void exported(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void onProgress(quint64 request, qint64 done, qint64 total);
    void onFinished(quint64 request, bool ok, const QString &message, const QString &details,
                    bool cancelled);
    void hideWait();

    Actor m_actor;
    ExportWorker *m_worker;
    quint64 m_request = 0;
    bool m_busy = false;
    bool m_ok = false;
    bool m_cancelled = false;
    bool m_cancelling = false;
    bool m_closeWhenDone = false;
    qint64 m_done = 0;
    qint64 m_total = 0;

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QTimer *m_slow; // half a second into an export: show m_wait
    QProgressDialog *m_wait = nullptr;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
