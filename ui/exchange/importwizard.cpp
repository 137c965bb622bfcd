#include "importwizard.h"

#include "columnmappingmodel.h"
#include "importpreviewmodel.h"
#include "importsourcepage.h"
#include "importwizardpage.h"
#include "rejectedrowsmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// The progress bar shows a fraction; done and total may be bytes past INT_MAX.
void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(qBound<qint64>(0, done * 1000 / total, qint64(1000))));
}

} // namespace

ImportWizard::ImportWizard(const ServiceContext &context, const Actor &actor, QWidget *parent)
    : QWizard(parent)
    , m_actor(actor)
    , m_worker(new ImportWorker(context))
    , m_preview(new ImportPreviewModel(this))
    , m_mapping(new ColumnMappingModel(this))
    , m_rejected(new RejectedRowsModel(this))
    , m_thread(QStringLiteral("import-worker"))
{
    qRegisterMetaType<ImportOpened>();
    qRegisterMetaType<ImportPreview>();
    qRegisterMetaType<ImportReport>();
    m_thread.adopt(m_worker);
    connect(m_worker, &ImportWorker::opened, this, &ImportWizard::onOpened);
    connect(m_worker, &ImportWorker::previewed, this, &ImportWizard::onPreviewed);
    connect(m_worker, &ImportWorker::progress, this, &ImportWizard::onProgress);
    connect(m_worker, &ImportWorker::validated, this, &ImportWizard::onValidated);
    connect(m_worker, &ImportWorker::finished, this, &ImportWizard::onFinished);
    connect(m_worker, &ImportWorker::defaultsLoaded, this,
            [this](const QString &currency, const QString &timeZone) {
                m_sourcePage->setDefaults(currency, timeZone);
            });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ImportWorker::loadDefaults, Qt::QueuedConnection);

    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the summary: nothing is left to cancel
    buildSourcePage();
    buildPreviewPage();
    buildMappingPage();
    buildValidationPage();
    buildRunPage();
    buildSummaryPage();
    resize(860, 560);
    retranslate();
}

ImportWizard::~ImportWizard()
{
    m_worker->cancel();
}

void ImportWizard::buildSourcePage()
{
    m_sourcePage = new ImportSourcePage(this);
    setPage(SourcePage, m_sourcePage);
}

void ImportWizard::buildPreviewPage()
{
    m_previewPage = new ImportWizardPage(this);
    m_previewStatus = new QLabel(m_previewPage);
    m_previewStatus->setWordWrap(true);
    m_previewTable = makeTable(m_preview, m_previewPage, QStringLiteral("preview"));
    auto *layout = new QVBoxLayout(m_previewPage);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_previewTable, 1);
    // A file whose header lacks a required column goes on: the next page maps it by hand.
    m_previewPage->setCompleteTest(
        [this] { return m_opened && m_previewed && m_open.error.isEmpty(); });
    m_previewPage->setInitializer([this] { startOpen(); });
    setPage(PreviewPage, m_previewPage);
}

void ImportWizard::buildMappingPage()
{
    m_mappingPage = new ImportWizardPage(this);
    m_mappingStatus = new QLabel(m_mappingPage);
    m_mappingStatus->setWordWrap(true);
    m_mappingTable = makeTable(m_mapping, m_mappingPage, QStringLiteral("mapping"));
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingPreviewLabel = new QLabel(m_mappingPage);
    m_mappingPreview = makeTable(m_preview, m_mappingPage, QStringLiteral("mappingPreview"));
    auto *layout = new QVBoxLayout(m_mappingPage);
    layout->addWidget(m_mappingStatus);
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(m_mappingPreviewLabel);
    layout->addWidget(m_mappingPreview, 2);
    connect(m_mapping, &QAbstractItemModel::dataChanged, this, [this] {
        updateMappingStatus();
        requestPreview();
    });
    m_mappingPage->setCompleteTest([this] { return m_mapping->isComplete(); });
    m_mappingPage->setInitializer([this] {
        fillMappingChoosers();
        updateMappingStatus();
    });
    setPage(MappingPage, m_mappingPage);
}

