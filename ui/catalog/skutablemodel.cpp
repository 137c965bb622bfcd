#include "skutablemodel.h"

#include "money.h"

namespace md {

namespace {

SkuDraft draftOf(const Sku &s)
{
    SkuDraft d;
    d.code = s.code;
    d.options = s.options;
    d.price = s.price;
    d.cost = s.cost;
    d.lowStockThreshold = s.lowStockThreshold;
    return d;
}

} // namespace

SkuTableModel::SkuTableModel(const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
{}

int SkuTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkuTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkuTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.original.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Price)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Code:
            return r.draft.code;
        case Options:
            return skuOptionsLabel(r.draft.options);
        case Price:
            return Money(r.draft.price, m_currency).toDecimalString();
        case Cost:
            return Money(r.draft.cost, m_currency).toDecimalString();
        case Stock:
            return r.original.stockOnHand;
        case LowStock:
            return r.draft.lowStockThreshold;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Stock)
        return tr("Stock changes only by an adjustment with a reason.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return r.draft.code;
    case Options:
        return skuOptionsLabel(r.draft.options);
    case Price:
        return Money(r.draft.price, m_currency).format();
    case Cost:
        return Money(r.draft.cost, m_currency).format();
    case Stock:
        return r.original.stockOnHand;
    case LowStock:
        return r.draft.lowStockThreshold;
    }
    return {};
}

bool SkuTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    SkuDraft &d = m_rows[index.row()].draft;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Code:
        if (text.isEmpty()) {
            emit inputRefused(tr("A SKU needs a code."));
            return false;
        }
        d.code = text;
        break;
    case Options: {
        const auto options = parseOptions(text);
        if (!options) {
            emit inputRefused(tr("Write options as name=value, separated by commas."));
            return false;
        }
        d.options = *options;
        break;
    }
    case Price:
    case Cost: {
        auto amount = Money::parse(text, m_currency, Rounding::Reject);
        if (!amount || amount->isNegative()) {
            emit inputRefused(tr("%1 is not an amount (at most %n decimal(s), not negative).",
                                 nullptr, CurrencyInfo::of(m_currency).exponent)
                                  .arg(text));
            return false;
        }
        (index.column() == Price ? d.price : d.cost) = amount->minor();
        break;
    }
    case LowStock: {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < 0) {
            emit inputRefused(tr("The low-stock threshold is a whole number, 0 or more."));
            return false;
        }
        d.lowStockThreshold = n;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags SkuTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Stock)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SkuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("SKU code");
    case Options:
        return tr("Options");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case Stock:
        return tr("Stock on hand");
    case LowStock:
        return tr("Low-stock threshold");
    }
    return {};
}

void SkuTableModel::setSkus(const QList<Sku> &skus)
{
    beginResetModel();
    m_rows.clear();
    for (const Sku &s : skus)
        m_rows.append({s, draftOf(s)});
    endResetModel();
}

int SkuTableModel::addSku()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({Sku(), SkuDraft()});
    endInsertRows();
    return row;
}

bool SkuTableModel::isModified(int row) const
{
    const Row &r = m_rows.at(row);
    const SkuDraft before = draftOf(r.original);
    return r.original.id == 0 || r.draft.code != before.code || r.draft.options != before.options ||
           r.draft.price != before.price || r.draft.cost != before.cost ||
           r.draft.lowStockThreshold != before.lowStockThreshold;
}

void SkuTableModel::setStock(int row, qint64 stockOnHand)
{
    m_rows[row].original.stockOnHand = stockOnHand;
    emit dataChanged(index(row, Stock), index(row, Stock), {Qt::DisplayRole, Qt::EditRole});
}

void SkuTableModel::markSaved(int row, qint64 id)
{
    Row &r = m_rows[row];
    r.original.id = id;
    r.original.code = r.draft.code;
    r.original.options = r.draft.options;
    r.original.price = r.draft.price;
    r.original.cost = r.draft.cost;
    r.original.lowStockThreshold = r.draft.lowStockThreshold;
}

void SkuTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

std::optional<QList<SkuOption>> SkuTableModel::parseOptions(const QString &text)
{
    QList<SkuOption> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (name.isEmpty() || value.isEmpty())
            return std::nullopt;
        out.append({name, value});
    }
    return out;
}

} // namespace md
