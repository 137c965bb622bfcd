#pragma once

#include "actor.h"
#include "areaworker.h"
#include "promotionloader.h"
#include "recipientresolver.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace md {

class CampaignDialog;
class CampaignTableModel;
class CommandSink;
class FlashSaleDialog;
class FlashSaleTableModel;
class IssueCouponsDialog;
class ServiceContext;
struct CommandOutcome;
struct SyncCommand;

// The Promotions area: coupon campaigns and flash sales on two tabs, each with its figures
// (issued, used, discount given; sold against the allotment). Campaigns are created, edited,
// paused and resumed, and their coupons issued to listed members or an RFM segment; flash sales
// are created, edited and ended. Every change is a command through the CommandSink; the lists
// and the recipients are read on a worker thread. What the role may not do is hidden. Both tables
// sort by any column and filter with a search box, through a proxy: a view row is mapped to the
// model's row before it names a record.
class PromotionsView : public QWidget
{
    Q_OBJECT

public:
    PromotionsView(const ServiceContext &context, const QString &currency, const Actor &staff,
                   CommandSink *commands, QWidget *parent = nullptr);

    CampaignTableModel *campaignModel() const { return m_campaignModel; }
    FlashSaleTableModel *flashSaleModel() const { return m_flashSaleModel; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *campaignTable() const { return m_campaignTable; }
    QTableView *flashSaleTable() const { return m_flashSaleTable; }
    // What the tables show: the models sorted and filtered.
    QSortFilterProxyModel *campaignProxy() const { return m_campaignProxy; }
    QSortFilterProxyModel *flashSaleProxy() const { return m_flashSaleProxy; }
    QLineEdit *campaignSearch() const { return m_campaignSearch; }
    QLineEdit *flashSaleSearch() const { return m_flashSaleSearch; }
    // The dialog open at the moment, if any.
    CampaignDialog *campaignDialog() const;
    FlashSaleDialog *flashSaleDialog() const;
    IssueCouponsDialog *issueDialog() const;
    QString statusMessage() const;

public slots:
    void reload();
    void newCampaign();
    void editCampaign();
    void pauseOrResumeCampaign();
    void issueCoupons();
    void newFlashSale();
    void editFlashSale();
    void endFlashSale();

signals:
    void loadWanted(quint64 generation);
    void resolveWanted(quint64 request, const md::RecipientChoice &choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void loaded(quint64 generation, const QList<md::CampaignRow> &campaigns,
                const QList<md::FlashSaleRow> &flashSales, qint64 nowMs);
    void recipientsResolved(quint64 request, const QList<qint64> &ids, const QStringList &unknown);
    // Submits a campaign's or flash sale's command; `doneText` is shown once it is applied.
    void send(const md::SyncCommand &command, const QString &doneText);
    void outcome(const CommandOutcome &outcome);
    void warn(const QString &text, const QString &detail);
    const CampaignRow *selectedCampaign() const;
    const FlashSaleRow *selectedFlashSale() const;

    QString m_currency;
    Actor m_staff;
    bool m_mayManage;
    bool m_mayIssue;
    CommandSink *m_commands;
    PromotionLoader *m_loader;
    RecipientResolver *m_resolver;
    CampaignTableModel *m_campaignModel;
    FlashSaleTableModel *m_flashSaleModel;
    QSortFilterProxyModel *m_campaignProxy;
    QSortFilterProxyModel *m_flashSaleProxy;
    QTabWidget *m_tabs;
    QTableView *m_campaignTable;
    QTableView *m_flashSaleTable;
    QLineEdit *m_campaignSearch;
    QLineEdit *m_flashSaleSearch;
    QPushButton *m_newCampaign;
    QPushButton *m_editCampaign;
    QPushButton *m_pauseCampaign;
    QPushButton *m_issue;
    QPushButton *m_newFlashSale;
    QPushButton *m_editFlashSale;
    QPushButton *m_endFlashSale;
    QLabel *m_message;
    QPointer<CampaignDialog> m_campaignDialog;
    QPointer<FlashSaleDialog> m_flashSaleDialog;
    QPointer<IssueCouponsDialog> m_issueDialog;
    quint64 m_generation = 0;
    quint64 m_resolveRequest = 0;
    qint64 m_issueCampaign = 0;
    QString m_pendingId;
    QString m_pendingDone; // what the message says when the pending command is applied
    QString m_pendingEntity;
    qint64 m_selectCampaign = 0;
    qint64 m_selectFlashSale = 0;
    // Last: destroyed first, so the worker thread stops before anything else of this goes.
    AreaWorker m_thread;
};

} // namespace md