void ImportWizard::buildValidationPage()
{
    m_validationPage = new ImportWizardPage(this);
    m_validationStatus = new QLabel(m_validationPage);
    m_validationStatus->setWordWrap(true);
    m_validationStatus->setObjectName(QStringLiteral("validationStatus"));
    m_validationProgress = new QProgressBar(m_validationPage);
    m_rejectedTable = makeTable(m_rejected, m_validationPage, QStringLiteral("rejected"));
    m_allOrNothing = new QRadioButton(m_validationPage);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_allOrNothing->setChecked(true);
    m_skipBad = new QRadioButton(m_validationPage);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    auto *layout = new QVBoxLayout(m_validationPage);
    layout->addWidget(m_validationStatus);
    layout->addWidget(m_validationProgress);
    layout->addWidget(m_rejectedTable, 1);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_skipBad);
    m_validationPage->setCommitPage(true);
    m_validationPage->setCompleteTest(
        [this] { return m_validated && m_report.error.isEmpty() && !m_report.cancelled; });
    m_validationPage->setInitializer([this] { startValidation(); });
    // Back to the mapping while the check runs: stop it, its answer no longer counts.
    m_validationPage->setCleanup([this] {
        if (m_pending > 0)
            m_worker->cancel();
    });
    setPage(ValidationPage, m_validationPage);
}

void ImportWizard::buildRunPage()
{
    m_runPage = new ImportWizardPage(this);
    m_runStatus = new QLabel(m_runPage);
    m_runStatus->setWordWrap(true);
    m_runProgress = new QProgressBar(m_runPage);
    m_cancelRun = new QPushButton(m_runPage);
    m_cancelRun->setObjectName(QStringLiteral("cancelImport"));
    auto *layout = new QVBoxLayout(m_runPage);
    layout->addWidget(m_runStatus);
    layout->addWidget(m_runProgress);
    layout->addWidget(m_cancelRun, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancelRun, &QPushButton::clicked, this, [this] {
        m_worker->cancel();
        m_cancelRun->setEnabled(false);
        m_runStatus->setText(tr("Cancelling: everything imported so far is being undone…"));
    });
    m_runPage->setCompleteTest([this] { return m_done; });
    m_runPage->setInitializer([this] { startRun(); });
    setPage(RunPage, m_runPage);
}

void ImportWizard::buildSummaryPage()
{
    m_summaryPage = new ImportWizardPage(this);
    m_summary = new QLabel(m_summaryPage);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryRejected = makeTable(m_rejected, m_summaryPage, QStringLiteral("summaryRejected"));
    auto *layout = new QVBoxLayout(m_summaryPage);
    layout->addWidget(m_summary);
    layout->addWidget(m_summaryRejected, 1);
    m_summaryPage->setFinalPage(true);
    m_summaryPage->setInitializer([this] { showSummary(); });
    setPage(SummaryPage, m_summaryPage);
}

void ImportWizard::setKind(ImportKind kind)
{
    m_sourcePage->setKind(kind);
}

void ImportWizard::setFileName(const QString &fileName)
{
    m_sourcePage->setFileName(fileName);
}

QComboBox *ImportWizard::columnChooser(const QString &key) const
{
    const int row = m_mapping->rowOf(key);
    if (row < 0)
        return nullptr;
    return qobject_cast<QComboBox *>(
        m_mappingTable->indexWidget(m_mapping->index(row, ColumnMappingModel::FileColumn)));
}

ImportSetup ImportWizard::setup() const
{
    ImportSetup s = m_sourcePage->setup();
    s.actor = m_actor;
    return s;
}

void ImportWizard::startOpen()
{
    m_opened = false;
    m_previewed = false;
    m_open = {};
    m_preview->clear();
    m_mapping->setFields({}, {});
    m_previewStatus->setText(tr("Reading the file…"));
    const quint64 request = ++m_request;
    const ImportSetup s = setup();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, s] {
        w->open(request, s);
        w->preview(request, {}, kPreviewRows);
    });
}

