#include "mainwindow.h"

#include "catalogview.h"
#include "changedebouncer.h"
#include "conflictspanel.h"
#include "dashboardview.h"
#include "desksession.h"
#include "desksessioncommandsink.h"
#include "entitynames.h"
#include "importexportactions.h"
#include "languagemanager.h"
#include "membersview.h"
#include "neworderalert.h"
#include "notificationsview.h"
#include "ordersview.h"
#include "palettemanager.h"
#include "permissionpolicy.h"
#include "producttablemodel.h"
#include "promotionsview.h"
#include "refundsview.h"
#include "reportsview.h"
#include "reviewsview.h"
#include "staffview.h"
#include "syncstatuswidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace md {

MainWindow::MainWindow(DeskSession &session, LanguageManager &languages, const QString &shopName,
                       const QString &currency, const QString &storefrontUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_shopName(shopName)
    , m_currency(currency)
    , m_storefrontUrl(storefrontUrl)
    , m_navigation(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_copyPage(new QWidget(this))
    , m_copying(new QLabel(m_copyPage))
    , m_copyProgress(new QProgressBar(m_copyPage))
    , m_copyButton(new QPushButton(m_copyPage))
    , m_roleRetry(new QTimer(this))
    , m_syncStatus(new SyncStatusWidget(session, this))
    , m_conflicts(new ConflictsPanel(session, this))
    , m_serverStatus(new QLabel(this))
{
    m_copying->setAlignment(Qt::AlignCenter);
    m_copying->setWordWrap(true);
    m_copyProgress->setRange(0, 0); // busy until the copy says how far it is
    m_copyProgress->setMaximumWidth(360);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(m_copyProgress, 2);
    copyRow->addWidget(m_copyButton);
    copyRow->addStretch(1);
    auto *copyLayout = new QVBoxLayout(m_copyPage);
    copyLayout->addStretch(1);
    copyLayout->addWidget(m_copying);
    copyLayout->addLayout(copyRow);
    copyLayout->addStretch(1);
    m_areas->addWidget(m_copyPage);
    // The first copy of a big shop takes a while: it can be stopped (the pages copied stay, the
    // window stays usable) and resumed from where it stopped.
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_session.isCopyStopped())
            m_session.syncNow();
        else
            m_session.stopFirstCopy();
        updateCopyPage();
    });
    connect(&m_session, &DeskSession::progress, this, [this](qint64 done, qint64 total) {
        if (m_session.hasCopy())
            return;
        if (total > 0 && done <= total) {
            m_copyProgress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_copyProgress->setValue(int(qMin<qint64>(done, INT_MAX)));
        } else {
            m_copyProgress->setRange(0, 0);
        }
    });
    connect(&m_session, &DeskSession::syncingChanged, this, &MainWindow::updateCopyPage);
    connect(&m_session, &DeskSession::firstCopyStopped, this, &MainWindow::updateCopyPage);
    connect(&m_session, &DeskSession::connectionChanged, this, &MainWindow::updateCopyPage);
    connect(&m_session, &DeskSession::ready, this, [this] {
        m_signedOut = false;
        updateCopyPage();
    });
    m_roleRetry->setSingleShot(true);
    m_roleRetry->setInterval(250);
    connect(m_roleRetry, &QTimer::timeout, this, &MainWindow::applyRole);
    m_navigation->addItem(QString());
    m_navigation->addItem(QString()); // Orders
    m_navigation->addItem(QString()); // Reports
    m_navigation->addItem(QString()); // Dashboard
    m_navigation->addItem(QString()); // Reviews
    m_promotionsRow = m_navigation->count();
    m_navigation->addItem(QString()); // Promotions
    m_notificationsRow = m_navigation->count();
    m_navigation->addItem(QString()); // Notifications
    m_refundsRow = m_navigation->count();
    m_navigation->addItem(QString()); // Refunds
    m_membersRow = m_navigation->count();
    m_navigation->addItem(QString()); // Members
    m_staffRow = m_navigation->count();
    m_navigation->addItem(QString()); // Staff
    m_navigation->setFixedWidth(160);
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas, [this](int row) {
        if (m_catalog)
            m_areas->setCurrentIndex(row);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    addDockWidget(Qt::BottomDockWidgetArea, m_conflicts);
    m_conflicts->hide();
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, m_conflicts, [this] {
        m_conflicts->show();
        m_conflicts->raise();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_syncNow = m_fileMenu->addAction(QString());
    m_syncNow->setShortcut(QKeySequence::Refresh);
    connect(m_syncNow, &QAction::triggered, &m_session, &DeskSession::syncNow);
    m_importExport = new ImportExportActions(m_fileMenu, this);
    // An import changes the shop; the replica shows it after a sync.
    connect(m_importExport, &ImportExportActions::storeChanged, &m_session, &DeskSession::syncNow);
    m_fileMenu->addSeparator();
    // main() stops the session and asks for a sign-in again (the local owner signs in by itself).
    m_signOut = m_fileMenu->addAction(QString());
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);
    m_editMenu = menuBar()->addMenu(QString()); // Undo/Redo of the catalog, once open
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_conflicts->toggleViewAction());
    m_viewMenu->addSeparator();
    m_palettes = new PaletteManager(this);
    auto *schemes = new QActionGroup(this);
    for (PaletteManager::Scheme scheme :
         {PaletteManager::Scheme::Light, PaletteManager::Scheme::Dark}) {
        QAction *a = m_viewMenu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(scheme == PaletteManager::current());
        schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, scheme] { m_palettes->setScheme(scheme); });
        (scheme == PaletteManager::Scheme::Dark ? m_darkPalette : m_lightPalette) = a;
    }
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const QString &language : LanguageManager::available()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::displayName(language));
        a->setCheckable(true);
        a->setChecked(language == m_languages.current());
        group->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, language] { m_languages.setLanguage(language); });
    }
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_serverStatus);
    m_newOrders = new NewOrderAlert(m_session, this);

    // Each area reloads once after a burst of changes to what it shows (the areas made later, in
    // openViews, may not exist yet). Orders, members and refunds hear the command sink.
    const auto reloadOn = [this](const QStringList &entities, auto reload) {
        auto *changes = new ChangeDebouncer(entities, 1000, this);
        connect(&m_session, &DeskSession::replicaChanged, changes, &ChangeDebouncer::note);
        connect(changes, &ChangeDebouncer::due, this, reload);
    };
    reloadOn({entity::Category, entity::Product, entity::Sku}, [this] {
        if (m_catalog)
            m_catalog->reload();
    });
    reloadOn({entity::Order, entity::Payment, entity::Refund, entity::Sku, entity::Product},
             [this] {
                 if (m_dashboard && m_dashboard->isVisible())
                     m_dashboard->refresh();
             });
    reloadOn({entity::Review, entity::Product, entity::Member}, [this] {
        if (m_reviews)
            m_reviews->reload();
    });
    reloadOn({entity::Staff}, [this] {
        if (m_staffArea)
            m_staffArea->reload();
    });
    reloadOn({entity::CouponCampaign, entity::MemberCoupon, entity::FlashSale, entity::Product,
              entity::Sku},
             [this] {
                 if (m_promotions)
                     m_promotions->reload();
             });
    connect(&m_session, &DeskSession::ready, this, &MainWindow::openViews);
    connect(&m_session, &DeskSession::firstCopyFinished, this, &MainWindow::openViews);
    connect(&m_session, &DeskSession::staffChanged, this, &MainWindow::applyRole);

    resize(1100, 700);
    retranslate();
    listAreas(); // until the role is known, only what every role may use
    openViews();
}

