#include "catalogview.h"

#include "productpageloader.h"
#include "producttablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace md {

CatalogView::CatalogView(const ServiceContext &context, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProductTableModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_worker(new QThread(this))
    , m_loader(new ProductPageLoader(context))
{
    m_model->setCurrency(currency);
    m_loader->moveToThread(m_worker);
    connect(m_worker, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_model, &ProductTableModel::pageRequested, m_loader, &ProductPageLoader::load,
            Qt::QueuedConnection);
    connect(m_loader, &ProductPageLoader::loaded, m_model, &ProductTableModel::pageLoaded,
            Qt::QueuedConnection);
    connect(m_loader, &ProductPageLoader::failed, m_model, &ProductTableModel::pageFailed,
            Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogView::updateCount);
    m_worker->setObjectName(QStringLiteral("catalog-loader"));
    m_worker->start();

    m_search->setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_search->text().trimmed()); });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Title,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Category,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Price,
                                                      QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    retranslate();
    m_model->reload();
}

CatalogView::~CatalogView()
{
    m_worker->quit();
    m_worker->wait();
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogView::retranslate()
{
    m_search->setPlaceholderText(tr("Search products by title or SKU code"));
    updateCount();
}

void CatalogView::updateCount()
{
    m_count->setText(m_model->total() < 0 ? tr("Loading…")
                                          : tr("%n product(s)", nullptr, int(m_model->total())));
}

} // namespace md
