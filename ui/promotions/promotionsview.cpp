#include "promotionsview.h"

#include "campaigndialog.h"
#include "campaigntablemodel.h"
#include "commandsink.h"
#include "flashsaledialog.h"
#include "flashsaletablemodel.h"
#include "issuecouponsdialog.h"
#include "listfilterproxy.h"
#include "permissionpolicy.h"
#include "promotioncommandtypes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

namespace {

QTableView *makeTable(QAbstractItemModel *model, int stretch, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    // The loader's order (newest first) until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    return table;
}

QLineEdit *makeSearch(QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *search = new QLineEdit(parent);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(240);
    QObject::connect(search, &QLineEdit::textChanged, proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    return search;
}

// The model's row of the selected view row, -1 when none is: the view's rows are the proxy's,
// in its order and without the rows the search hides.
int selectedSourceRow(const QTableView *table, const QSortFilterProxyModel *proxy)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.size() == 1 ? proxy->mapToSource(rows.first()).row() : -1;
}

// Selects the model's row where the view shows it; nothing when the search hides it.
void selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow)
{
    const QModelIndex shown = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (shown.isValid())
        table->selectRow(shown.row());
}

QWidget *tabPage(QTableView *table, const QList<QPushButton *> &buttons, QLineEdit *search,
                 QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch();
    row->addWidget(search);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(table, 1);
    return page;
}

} // namespace

PromotionsView::PromotionsView(const ServiceContext &context, const QString &currency,
                               const Actor &staff, CommandSink *commands, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_staff(staff)
    , m_mayManage(PermissionPolicy::allows(staff, Permission::PromotionManage))
    , m_mayIssue(PermissionPolicy::allows(staff, Permission::CouponIssue))
    , m_commands(commands)
    , m_loader(new PromotionLoader(context, staff))
    , m_resolver(new RecipientResolver(context, staff))
    , m_campaignModel(new CampaignTableModel(currency, this))
    , m_flashSaleModel(new FlashSaleTableModel(currency, this))
    , m_campaignProxy(new ListFilterProxy(m_campaignModel, CampaignTableModel::SortRole,
                                          CampaignTableModel::SearchRole, this))
    , m_flashSaleProxy(new ListFilterProxy(m_flashSaleModel, FlashSaleTableModel::SortRole,
                                           FlashSaleTableModel::SearchRole, this))
    , m_tabs(new QTabWidget(this))
    , m_campaignTable(makeTable(m_campaignProxy, CampaignTableModel::Name, this))
    , m_flashSaleTable(makeTable(m_flashSaleProxy, FlashSaleTableModel::Name, this))
    , m_campaignSearch(makeSearch(m_campaignProxy, this))
    , m_flashSaleSearch(makeSearch(m_flashSaleProxy, this))
    , m_newCampaign(new QPushButton(this))
    , m_editCampaign(new QPushButton(this))
    , m_pauseCampaign(new QPushButton(this))
    , m_issue(new QPushButton(this))
    , m_newFlashSale(new QPushButton(this))
    , m_editFlashSale(new QPushButton(this))
    , m_endFlashSale(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_thread(QStringLiteral("md-promotions"))
{
    m_thread.adopt(m_loader);
    m_thread.adopt(m_resolver);
    connect(this, &PromotionsView::loadWanted, m_loader, &PromotionLoader::load);
    connect(m_loader, &PromotionLoader::loaded, this, &PromotionsView::loaded);
    connect(m_loader, &PromotionLoader::failed, this, [this](quint64 generation, const QString &m) {
        if (generation == m_generation)
            m_message->setText(tr("The promotions could not be read: %1").arg(m));
    });
    connect(this, &PromotionsView::resolveWanted, m_resolver, &RecipientResolver::resolve);
    connect(m_resolver, &RecipientResolver::resolved, this, &PromotionsView::recipientsResolved);
    connect(m_resolver, &RecipientResolver::failed, this,
            [this](quint64 request, const QString &m) {
                if (request != m_resolveRequest)
                    return;
                m_issueCampaign = 0;
                warn(tr("No coupons were issued."), m);
                updateButtons();
            });
    m_thread.start();

    for (QPushButton *b : {m_newCampaign, m_editCampaign, m_pauseCampaign, m_newFlashSale,
                           m_editFlashSale, m_endFlashSale})
        b->setVisible(m_mayManage);
    m_issue->setVisible(m_mayIssue);
    connect(m_newCampaign, &QPushButton::clicked, this, &PromotionsView::newCampaign);
    connect(m_editCampaign, &QPushButton::clicked, this, &PromotionsView::editCampaign);
    connect(m_pauseCampaign, &QPushButton::clicked, this, &PromotionsView::pauseOrResumeCampaign);
    connect(m_issue, &QPushButton::clicked, this, &PromotionsView::issueCoupons);
    connect(m_newFlashSale, &QPushButton::clicked, this, &PromotionsView::newFlashSale);
    connect(m_editFlashSale, &QPushButton::clicked, this, &PromotionsView::editFlashSale);
    connect(m_endFlashSale, &QPushButton::clicked, this, &PromotionsView::endFlashSale);
    connect(m_campaignTable, &QAbstractItemView::doubleClicked, this,
            &PromotionsView::editCampaign);
    connect(m_flashSaleTable, &QAbstractItemView::doubleClicked, this,
            &PromotionsView::editFlashSale);
    // The buttons follow the selected record: a new selection, new figures, a new order, and
    // rows the search hides (the view then selects the next row it still shows).
    for (QTableView *t : {m_campaignTable, m_flashSaleTable})
        connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &PromotionsView::updateButtons);
    for (QSortFilterProxyModel *m : {m_campaignProxy, m_flashSaleProxy}) {
        connect(m, &QAbstractItemModel::modelReset, this, &PromotionsView::updateButtons);
        connect(m, &QAbstractItemModel::dataChanged, this, &PromotionsView::updateButtons);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &PromotionsView::updateButtons);
        connect(m, &QAbstractItemModel::layoutChanged, this, &PromotionsView::updateButtons);
    }
    if (m_commands)
        connect(m_commands, &CommandSink::submitted, this, &PromotionsView::outcome);

    m_tabs->addTab(tabPage(m_campaignTable,
                           {m_newCampaign, m_editCampaign, m_pauseCampaign, m_issue},
                           m_campaignSearch, this),
                   QString());
    m_tabs->addTab(tabPage(m_flashSaleTable, {m_newFlashSale, m_editFlashSale, m_endFlashSale},
                           m_flashSaleSearch, this),
                   QString());
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    retranslate();
    reload();
}

