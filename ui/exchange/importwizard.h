#pragma once

#include "actor.h"
#include "areaworker.h"
#include "importworker.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace md {

class ColumnMappingModel;
class ImportPreviewModel;
class ImportSourcePage;
class ImportWizardPage;
class RejectedRowsModel;
class ServiceContext;

// Imports products, members or historical orders from a file (docs/import.md), step by step:
// the kind and the file (format, currency and time zone guessed or the store's), a preview of
// the first rows, the mapping of the file's columns to the import's fields, the rows the whole
// file would have rejected (all-or-nothing by default, or skip them), the run with a progress
// bar and a cancel button, and a summary. Every step runs on an ImportWorker on a thread of the
// wizard's own, which reads the file and uses that thread's database connection; the GUI thread
// only shows answers.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { SourcePage, PreviewPage, MappingPage, ValidationPage, RunPage, SummaryPage };
    static constexpr int kPreviewRows = 20;

    ImportWizard(const ServiceContext &context, const Actor &actor = Actor::system(),
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and callers that know the file already.
    void setKind(ImportKind kind);
    void setFileName(const QString &fileName);

    ImportPreviewModel *previewModel() const { return m_preview; }
    ColumnMappingModel *mappingModel() const { return m_mapping; }
    RejectedRowsModel *rejectedModel() const { return m_rejected; }
    ImportWorker *worker() const { return m_worker; }
    // The combo box that chooses the file column of a field (nullptr before the mapping page).
    QComboBox *columnChooser(const QString &key) const;
    // What the last validation or run said.
    const ImportReport &report() const { return m_report; }
    // A check or a run is under way on the worker.
    bool isBusy() const { return m_pending > 0; }

    void reject() override;

signals:
    // The store changed: a run committed.
    void imported();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSourcePage();
    void buildPreviewPage();
    void buildMappingPage();
    void buildValidationPage();
    void buildRunPage();
    void buildSummaryPage();
    void retranslate();

    ImportSetup setup() const;
    void startOpen();
    void requestPreview();
    void startValidation();
    void startRun();
    void fillMappingChoosers();
    void updateMappingStatus();
    void showSummary();

    void onOpened(quint64 request, const ImportOpened &result);
    void onPreviewed(quint64 request, const ImportPreview &preview);
    void onProgress(quint64 request, qint64 done, qint64 total, const QString &stage);
    void onValidated(quint64 request, const ImportReport &report);
    void onFinished(quint64 request, const ImportReport &report);

    Actor m_actor;
    ImportWorker *m_worker;
    ImportPreviewModel *m_preview;
    ColumnMappingModel *m_mapping;
    RejectedRowsModel *m_rejected;

    quint64 m_request = 0; // the request whose answer counts
    int m_pending = 0;     // checks and runs sent to the worker and not yet answered
    bool m_opened = false;
    bool m_previewed = false;
    bool m_validated = false;
    bool m_done = false;
    bool m_closeWhenDone = false;
    ImportOpened m_open;
    ImportReport m_report;

    ImportSourcePage *m_sourcePage = nullptr;

    ImportWizardPage *m_previewPage = nullptr;
    QLabel *m_previewStatus = nullptr;
    QTableView *m_previewTable = nullptr;

    ImportWizardPage *m_mappingPage = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QTableView *m_mappingTable = nullptr;
    QLabel *m_mappingPreviewLabel = nullptr;
    QTableView *m_mappingPreview = nullptr;

    ImportWizardPage *m_validationPage = nullptr;
    QLabel *m_validationStatus = nullptr;
    QProgressBar *m_validationProgress = nullptr;
    QTableView *m_rejectedTable = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_skipBad = nullptr;

    ImportWizardPage *m_runPage = nullptr;
    QLabel *m_runStatus = nullptr;
    QProgressBar *m_runProgress = nullptr;
    QPushButton *m_cancelRun = nullptr;

    ImportWizardPage *m_summaryPage = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_summaryRejected = nullptr;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
