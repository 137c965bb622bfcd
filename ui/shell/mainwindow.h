#pragma once

#include "actor.h"

#include <QMainWindow>

#include <optional>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace md {

class CatalogView;
class DashboardView;
class ReviewsView;
class NotificationsView;
class PromotionsView;
class MembersView;
class RefundsView;
class ConflictsPanel;
class DeskSessionCommandSink;
class DeskSession;
class ImportExportActions;
class LanguageManager;
class NewOrderAlert;
class PaletteManager;
class OrdersView;
class ReportsView;
class StaffView;
class SyncStatusWidget;

// Hosts the navigation and one view per area; the areas do the work. Views read the session's
// replica once it holds a copy of the shop (until then a page shows how far the first copy is,
// with a button that stops it and, once stopped, resumes it), and reload when a sync or an
// action changed it. The views are built for the signed-in staff member's role: when it changes
// (an owner re-roles or disables the account, or another staff member signs in to this window
// after closeAreas()), they are built again, so what the new role may not do is not offered.
// The status bar shows the sync state; the conflicts panel lists what the server refused.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // An empty shop name or currency is taken from the replica's copy of the shop's settings
    // once it has one (a remote shop, whose settings are not known before).
    MainWindow(DeskSession &session, LanguageManager &languages, const QString &shopName,
               const QString &currency, const QString &storefrontUrl, QWidget *parent = nullptr);

    // Null until the replica holds a copy of the shop.
    CatalogView *catalogView() const { return m_catalog; }
    OrdersView *ordersView() const { return m_orders; }
    ReportsView *reportsView() const { return m_reports; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ReviewsView *reviewsView() const { return m_reviews; }
    PromotionsView *promotionsView() const { return m_promotions; }
    NotificationsView *notificationsView() const { return m_notifications; }
    RefundsView *refundsView() const { return m_refunds; }
    MembersView *membersView() const { return m_members; }
    // Null until the replica holds a copy, and for staff who may not manage staff.
    StaffView *staffView() const { return m_staffArea; }
    NewOrderAlert *newOrderAlert() const { return m_newOrders; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *darkPaletteAction() const { return m_darkPalette; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    // File > Import… / Export…, enabled once given the shop's store.
    ImportExportActions *importExport() const { return m_importExport; }
    // The first copy's page: its progress and its Stop / Resume button.
    QProgressBar *copyProgress() const { return m_copyProgress; }
    QPushButton *copyButton() const { return m_copyButton; }
    QString copyText() const;
    // The staff member the open views were built for; empty while none are open.
    std::optional<Actor> viewsStaff() const { return m_viewsStaff; }

    // Closes every area now (before the session stops: the views read its replica) and shows
    // that nobody is signed in; the areas open again, for whoever signs in, when the session
    // is ready.
    void closeAreas();

    // The areas in navigation order, as stable names ("catalog", "orders", ...), for the command
    // line's screenshots; showArea() selects one, isAreaListed() says whether this role sees it.
    static QStringList areaKeys();
    void showArea(int row);
    bool isAreaListed(int row) const;

signals:
    // File > Sign out: the owner of the window stops the session and signs in again.
    void signOutRequested();
    // Every area is open on the replica: the window is ready for work.
    void areasOpened();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Puts the views on the replica once it holds a copy.
    void openViews();
    // Builds the views again when the staff member or role they were built for is no longer the
    // signed-in one (or closes them for an account disabled or gone), then lists the areas.
    void applyRole();
    // Lists only the areas and actions the open views' role may use.
    void listAreas();
    // Deletes the views at once (they read the replica) and shows the copy page.
    void closeViews();
    // The copy page's text, progress and Stop / Resume button, from the session's state.
    void updateCopyPage();

    DeskSession &m_session;
    LanguageManager &m_languages;
    QString m_shopName;
    QString m_currency;
    QString m_storefrontUrl;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    QWidget *m_copyPage;
    QLabel *m_copying;
    QProgressBar *m_copyProgress;
    QPushButton *m_copyButton;
    QTimer *m_roleRetry; // a role change waits while a modal dialog is open
    std::optional<Actor> m_viewsStaff;
    bool m_signedOut = false;
    bool m_hadViews = false; // opened since the last sign-in
    bool m_shopNameFromReplica = false;
    bool m_currencyFromReplica = false;
    CatalogView *m_catalog = nullptr;
    OrdersView *m_orders = nullptr;
    DeskSessionCommandSink *m_orderCommands = nullptr;
    ReportsView *m_reports = nullptr;
    DashboardView *m_dashboard = nullptr;
    ReviewsView *m_reviews = nullptr;
    PromotionsView *m_promotions = nullptr;
    NotificationsView *m_notifications = nullptr;
    StaffView *m_staffArea = nullptr;
    int m_staffRow = 0;
    int m_promotionsRow = -1;
    int m_notificationsRow = -1;
    RefundsView *m_refunds = nullptr;
    MembersView *m_members = nullptr;
    int m_refundsRow = -1;
    int m_membersRow = -1;
    SyncStatusWidget *m_syncStatus;
    ConflictsPanel *m_conflicts;
    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QAction *m_quit;
    QAction *m_signOut;
    QAction *m_lightPalette = nullptr;
    QAction *m_darkPalette = nullptr;
    PaletteManager *m_palettes;
    NewOrderAlert *m_newOrders;
    QAction *m_syncNow;
    ImportExportActions *m_importExport;
    QLabel *m_serverStatus;
};

} // namespace md
