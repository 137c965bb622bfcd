#pragma once

#include "actor.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace md {

class ServiceContext;

// File > Import… and File > Export…: open the ImportWizard and the ExportDialog on the shop's own
// store. Imports and exports work on the shop, not on the desktop's replica: a bulk import goes
// into the store the storefront serves, and the replica receives it by the next sync like any
// other change (storeChanged() asks for one). Without a store (a remote shop) the actions stay
// disabled. Retranslates itself on the window's LanguageChange.
class ImportExportActions : public QObject
{
    Q_OBJECT

public:
    // Adds the two actions at the end of `menu`; `window` parents the dialogs.
    ImportExportActions(QMenu *menu, QWidget *window);

    // The shop's store (StorefrontHost::context()), and who imports (audit, permissions).
    void setStore(const ServiceContext *store, const Actor &actor = Actor::system());
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

signals:
    // An import committed: the shop changed.
    void storeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openImport();
    void openExport();

    QWidget *m_window;
    const ServiceContext *m_store = nullptr;
    Actor m_actor;
    QAction *m_import;
    QAction *m_export;
};

} // namespace md
