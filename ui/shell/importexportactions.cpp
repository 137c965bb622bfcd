#include "importexportactions.h"

#include "exportdialog.h"
#include "importwizard.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace md {

ImportExportActions::ImportExportActions(QMenu *menu, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_import(menu->addAction(QString()))
    , m_export(menu->addAction(QString()))
{
    m_import->setEnabled(false);
    m_export->setEnabled(false);
    connect(m_import, &QAction::triggered, this, &ImportExportActions::openImport);
    connect(m_export, &QAction::triggered, this, &ImportExportActions::openExport);
    window->installEventFilter(this);
    retranslate();
}

void ImportExportActions::setStore(const ServiceContext *store, const Actor &actor)
{
    m_store = store;
    m_actor = actor;
    m_import->setEnabled(store != nullptr);
    m_export->setEnabled(store != nullptr);
}

void ImportExportActions::openImport()
{
    if (!m_store)
        return;
    // Modal: one import at a time, and the wizard's worker ends with the wizard.
    ImportWizard wizard(*m_store, m_actor, m_window);
    connect(&wizard, &ImportWizard::imported, this, &ImportExportActions::storeChanged);
    wizard.exec();
}

void ImportExportActions::openExport()
{
    if (!m_store)
        return;
    ExportDialog dialog(*m_store, m_actor, m_window);
    dialog.exec();
}

bool ImportExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ImportExportActions::retranslate()
{
    m_import->setText(tr("&Import…"));
    m_import->setStatusTip(tr("Import products, members or historical orders from a file"));
    m_export->setText(tr("&Export…"));
    m_export->setStatusTip(tr("Export the products or the members to a file"));
}

} // namespace md