QStringList MainWindow::areaKeys()
{
    return {QStringLiteral("catalog"),       QStringLiteral("orders"),
            QStringLiteral("reports"),       QStringLiteral("dashboard"),
            QStringLiteral("reviews"),       QStringLiteral("promotions"),
            QStringLiteral("notifications"), QStringLiteral("refunds"),
            QStringLiteral("members"),       QStringLiteral("staff")};
}

void MainWindow::showArea(int row)
{
    m_navigation->setCurrentRow(row);
}

bool MainWindow::isAreaListed(int row) const
{
    const QListWidgetItem *item = m_navigation->item(row);
    return item && !item->isHidden();
}

void MainWindow::openViews()
{
    // What the views offer follows the signed-in staff member's role, known once the replica
    // holds their row; the actions themselves are checked again as them, and by the server.
    // A disabled account is offered nothing (the server refuses its sign-in anyway).
    if (m_catalog || !m_session.isReady() || !m_session.hasCopy() || !m_session.staff() ||
        !m_session.isStaffActive())
        return;
    const Actor staff = *m_session.staff();
    // A remote shop's name and currency come with its settings, on the replica by now.
    if (m_currency.isEmpty() || m_shopName.isEmpty()) {
        const StoreSettings settings = m_session.shopSettings().value_or(StoreSettings());
        if (m_currency.isEmpty()) {
            m_currency = settings.currency;
            m_currencyFromReplica = true;
        }
        if (m_shopName.isEmpty()) {
            m_shopName = settings.shopName;
            m_shopNameFromReplica = true;
        }
        retranslate();
    }
    m_orderCommands = new DeskSessionCommandSink(m_session, this);
    m_catalog = new CatalogView(*m_session.replica(), m_currency, staff, m_orderCommands, this);
    m_areas->insertWidget(0, m_catalog);
    // Undo is for catalog edits the outbox still holds.
    connect(&m_session, &DeskSession::pendingCountChanged, m_catalog,
            &CatalogView::setOutboxPending);
    m_editMenu->addAction(m_catalog->undoAction());
    m_editMenu->addAction(m_catalog->redoAction());
    m_orders = new OrdersView(*m_session.replica(), m_currency, staff, m_orderCommands, this);
    m_areas->insertWidget(1, m_orders);
    m_reports = new ReportsView(*m_session.replica(), this);
    m_areas->insertWidget(2, m_reports);
    m_dashboard = new DashboardView(*m_session.replica(), this);
    m_areas->insertWidget(3, m_dashboard);
    m_reviews = new ReviewsView(*m_session.replica(), staff, m_orderCommands, this);
    m_areas->insertWidget(4, m_reviews);
    m_promotions =
        new PromotionsView(*m_session.replica(), m_currency, staff, m_orderCommands, this);
    m_areas->insertWidget(m_promotionsRow, m_promotions);
    m_notifications = new NotificationsView(*m_session.replica(), staff, m_orderCommands, this);
    m_areas->insertWidget(m_notificationsRow, m_notifications);
    // Both reload themselves when the sink says the replica changed.
    m_refunds = new RefundsView(*m_session.replica(), staff, m_orderCommands, this);
    m_areas->insertWidget(m_refundsRow, m_refunds);
    m_members = new MembersView(*m_session.replica(), m_currency, staff, m_orderCommands, this);
    m_areas->insertWidget(m_membersRow, m_members);
    // Only owners manage staff: for others the area is neither made nor listed.
    if (StaffView::isAllowed(staff)) {
        m_staffArea = new StaffView(*m_session.replica(), staff, m_orderCommands, this);
        m_areas->insertWidget(m_staffRow, m_staffArea);
    } else {
        m_areas->insertWidget(m_staffRow, new QWidget(this));
    }
    m_viewsStaff = staff;
    m_hadViews = true;
    listAreas();
    m_areas->setCurrentIndex(m_navigation->currentRow());
    emit areasOpened();
}