void ImportWizard::requestPreview()
{
    const quint64 request = ++m_request;
    const QHash<QString, int> mapping = m_mapping->mapping();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, request, mapping] { w->preview(request, mapping, kPreviewRows); });
}

void ImportWizard::onOpened(quint64 request, const ImportOpened &result)
{
    if (request != m_request)
        return;
    m_opened = true;
    m_open = result;
    m_mapping->setFields(result.header, result.fields, result.anyOf);
    if (!result.error.isEmpty())
        m_previewStatus->setText(result.error);
    m_previewPage->recheck();
}

void ImportWizard::onPreviewed(quint64 request, const ImportPreview &preview)
{
    if (request != m_request)
        return;
    m_previewed = true;
    m_preview->setPreview(preview);
    m_previewTable->resizeColumnsToContents();
    m_mappingPreview->resizeColumnsToContents();
    m_previewPage->recheck();
    if (!m_open.error.isEmpty())
        return;
    QStringList text;
    if (m_open.format == QLatin1String("shopify"))
        text << tr("Format: Shopify product CSV.");
    else if (m_open.format == QLatin1String("native"))
        text << tr("Format: MerchantDesk product CSV.");
    if (!m_open.problem.isEmpty())
        text << m_open.problem << tr("Map the missing column on the next page.");
    else if (!preview.error.isEmpty())
        text << preview.error;
    else
        text << tr("The first rows as they will be imported. Rows in red would be rejected.");
    m_previewStatus->setText(text.join(QLatin1Char(' ')));
    m_mappingPreviewLabel->setText(preview.error.isEmpty() ? tr("Preview with this mapping:")
                                                           : preview.error);
}

void ImportWizard::fillMappingChoosers()
{
    const QStringList &header = m_mapping->header();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QModelIndex index = m_mapping->index(row, ColumnMappingModel::FileColumn);
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(
            QStringLiteral("column-%1")
                .arg(m_mapping->data(index, ColumnMappingModel::KeyRole).toString()));
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < header.size(); ++c)
            combo->addItem(header[c], c);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, row] {
            m_mapping->setData(m_mapping->index(row, ColumnMappingModel::FileColumn),
                               combo->currentData());
        });
        m_mappingTable->setIndexWidget(index, combo);
    }
    m_mappingTable->resizeColumnToContents(ColumnMappingModel::Field);
}

void ImportWizard::updateMappingStatus()
{
    const QStringList missing = m_mapping->missing();
    m_mappingStatus->setText(
        missing.isEmpty()
            ? tr("Choose the column of the file for each field. Fields in bold are required.")
            : tr("Still to map: %1.").arg(missing.join(QStringLiteral(", "))));
    m_mappingPage->recheck();
}

void ImportWizard::startValidation()
{
    m_validated = false;
    m_report = {};
    m_rejected->setRows({});
    ++m_pending;
    m_validationStatus->setText(tr("Checking every row of the file; nothing is written yet…"));
    m_validationProgress->show();
    showProgress(m_validationProgress, 0, 0);
    const quint64 request = ++m_request;
    const QHash<QString, int> mapping = m_mapping->mapping();
    m_worker->arm();
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, request, mapping] { w->validate(request, mapping); });
}

void ImportWizard::onValidated(quint64 request, const ImportReport &report)
{
    --m_pending;
    if (m_closeWhenDone) {
        if (m_pending == 0)
            QWizard::reject();
        return;
    }
    if (request != m_request)
        return;
    m_validated = true;
    m_report = report;
    m_rejected->setRows(report.rejected);
    m_rejectedTable->resizeColumnToContents(RejectedRowsModel::Line);
    m_validationProgress->hide();
    QString text;
    if (!report.error.isEmpty())
        text = report.error;
    else if (report.rejected.isEmpty())
        text = tr("No problems found. The import will give:") + QLatin1Char('\n') +
               report.figures.join(QLatin1Char('\n'));
    else
        text = tr("%n row(s) of the file would be rejected (listed below). Without them the "
                  "import would give:",
                  nullptr, int(report.rejected.size())) +
               QLatin1Char('\n') + report.figures.join(QLatin1Char('\n'));
    m_validationStatus->setText(text);
    m_validationPage->recheck();
}

