#include "conflictspanel.h"

#include "conflicttablemodel.h"
#include "desksession.h"
#include "listfilterproxy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace md {

ConflictsPanel::ConflictsPanel(DeskSession &session, QWidget *parent)
    : QDockWidget(parent)
    , m_session(session)
    , m_model(new ConflictTableModel(this))
    , m_proxy(new ListFilterProxy(m_model, ConflictTableModel::SortRole,
                                  ConflictTableModel::SearchRole, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_empty(new QLabel(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflicts"));
    // The search keeps the rows whose change, record, outcome or reason holds it.
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the store's order
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ConflictTableModel::Reason,
                                                      QHeaderView::Stretch);
    m_detail->setReadOnly(true);
    m_detail->setMaximumHeight(120);
    m_empty->setAlignment(Qt::AlignCenter);
    m_dismiss->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_empty);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    setWidget(body);

    auto showList = [this](const QList<SyncConflict> &conflicts) {
        m_model->setConflicts(conflicts);
        m_empty->setVisible(conflicts.isEmpty());
        showDetail();
    };
    connect(&m_session, &DeskSession::conflictsChanged, this, showList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPanel::showDetail);
    // Rows the search hides leave the selection; the detail and the button follow.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::showDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConflictsPanel::showDetail);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsPanel::dismissSelected);
    showList(m_session.conflicts());
    retranslate();
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ConflictsPanel::retranslate()
{
    setWindowTitle(tr("Sync conflicts"));
    m_empty->setText(tr("Every change reached the server."));
    m_dismiss->setText(tr("Dismiss"));
    m_search->setPlaceholderText(tr("Search conflicts by change, record or reason"));
    m_dismiss->setToolTip(tr("Remove the selected entries from this list; the server keeps "
                             "what it has"));
    m_model->retranslate();
    showDetail();
}

void ConflictsPanel::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_dismiss->setEnabled(!rows.isEmpty());
    if (rows.size() != 1) {
        m_detail->clear();
        m_detail->setVisible(false);
        return;
    }
    const SyncConflict &c = m_model->conflict(m_proxy->mapToSource(rows.first()).row());
    auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    };
    QString text = tr("%1 (%2)").arg(c.message, c.code) + QLatin1Char('\n');
    text += tr("Sent: %1").arg(json(c.payload));
    if (!c.current.isEmpty())
        text += tr("On the server now: %1").arg(json(c.current));
    m_detail->setPlainText(text);
    m_detail->setVisible(true);
}

void ConflictsPanel::dismissSelected()
{
    // The ids first, read from the model's rows: a dismissal may change the view's rows.
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_proxy->mapToSource(row).data(ConflictTableModel::IdRole).toLongLong();
    for (qint64 id : ids)
        m_session.dismissConflict(id);
}

} // namespace md