CampaignDialog *PromotionsView::campaignDialog() const
{
    return m_campaignDialog;
}

FlashSaleDialog *PromotionsView::flashSaleDialog() const
{
    return m_flashSaleDialog;
}

IssueCouponsDialog *PromotionsView::issueDialog() const
{
    return m_issueDialog;
}

QString PromotionsView::statusMessage() const
{
    return m_message->text();
}

void PromotionsView::reload()
{
    if (const CampaignRow *c = selectedCampaign())
        m_selectCampaign = c->campaign.id;
    if (const FlashSaleRow *s = selectedFlashSale())
        m_selectFlashSale = s->sale.id;
    emit loadWanted(++m_generation);
}

void PromotionsView::loaded(quint64 generation, const QList<CampaignRow> &campaigns,
                            const QList<FlashSaleRow> &flashSales, qint64 nowMs)
{
    if (generation != m_generation)
        return;
    m_campaignModel->setRows(campaigns);
    m_flashSaleModel->setRows(flashSales, nowMs);
    if (m_selectCampaign) {
        selectSourceRow(m_campaignTable, m_campaignProxy, m_campaignModel->rowOf(m_selectCampaign));
        m_selectCampaign = 0;
    }
    if (m_selectFlashSale) {
        selectSourceRow(m_flashSaleTable, m_flashSaleProxy,
                        m_flashSaleModel->rowOf(m_selectFlashSale));
        m_selectFlashSale = 0;
    }
    updateButtons();
}

