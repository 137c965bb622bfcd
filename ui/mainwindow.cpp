#include "mainwindow.h"

#include "catalogview.h"
#include "languagemanager.h"
#include "reportsview.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace md {

MainWindow::MainWindow(const ServiceContext &context, LanguageManager &languages,
                       const QString &shopName, const QString &currency,
                       const QString &storefrontUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_shopName(shopName)
    , m_storefrontUrl(storefrontUrl)
    , m_navigation(new QListWidget(this))
    , m_areas(new QStackedWidget(this))
    , m_catalog(new CatalogView(context, currency, this))
    , m_reports(new ReportsView(context, this))
    , m_serverStatus(new QLabel(this))
{
    m_areas->addWidget(m_catalog);
    m_navigation->addItem(QString());
    m_areas->addWidget(m_reports);
    m_navigation->addItem(QString());
    m_navigation->setFixedWidth(160);
    m_navigation->setCurrentRow(0);
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);
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
    statusBar()->addPermanentWidget(m_serverStatus);
    resize(1100, 700);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MerchantDesk — %1").arg(m_shopName));
    m_navigation->item(0)->setText(tr("Catalog"));
    m_navigation->item(m_areas->indexOf(m_reports))->setText(tr("Reports"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_serverStatus->setText(m_storefrontUrl.isEmpty() ? tr("Storefront: not running")
                                                      : tr("Storefront: %1").arg(m_storefrontUrl));
}

} // namespace md
