#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace md {

class CatalogView;
class LanguageManager;
class ReportsView;
class ServiceContext;

// Hosts the navigation and one view per area; the areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const ServiceContext &context, LanguageManager &languages, const QString &shopName,
               const QString &currency, const QString &storefrontUrl, QWidget *parent = nullptr);

    CatalogView *catalogView() const { return m_catalog; }
    ReportsView *reportsView() const { return m_reports; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LanguageManager &m_languages;
    QString m_shopName;
    QString m_storefrontUrl;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    CatalogView *m_catalog;
    ReportsView *m_reports;
    QMenu *m_fileMenu;
    QMenu *m_languageMenu;
    QAction *m_quit;
    QLabel *m_serverStatus;
};

} // namespace md