void MainWindow::applyRole()
{
    // The views were built for one staff member and role (their actions, and their loaders,
    // which read as that actor): another role, or an account disabled or gone, closes them, and
    // they open again for whoever is signed in now. Not under an open modal dialog, which may
    // belong to a view: the change waits until it is closed.
    const std::optional<Actor> staff = m_session.staff();
    const bool fits = staff && m_session.isStaffActive() && m_viewsStaff &&
                      staff->id == m_viewsStaff->id && staff->role == m_viewsStaff->role;
    if (m_catalog && !fits) {
        if (QApplication::activeModalWidget()) {
            m_roleRetry->start();
            return;
        }
        closeViews();
    }
    openViews();
    listAreas();
    updateCopyPage();
}

void MainWindow::closeViews()
{
    m_roleRetry->stop();
    if (!m_catalog)
        return;
    m_viewsStaff.reset();
    // Deleted now, not later: their loader threads read the replica, which may close next.
    QList<QWidget *> views;
    for (int i = 0; i < m_areas->count(); ++i)
        if (m_areas->widget(i) != m_copyPage)
            views << m_areas->widget(i);
    m_areas->setCurrentWidget(m_copyPage);
    for (QWidget *view : std::as_const(views)) {
        m_areas->removeWidget(view);
        delete view; // the catalog's undo and redo leave the Edit menu with it
    }
    delete m_orderCommands;
    m_orderCommands = nullptr;
    m_catalog = nullptr;
    m_orders = nullptr;
    m_reports = nullptr;
    m_dashboard = nullptr;
    m_reviews = nullptr;
    m_promotions = nullptr;
    m_notifications = nullptr;
    m_staffArea = nullptr;
    m_refunds = nullptr;
    m_members = nullptr;
}