const CampaignRow *PromotionsView::selectedCampaign() const
{
    return m_campaignModel->rowAt(selectedSourceRow(m_campaignTable, m_campaignProxy));
}

const FlashSaleRow *PromotionsView::selectedFlashSale() const
{
    return m_flashSaleModel->rowAt(selectedSourceRow(m_flashSaleTable, m_flashSaleProxy));
}

void PromotionsView::updateButtons()
{
    const bool idle = m_pendingId.isEmpty() && !m_issueCampaign && m_commands;
    const bool manage = idle && m_mayManage;
    const CampaignRow *c = selectedCampaign();
    const bool ended = c && c->campaign.status == CampaignStatus::Ended;
    m_newCampaign->setEnabled(manage);
    m_editCampaign->setEnabled(manage && c && !ended);
    m_pauseCampaign->setEnabled(manage && c && !ended);
    m_pauseCampaign->setText(c && c->campaign.status == CampaignStatus::Paused ? tr("&Resume")
                                                                               : tr("&Pause"));
    m_issue->setEnabled(idle && m_mayIssue && c && !ended);
    const FlashSaleRow *s = selectedFlashSale();
    m_newFlashSale->setEnabled(manage);
    m_editFlashSale->setEnabled(manage && s && !s->sale.ended);
    m_endFlashSale->setEnabled(manage && s && !s->sale.ended);
}

void PromotionsView::newCampaign()
{
    if (m_campaignDialog || !m_newCampaign->isEnabled())
        return;
    m_campaignDialog = new CampaignDialog(m_currency, this);
    m_campaignDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_campaignDialog, &QDialog::accepted, this, [this] {
        send(toSyncCommand(CouponCampaignCreate{m_campaignDialog->draft()}),
             tr("Campaign created."));
    });
    m_campaignDialog->open();
}

void PromotionsView::editCampaign()
{
    const CampaignRow *c = selectedCampaign();
    if (m_campaignDialog || !c || !m_editCampaign->isEnabled())
        return;
    m_campaignDialog = new CampaignDialog(m_currency, this);
    m_campaignDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_campaignDialog->setCampaign(c->campaign);
    const qint64 id = c->campaign.id;
    const qint64 version = c->campaign.version;
    connect(m_campaignDialog, &QDialog::accepted, this, [this, id, version] {
        send(toSyncCommand(CouponCampaignUpdate{id, version, m_campaignDialog->draft()}),
             tr("Campaign saved."));
    });
    m_campaignDialog->open();
}

void PromotionsView::pauseOrResumeCampaign()
{
    const CampaignRow *c = selectedCampaign();
    if (!c || !m_pauseCampaign->isEnabled())
        return;
    const bool paused = c->campaign.status == CampaignStatus::Paused;
    send(paused ? toSyncCommand(CouponCampaignResume{c->campaign.id})
                : toSyncCommand(CouponCampaignPause{c->campaign.id}),
         paused ? tr("Campaign resumed.")
                : tr("Campaign paused: its coupons cannot be claimed or used until it is "
                     "resumed."));
}

void PromotionsView::issueCoupons()
{
    const CampaignRow *c = selectedCampaign();
    if (m_issueDialog || !c || !m_issue->isEnabled())
        return;
    m_issueDialog = new IssueCouponsDialog(c->campaign.id, c->campaign.name, this);
    m_issueDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_issueDialog, &QDialog::accepted, this, [this] {
        m_issueCampaign = m_issueDialog->campaignId();
        m_message->setText(tr("Finding the members…"));
        updateButtons();
        emit resolveWanted(++m_resolveRequest, m_issueDialog->choice());
    });
    m_issueDialog->open();
}

