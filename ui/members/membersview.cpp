#include "membersview.h"

#include "changedebouncer.h"
#include "commandsink.h"
#include "entitynames.h"
#include "membercommandtypes.h"
#include "memberdetailpanel.h"
#include "membertablemodel.h"
#include "money.h"
#include "permissionpolicy.h"
#include "searchedit.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace md {

namespace {

// The tier combo's entries: "by spend" first, then the tiers in order.
constexpr MemberTier kTiers[] = {MemberTier::Regular, MemberTier::Silver, MemberTier::Gold,
                                 MemberTier::Platinum};

} // namespace

MembersView::MembersView(const ServiceContext &context, const QString &currency, const Actor &staff,
                         CommandSink *commands, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_commands(commands)
    , m_canPoints(PermissionPolicy::allows(staff, Permission::MemberPointsAdjust))
    , m_canBalance(PermissionPolicy::allows(staff, Permission::MemberBalanceAdjust))
    , m_canTier(PermissionPolicy::allows(staff, Permission::MemberTierOverride))
    , m_loader(new MemberPageLoader(context, staff))
    , m_model(new MemberTableModel(currency, this))
    , m_search(new SearchEdit(this))
    , m_refreshButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new MemberDetailPanel(currency, this))
    , m_adjustBox(new QGroupBox(this))
    , m_adjustKind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_adjustButton(new QToolButton(this))
    , m_tierBox(new QGroupBox(this))
    , m_tier(new QComboBox(this))
    , m_tierButton(new QToolButton(this))
    , m_adjust(new QAction(this))
    , m_setTier(new QAction(this))
    , m_refresh(new QAction(this))
    , m_find(new QAction(this))
    , m_thread(QStringLiteral("md-members"))
{
    qRegisterMetaType<md::MemberDetail>();
    qRegisterMetaType<QList<md::Member>>();
    m_thread.adopt(m_loader);
    connect(m_model, &MemberTableModel::pageWanted, m_loader, &MemberPageLoader::load,
            Qt::QueuedConnection);
    connect(m_loader, &MemberPageLoader::loaded, m_model, &MemberTableModel::addPage,
            Qt::QueuedConnection);
    connect(m_loader, &MemberPageLoader::failed, this, [this](quint64, const QString &message) {
        m_message->setText(tr("The members could not be read: %1").arg(message));
    });
    connect(this, &MembersView::detailRequested, m_loader, &MemberPageLoader::loadDetail,
            Qt::QueuedConnection);
    connect(m_loader, &MemberPageLoader::detailLoaded, this, &MembersView::detailLoaded,
            Qt::QueuedConnection);
    connect(m_loader, &MemberPageLoader::detailFailed, this,
            [this](quint64 request, const QString &message) {
                if (request == m_detailRequest)
                    m_detail->showMessage(tr("The member could not be read: %1").arg(message));
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_selectAfterReload)
            return;
        const int row = m_model->rowOf(m_selectAfterReload);
        if (row >= 0) {
            m_selectAfterReload = 0;
            m_table->selectRow(row);
        }
    });
    connect(m_model, &MemberTableModel::totalChanged, this, [this](qint64 total) {
        m_count->setText(tr("%Ln member(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    });
    m_thread.start();

    connect(m_search, &SearchEdit::searchRequested, this, &MembersView::applySearch);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Sorted by the store once a header is clicked; until then in the order the members joined.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Widths from sample texts (not ResizeToContents, which would measure rows as pages arrive).
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    const auto widthOf = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    m_table->setColumnWidth(MemberTableModel::Name, widthOf(QStringLiteral("王王王王王王")));
    m_table->setColumnWidth(MemberTableModel::Email,
                            widthOf(QStringLiteral("someone@example.com")));
    m_table->setColumnWidth(MemberTableModel::Phone, widthOf(QStringLiteral("13800138000")));
    m_table->setColumnWidth(MemberTableModel::Tier,
                            widthOf(QStringLiteral("Platinum (set by hand)")));
    m_table->setColumnWidth(MemberTableModel::Points, widthOf(QStringLiteral("0,000,000")));
    for (int c : {int(MemberTableModel::Balance), int(MemberTableModel::Spend)})
        m_table->setColumnWidth(c, widthOf(QStringLiteral("¥000,000.00")));
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersView::currentChanged);

    // Adjustments: only the kinds the role may make are offered.
    if (m_canPoints)
        m_adjustKind->addItem(QString(), int(AdjustPoints));
    if (m_canBalance)
        m_adjustKind->addItem(QString(), int(AdjustBalance));
    m_adjustBox->setVisible(m_canPoints || m_canBalance);
    m_adjust->setVisible(m_canPoints || m_canBalance);
    m_amount->setMaxLength(20);
    m_reason->setMaxLength(500); // what the commands accept
    m_tier->addItem(QString());
    for (MemberTier t : kTiers)
        m_tier->addItem(QString(), memberTierName(t));
    m_tierBox->setVisible(m_canTier);
    m_setTier->setVisible(m_canTier);

    m_adjust->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_setTier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // Not F5 (QKeySequence::Refresh): the main window's "Sync now" has it.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_find->setShortcut(QKeySequence::Find);
    for (QAction *a : {m_adjust, m_setTier, m_refresh, m_find}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_adjustButton->setDefaultAction(m_adjust);
    m_tierButton->setDefaultAction(m_setTier);
    m_refreshButton->setDefaultAction(m_refresh);
    connect(m_adjust, &QAction::triggered, this, &MembersView::adjust);
    connect(m_setTier, &QAction::triggered, this, &MembersView::setTier);
    connect(m_refresh, &QAction::triggered, this, &MembersView::reload);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    if (m_commands) {
        connect(m_commands, &CommandSink::submitted, this, &MembersView::outcome);
        auto *changes =
            new ChangeDebouncer({entity::Member, entity::Order, entity::Refund}, 300, this);
        connect(m_commands, &CommandSink::dataChanged, changes, &ChangeDebouncer::note);
        connect(changes, &ChangeDebouncer::due, this, &MembersView::reload);
    }

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *adjustLayout = new QFormLayout(m_adjustBox);
    adjustLayout->addRow(m_adjustKind, m_amount);
    adjustLayout->addRow(m_reason);
    adjustLayout->addRow(m_adjustButton);
    auto *tierLayout = new QHBoxLayout(m_tierBox);
    tierLayout->addWidget(m_tier, 1);
    tierLayout->addWidget(m_tierButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_adjustBox);
    rightLayout->addWidget(m_tierBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_refreshButton);
    top->addWidget(m_message, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    retranslate();
    updateActions();
    reload();
}

void MembersView::applySearch()
{
    if (m_search->searchText() != m_model->searchText())
        reload();
}

void MembersView::reload()
{
    m_selectAfterReload = currentMemberId() ? currentMemberId() : m_detailId;
    m_model->reset(m_search->searchText());
    if (m_detailId)
        emit detailRequested(++m_detailRequest, m_detailId);
}

QString MembersView::statusMessage() const
{
    return m_message->text();
}

qint64 MembersView::currentMemberId() const
{
    const Member *m = m_model->memberAt(m_table->currentIndex().row());
    return m ? m->id : 0;
}

void MembersView::currentChanged()
{
    const qint64 id = currentMemberId();
    if (!id)
        return; // a new list: the detail keeps what it shows until another member is chosen
    m_detailId = id;
    emit detailRequested(++m_detailRequest, id);
    updateActions();
}

void MembersView::detailLoaded(quint64 request, const MemberDetail &detail)
{
    if (request != m_detailRequest)
        return; // an older question
    m_detail->showDetail(detail);
    const std::optional<MemberTier> override = detail.member.tierOverride;
    m_tier->setCurrentIndex(override ? m_tier->findData(memberTierName(*override)) : 0);
    m_tier->setItemText(0, tr("By spend (%1)").arg(MemberTableModel::tierText(detail.member.tier)));
    updateActions();
}

void MembersView::updateActions()
{
    const bool can = m_commands && m_detail->hasMember() && m_pendingId.isEmpty();
    m_adjust->setEnabled(can && (m_canPoints || m_canBalance));
    m_adjustBox->setEnabled(can);
    m_setTier->setEnabled(can && m_canTier);
    m_tierBox->setEnabled(can);
}

void MembersView::adjust()
{
    if (!m_detail->hasMember() || m_adjustKind->currentIndex() < 0)
        return;
    const bool points = m_adjustKind->currentData().toInt() == AdjustPoints;
    const QString note = m_reason->text().trimmed();
    QString text = m_amount->text().trimmed();
    qint64 delta = 0;
    if (points) {
        if (text.startsWith(QLatin1Char('+')))
            text = text.mid(1);
        bool ok = false;
        delta = QLocale().toLongLong(text, &ok);
        if (!ok)
            delta = text.toLongLong(&ok);
        if (!ok || delta == 0) {
            m_message->setText(tr("Enter the points to add, or to take away with a minus sign "
                                  "(e.g. 200 or -50)."));
            m_amount->setFocus();
            return;
        }
    } else {
        // Typed as decimal text; more decimals than the currency has is an error, never rounded.
        const auto money = Money::parse(text, m_currency, Rounding::Reject);
        if (!money || money->isZero()) {
            m_message->setText(tr("Enter the amount to add, or to take away with a minus sign "
                                  "(e.g. 50.00 or -12.50)."));
            m_amount->setFocus();
            return;
        }
        delta = money->minor();
    }
    if (note.isEmpty()) {
        m_message->setText(tr("Write the reason first: every adjustment keeps one."));
        m_reason->setFocus();
        return;
    }
    const qint64 member = m_detail->detail().member.id;
    if (points)
        send(toSyncCommand(MemberPointsAdjust{member, delta, note}));
    else
        send(toSyncCommand(MemberBalanceAdjust{
            member, delta, delta > 0 ? QStringLiteral("topup") : QStringLiteral("deduct"), note}));
}

void MembersView::setTier()
{
    if (!m_detail->hasMember())
        return;
    MemberTierOverride c{m_detail->detail().member.id, std::nullopt};
    if (m_tier->currentIndex() > 0) // else back to the tier computed from spend
        c.tier = memberTierFromName(m_tier->currentData().toString());
    send(toSyncCommand(c));
}

void MembersView::send(const SyncCommand &c)
{
    if (!m_commands || !m_pendingId.isEmpty())
        return;
    m_pendingId = c.id;
    m_message->setText(tr("Sending…"));
    updateActions();
    m_commands->submit(c);
}

void MembersView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return; // somebody else's command
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_message->setText(tr("Saved. The shop receives it at the next sync."));
        m_amount->clear();
        m_reason->clear();
        reload();
        return;
    }
    const QString text = tr("The change was not made.");
    m_message->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Members"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const QString reason = outcome.error ? outcome.error->message : QString();
    box->setInformativeText(reason.isEmpty() ? tr("The shop refused the change.") : reason);
    if (outcome.error)
        box->setDetailedText(tr("Error code: %1").arg(outcome.error->codeName()));
    box->open();
    updateActions();
    reload(); // show the member as they are now
}

void MembersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersView::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, e-mail or phone"));
    m_refresh->setText(tr("Refresh"));
    m_adjustBox->setTitle(tr("Adjust points or balance"));
    for (int i = 0; i < m_adjustKind->count(); ++i)
        m_adjustKind->setItemText(
            i, m_adjustKind->itemData(i).toInt() == AdjustPoints ? tr("Points") : tr("Balance"));
    m_amount->setPlaceholderText(tr("Change, e.g. 200 or -12.50"));
    m_reason->setPlaceholderText(tr("Reason (required, kept in the ledger)"));
    m_adjust->setText(tr("&Apply"));
    m_adjust->setToolTip(tr("Add the change to the member's ledger (%1)")
                             .arg(m_adjust->shortcut().toString(QKeySequence::NativeText)));
    m_tierBox->setTitle(tr("Tier"));
    const Member &m = m_detail->detail().member;
    m_tier->setItemText(0, m.id ? tr("By spend (%1)").arg(MemberTableModel::tierText(m.tier))
                                : tr("By spend"));
    for (int i = 0; i < int(std::size(kTiers)); ++i)
        m_tier->setItemText(i + 1, MemberTableModel::tierText(kTiers[i]));
    m_setTier->setText(tr("Set &tier"));
    m_count->setText(tr("%Ln member(s)", nullptr, int(qMin<qint64>(m_model->total(), INT_MAX))));
    m_model->retranslate();
}

} // namespace md
