#include "reviewsview.h"

#include "commandsink.h"
#include "permissionpolicy.h"
#include "reviewcommandtypes.h"
#include "reviewpageloader.h"
#include "reviewservice.h"
#include "reviewtablemodel.h"
#include "searchedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

ReviewsView::ReviewsView(const ServiceContext &context, const Actor &staff, CommandSink *commands,
                         QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_commands(commands)
    , m_loader(new ReviewPageLoader(context, staff))
    , m_model(new ReviewTableModel(this))
    , m_filter(new QComboBox(this))
    , m_search(new SearchEdit(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_reply(new QPlainTextEdit(this))
    , m_hide(new QPushButton(this))
    , m_replyButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_thread(QStringLiteral("md-reviews"))
{
    m_thread.adopt(m_loader);
    connect(m_model, &ReviewTableModel::pageWanted, m_loader, &ReviewPageLoader::load);
    connect(m_loader, &ReviewPageLoader::loaded, m_model, &ReviewTableModel::addPage);
    connect(m_loader, &ReviewPageLoader::failed, this, [this](quint64, const QString &message) {
        m_message->setText(tr("The reviews could not be read: %1").arg(message));
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
    m_thread.start();

    m_filter->addItems({QString(), QString(), QString()}); // texts in retranslate()
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewsView::reload);

    connect(m_search, &SearchEdit::searchRequested, this, &ReviewsView::applySearch);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sorted by the store once a header is clicked; until then newest first.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewTableModel::Text, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewsView::showSelected);

    // The customer's words: plain text only (QPlainTextEdit never interprets markup).
    m_body->setReadOnly(true);
    m_reply->setMaximumHeight(90);
    m_message->setWordWrap(true);

    const bool moderator = PermissionPolicy::allows(staff, Permission::ReviewModerate);
    m_hide->setVisible(moderator);
    m_replyButton->setVisible(moderator);
    m_reply->setReadOnly(!moderator);
    m_hide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_replyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_hide, &QPushButton::clicked, this, [this] {
        const Review *r = m_model->reviewAt(m_table->currentIndex().row());
        if (r)
            send(r->hidden ? toSyncCommand(ReviewShow{r->id}) : toSyncCommand(ReviewHide{r->id}));
    });
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        const QString text = m_reply->toPlainText().trimmed();
        if (text.isEmpty()) {
            m_message->setText(tr("Write the reply first."));
            return;
        }
        if (const Review *r = m_model->reviewAt(m_table->currentIndex().row()))
            send(toSyncCommand(ReviewReply{r->id, text.left(ReviewService::kMaxText)}));
    });
    if (m_commands)
        connect(m_commands, &CommandSink::submitted, this, &ReviewsView::outcome);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_body, 1);
    detailLayout->addWidget(m_reply);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hide);
    buttons->addStretch();
    buttons->addWidget(m_replyButton);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_search, 1);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    retranslate();
    reload();
}

void ReviewsView::applySearch()
{
    if (m_search->searchText() != m_model->searchText())
        reload();
}

void ReviewsView::reload()
{
    std::optional<bool> hidden;
    if (m_filter->currentIndex() == 1)
        hidden = false;
    else if (m_filter->currentIndex() == 2)
        hidden = true;
    m_selectAfterReload = selectedId();
    m_model->reset(hidden, m_search->searchText());
}

qint64 ReviewsView::selectedId() const
{
    const Review *r = m_model->reviewAt(m_table->currentIndex().row());
    return r ? r->id : 0;
}

void ReviewsView::showSelected()
{
    const Review *r = m_model->reviewAt(m_table->currentIndex().row());
    m_hide->setEnabled(r && m_pendingId.isEmpty());
    m_replyButton->setEnabled(r && m_pendingId.isEmpty());
    if (!r) {
        m_heading->clear();
        m_body->clear();
        m_reply->clear();
        return;
    }
    m_heading->setText(
        tr("%1 — %2 — %n star(s)", nullptr, r->rating).arg(r->productTitle, r->memberName));
    m_body->setPlainText(r->body);
    m_reply->setPlainText(r->reply);
    m_hide->setText(r->hidden ? tr("&Show") : tr("&Hide"));
}

void ReviewsView::send(const SyncCommand &c)
{
    if (!m_commands)
        return;
    m_pendingId = c.id;
    m_message->setText(tr("Sending…"));
    showSelected();
    m_commands->submit(c);
}

void ReviewsView::outcome(const CommandOutcome &outcome)
{
    if (outcome.id != m_pendingId)
        return;
    m_pendingId.clear();
    if (outcome.succeeded()) {
        m_message->setText(tr("Saved. The shop receives it at the next sync."));
        reload();
        return;
    }
    const QString reason = outcome.error ? outcome.error->message : QString();
    m_message->setText(tr("The change was not made."));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reviews"), tr("The change was not made."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(reason.isEmpty() ? tr("The shop refused the change.") : reason);
    box->open();
    showSelected();
}

void ReviewsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewsView::retranslate()
{
    m_filter->setItemText(0, tr("All reviews"));
    m_filter->setItemText(1, tr("Visible"));
    m_filter->setItemText(2, tr("Hidden"));
    m_search->setPlaceholderText(tr("Search by text, product or customer"));
    m_replyButton->setText(tr("Save &reply"));
    m_reply->setPlaceholderText(tr("Reply to the customer (shown under the review)"));
    showSelected();
}

} // namespace md
