#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QThread;
class QTimer;

namespace md {

class ProductPageLoader;
class ProductTableModel;
class ServiceContext;

// The Catalog area: a searchable product table fed page by page from a worker thread.
class CatalogView : public QWidget
{
    Q_OBJECT

public:
    CatalogView(const ServiceContext &context, const QString &currency, QWidget *parent = nullptr);
    ~CatalogView() override;

    ProductTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    ProductTableModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    QThread *m_worker;
    ProductPageLoader *m_loader;
};

} // namespace md