void MainWindow::closeAreas()
{
    closeViews();
    m_signedOut = true;
    m_hadViews = false;
    // Taken from the replica's settings: the next sign-in's replica says them again.
    if (m_currencyFromReplica)
        m_currency.clear();
    if (m_shopNameFromReplica)
        m_shopName.clear();
    m_currencyFromReplica = m_shopNameFromReplica = false;
    listAreas();
    updateCopyPage();
}

QString MainWindow::copyText() const
{
    return m_copying->text();
}

void MainWindow::updateCopyPage()
{
    const bool ready = m_session.isReady();
    const bool stopped = ready && !m_session.hasCopy() && m_session.isCopyStopped();
    const bool copying = ready && !m_session.hasCopy() && !stopped;
    if (m_signedOut) {
        m_copying->setText(tr("You are signed out."));
    } else if (stopped) {
        m_copying->setText(tr("The copy of the shop was stopped. What was copied is kept on this "
                              "computer; the copy goes on from where it stopped when you resume "
                              "it, or the next time MerchantDesk starts."));
    } else if (ready && m_session.hasCopy() && m_session.staff() && !m_session.isStaffActive()) {
        m_copying->setText(tr("Your staff account is disabled, so the shop's areas are closed. "
                              "Sign out, or ask the shop's owner to enable it again."));
    } else if (ready && m_session.hasCopy() && !m_session.staff() && m_hadViews) {
        m_copying->setText(tr("Your staff account is no longer on this shop, so its areas are "
                              "closed. Sign out, or ask the shop's owner."));
    } else {
        QString text = tr("Copying the shop to this computer…\nThe areas open when the copy "
                          "is complete; it keeps working when the server cannot be reached.");
        // Between tries of a copy that could not go on: why, in the session's words.
        if (copying && !m_session.isSyncing() && !m_session.lastError().isEmpty())
            text += QStringLiteral("\n\n") +
                    tr("Waiting for the server: %1").arg(m_session.lastError());
        m_copying->setText(text);
    }
    m_copyProgress->setVisible(copying);
    m_copyButton->setVisible(copying || stopped);
    m_copyButton->setText(stopped ? tr("&Resume copying") : tr("&Stop copying"));
    m_copyButton->setEnabled(stopped || (copying && m_session.isSyncing()));
}

void MainWindow::listAreas()
{
    // Areas the signed-in role may not use are not listed (the server refuses their actions
    // anyway); they follow the role the open views were built for, and while none are open
    // (the role not known yet, or signed out) only what every role may see is listed.
    const std::optional<Actor> staff = m_viewsStaff;
    auto allows = [&](Permission p) { return staff && PermissionPolicy::allows(*staff, p); };
    m_navigation->item(2)->setHidden(!allows(Permission::ReportsView));
    m_navigation->item(m_notificationsRow)->setHidden(!allows(Permission::NotificationBroadcast));
    m_navigation->item(m_staffRow)->setHidden(!m_staffArea || !allows(Permission::StaffManage));
    m_importExport->importAction()->setVisible(allows(Permission::DataImportExport));
    m_importExport->exportAction()->setVisible(allows(Permission::DataImportExport));
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        m_navigation->setCurrentRow(0);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_shopName.isEmpty() ? QStringLiteral("MerchantDesk")
                                        : tr("MerchantDesk — %1").arg(m_shopName));
    m_navigation->item(0)->setText(tr("Catalog"));
    m_navigation->item(1)->setText(tr("Orders"));
    m_navigation->item(2)->setText(tr("Reports"));
    m_navigation->item(3)->setText(tr("Dashboard"));
    m_navigation->item(4)->setText(tr("Reviews"));
    m_navigation->item(m_promotionsRow)->setText(tr("Promotions"));
    m_navigation->item(m_notificationsRow)->setText(tr("Notifications"));
    m_navigation->item(m_refundsRow)->setText(tr("Refunds"));
    m_navigation->item(m_membersRow)->setText(tr("Members"));
    m_navigation->item(m_staffRow)->setText(tr("Staff"));
    updateCopyPage();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_syncNow->setText(tr("&Sync now"));
    m_quit->setText(tr("&Quit"));
    m_signOut->setText(tr("Sign &out"));
    m_lightPalette->setText(tr("&Light palette"));
    m_darkPalette->setText(tr("&Dark palette"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_serverStatus->setText(m_storefrontUrl.isEmpty() ? tr("Storefront: not running")
                                                      : tr("Storefront: %1").arg(m_storefrontUrl));
}

} // namespace md
