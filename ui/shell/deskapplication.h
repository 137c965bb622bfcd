#pragma once

#include "desksession.h"
#include "localshop.h"
#include "storesettings.h"
#include "syncengine.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QDialog;
class QEventLoopLocker;
class QProgressDialog;

namespace md {

class LanguageManager;
class MainWindow;

// The desktop's flow, from the first question to the last window: which desk this is (the
// shop on this computer, or a storefront server as a member of staff: the welcome dialog, the
// sign-in, or the command line), opening the local shop with its progress and Cancel, the main
// window and the DeskSession of each sign-in, signing out and back in, the box of a refused
// sign-in, and quitting in order (the window, whose views read the replica, then the session,
// whose sync talks to the shop, then the shop). main() parses the command line into Options and
// calls run(); a test calls start() and answers the dialogs, which are all opened without a
// nested event loop.
class DeskApplication : public QObject
{
    Q_OBJECT

public:
    // What the command line chose.
    struct Options
    {
        QString dataDir;            // the shop's folder, and the replicas' of remote shops
        bool localOnly = false;     // --data-dir or --screenshot: this folder's shop, never asked
        quint16 port = 0;           // of the embedded storefront; 0: any free port
        bool demo = true;           // a new shop starts with the demo data
        QString screenshot;         // non-empty: save the window's picture(s) there, then quit
        bool quitWhenReady = false; // print the ready line once the areas are open, then quit
        QString serverUrl;          // non-empty: work with this storefront server, never asked
        QString email;              // the staff member's, for serverUrl
        QString password;           // for serverUrl; when it or email is empty, the sign-in asks
        // The session's tuning (sync interval, the replica's hasher cost, durability); the flow
        // sets its folder, endpoint and embedded shop.
        DeskOptions session;
    };
    // Makes the shop this computer runs; called once, only when the desk is the local shop.
    using ShopFactory = std::function<std::unique_ptr<LocalShop>()>;

    DeskApplication(const Options &options, LanguageManager &languages, ShopFactory makeShop,
                    QObject *parent = nullptr);
    // shutdown().
    ~DeskApplication() override;

    // start(), then the event loop until finished() or the last window closes, then
    // shutdown(); returns the exit code.
    int run();
    // Asks which desk this is when nobody said, then opens it; returns at once.
    void start();
    // Closes the window, then stops the session, then the local shop. Idempotent.
    void shutdown();

    // Null until the desk opens, and after shutdown().
    MainWindow *window() const { return m_window.get(); }
    DeskSession &session() { return m_session; }
    // The local shop; null for a server's desk and before the choice.
    LocalShop *shop() const { return m_shop.get(); }

signals:
    // The desk is done: the user quit or cancelled (0), or an error was shown (1), or a
    // --screenshot or --quit-when-ready run ended. run() leaves its event loop with the code.
    void finished(int exitCode);

private:
    void setupSession();
    // The welcome dialog (first run, or a server chosen before) or the server's sign-in.
    void askWelcome();
    void askServerSignIn(const SyncEndpoint &remote);
    void openRemote(const SyncEndpoint &remote);
    void openShop();
    void setupProgress();
    void stopOpening();
    void shopReady(const QString &url);
    // Shows the window (made the first time, with its hooks) and starts the session.
    void openDesk();
    void setupWindow();
    void setupHooks();
    // File > Sign out: the areas close, the session stops, and the desk asks who is next.
    void signOut();
    void askSignInAgain();
    void askSignedOutHere();
    void showRefusal(DeskSession::Connection connection);
    void showError(const QString &message);
    // Shows `dialog` application-modal without a nested event loop, deleted once finished (or
    // by shutdown()).
    void showModal(QDialog *dialog);

    Options m_options;
    LanguageManager &m_languages;
    ShopFactory m_makeShop;
    // Declared before the window, so that it outlives the views that read its replica.
    DeskSession m_session;
    std::unique_ptr<LocalShop> m_shop;
    std::unique_ptr<QProgressDialog> m_progress;
    std::unique_ptr<MainWindow> m_window;
    // Keeps the event loop from quitting by itself while only the dialogs of the start are open.
    std::unique_ptr<QEventLoopLocker> m_starting;
    QList<QPointer<QDialog>> m_dialogs;
    DeskOptions m_desk;
    StoreSettings m_deskSettings;
    bool m_openingStopped = false; // Cancel, Escape or closing the progress dialog
    bool m_refusalShown = false;
};

} // namespace md
