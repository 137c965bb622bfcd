#pragma once

#include "actor.h"
#include "exportworker.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace md {

class ServiceContext;

// Exports the catalogue (Shopify's or the native product CSV) or the members to a file the user
// chooses. The export runs on an ExportWorker on the dialog's own thread; the dialog shows that it
// is busy and then what was written or why nothing was.
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
    void onFinished(quint64 request, bool ok, const QString &message);

    Actor m_actor;
    QThread *m_thread;
    ExportWorker *m_worker;
    quint64 m_request = 0;
    bool m_busy = false;
    bool m_ok = false;

    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
};

} // namespace md