void ImportWizard::startRun()
{
    m_done = false;
    ++m_pending;
    m_cancelRun->setEnabled(true);
    m_runStatus->setText(tr("Importing…"));
    showProgress(m_runProgress, 0, 0);
    const quint64 request = ++m_request;
    const QHash<QString, int> mapping = m_mapping->mapping();
    const bool allOrNothing = m_allOrNothing->isChecked();
    m_worker->arm();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request, mapping, allOrNothing] {
        w->run(request, mapping, allOrNothing);
    });
}

void ImportWizard::onProgress(quint64 request, qint64 done, qint64 total, const QString &stage)
{
    if (request != m_request)
        return;
    QProgressBar *bar = currentId() == RunPage ? m_runProgress : m_validationProgress;
    showProgress(bar, done, total);
    if (currentId() == RunPage && m_cancelRun->isEnabled())
        m_runStatus->setText(total > 0 ? tr("%1: %2 of %3").arg(stage).arg(done).arg(total)
                                       : stage);
}

void ImportWizard::onFinished(quint64 request, const ImportReport &report)
{
    --m_pending;
    if (report.committed)
        emit imported();
    m_done = true;
    m_report = report;
    m_rejected->setRows(report.rejected);
    if (m_closeWhenDone) {
        if (m_pending == 0)
            QWizard::reject();
        return;
    }
    if (request != m_request)
        return;
    m_runPage->recheck();
    next();
}

void ImportWizard::showSummary()
{
    const ImportReport &r = m_report;
    QString headline;
    if (!r.error.isEmpty())
        headline = tr("Nothing was imported: %1").arg(r.error);
    else if (r.cancelled)
        headline = tr("The import was cancelled; nothing was imported.");
    else if (r.committed && r.rejected.isEmpty())
        headline = tr("The import is done.");
    else if (r.committed)
        headline = tr("The import is done; %n rejected row(s) were left out (listed below).",
                      nullptr, int(r.rejected.size()));
    else
        headline = tr("Nothing was imported: %n row(s) of the file were rejected (listed below). "
                      "Correct them and import the file again, or choose to skip bad rows.",
                      nullptr, int(r.rejected.size()));
    QStringList lines{headline};
    if (!r.cancelled && r.error.isEmpty()) {
        if (!r.committed)
            lines << tr("Without the rejected rows the file would have given:");
        lines << r.figures;
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summaryRejected->setVisible(!r.rejected.isEmpty());
    m_summaryRejected->resizeColumnToContents(RejectedRowsModel::Line);
}

void ImportWizard::reject()
{
    // Closing during a check or a run cancels it; the window closes once it has rolled back.
    if (m_pending > 0) {
        m_closeWhenDone = true;
        m_worker->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import"));
    m_previewPage->setTitle(tr("Preview"));
    m_mappingPage->setTitle(tr("Columns"));
    m_mappingPage->setSubTitle(tr("Which column of the file holds each field."));
    if (currentId() == MappingPage)
        updateMappingStatus();
    m_validationPage->setTitle(tr("Check"));
    m_validationPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_allOrNothing->setText(
        tr("Import the whole file or nothing: any rejected row stops the import (recommended)"));
    m_skipBad->setText(tr("Skip the rejected rows and import the rest"));
    m_runPage->setTitle(tr("Importing"));
    m_cancelRun->setText(tr("&Cancel the import"));
    m_summaryPage->setTitle(tr("Summary"));
    if (currentId() == SummaryPage)
        showSummary();
    m_preview->retranslate();
    m_mapping->retranslate();
    m_rejected->retranslate();
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(
                m_mappingTable->indexWidget(m_mapping->index(row, ColumnMappingModel::FileColumn))))
            combo->setItemText(0, tr("(not imported)"));
    }
}

} // namespace md