void PromotionsView::recipientsResolved(quint64 request, const QList<qint64> &ids,
                                        const QStringList &unknown)
{
    if (request != m_resolveRequest || !m_issueCampaign)
        return;
    const qint64 campaign = m_issueCampaign;
    m_issueCampaign = 0;
    if (!unknown.isEmpty()) {
        // Issue to exactly the members the clerk meant, or to none: a typo is fixed, not skipped.
        warn(tr("No coupons were issued."),
             tr("No member has the e-mail, mobile number or id: %1")
                 .arg(QStringList(unknown.mid(0, 20)).join(QStringLiteral(", "))));
        updateButtons();
        return;
    }
    if (ids.isEmpty()) {
        warn(tr("No coupons were issued."), tr("No member is in the chosen group."));
        updateButtons();
        return;
    }
    send(toSyncCommand(CouponCampaignIssue{campaign, ids}),
         tr("Coupons issued to %n member(s); members who already held as many as allowed were "
            "skipped.",
            nullptr, int(ids.size())));
}

void PromotionsView::newFlashSale()
{
    if (m_flashSaleDialog || !m_newFlashSale->isEnabled())
        return;
    m_flashSaleDialog = new FlashSaleDialog(m_currency, this);
    m_flashSaleDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_flashSaleDialog, &QDialog::accepted, this, [this] {
        send(toSyncCommand(FlashSaleCreate{m_flashSaleDialog->draft()}), tr("Flash sale created."));
    });
    m_flashSaleDialog->open();
}

void PromotionsView::editFlashSale()
{
    const FlashSaleRow *s = selectedFlashSale();
    if (m_flashSaleDialog || !s || !m_editFlashSale->isEnabled())
        return;
    m_flashSaleDialog = new FlashSaleDialog(m_currency, this);
    m_flashSaleDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_flashSaleDialog->setSale(s->sale);
    const qint64 id = s->sale.id;
    const qint64 version = s->sale.version;
    connect(m_flashSaleDialog, &QDialog::accepted, this, [this, id, version] {
        send(toSyncCommand(FlashSaleUpdate{id, version, m_flashSaleDialog->draft()}),
             tr("Flash sale saved."));
    });
    m_flashSaleDialog->open();
}

void PromotionsView::endFlashSale()
{
    const FlashSaleRow *s = selectedFlashSale();
    if (!s || !m_endFlashSale->isEnabled())
        return;
    const qint64 id = s->sale.id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("End flash sale"),
                                tr("End \"%1\" now? Its prices stop at once and it cannot be "
                                   "started again.")
                                    .arg(s->sale.name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        send(toSyncCommand(FlashSaleEnd{id}), tr("Flash sale ended."));
    });
    box->open();
}

void PromotionsView::send(const SyncCommand &c, const QString &doneText)
{
    if (!m_commands)
        return;
    m_pendingId = c.id;
    m_pendingDone = doneText;
    m_pendingEntity = c.entity;
    m_message->setText(tr("Sending…"));
    updateButtons();
    m_commands->submit(c);
}

void PromotionsView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return;
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_message->setText(m_pendingDone + QLatin1Char(' ') +
                           tr("The shop receives it at the next sync."));
        reload();
        // A new record is selected once the list shows it.
        if (m_pendingEntity == QLatin1String("coupon_campaign"))
            m_selectCampaign = outcome.entityId;
        else
            m_selectFlashSale = outcome.entityId;
        updateButtons();
        return;
    }
    const QString reason = outcome.error ? outcome.error->message : QString();
    warn(tr("The change was not made."),
         reason.isEmpty() ? tr("The shop refused the change.") : reason);
    updateButtons();
}

void PromotionsView::warn(const QString &text, const QString &detail)
{
    m_message->setText(text + QLatin1Char(' ') + detail);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Promotions"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(detail);
    box->open();
}

void PromotionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PromotionsView::retranslate()
{
    m_tabs->setTabText(0, tr("Coupon campaigns"));
    m_tabs->setTabText(1, tr("Flash sales"));
    m_newCampaign->setText(tr("&New campaign…"));
    m_editCampaign->setText(tr("&Edit…"));
    m_issue->setText(tr("&Issue coupons…"));
    m_newFlashSale->setText(tr("New &flash sale…"));
    m_editFlashSale->setText(tr("E&dit…"));
    m_endFlashSale->setText(tr("E&nd now"));
    m_campaignSearch->setPlaceholderText(tr("Search campaigns by name or code"));
    m_flashSaleSearch->setPlaceholderText(tr("Search flash sales by name"));
    updateButtons();
}

} // namespace md
