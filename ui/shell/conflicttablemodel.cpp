#include "conflicttablemodel.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace md {

ConflictTableModel::ConflictTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    if (role == ConflictRole)
        return QVariant::fromValue(c);
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return c.code; // the stable code, for support
    if (role == SortRole) {
        if (index.column() == Time)
            return c.at;
        // "SKU 9" before "SKU 10": the kind as shown, then the number, zero-padded.
        if (index.column() == Record && c.entityId > 0)
            return recordName(c.entity, 0) + QLatin1Char(' ') +
                   QString::number(c.entityId).rightJustified(19, QLatin1Char('0'));
        return data(index, Qt::DisplayRole);
    }
    if (role == SearchRole) {
        // The time is left out: a search for "12" should not match every conflict of the 12th.
        if (index.column() == Time)
            return {};
        if (index.column() == Reason)
            return data(index, Qt::DisplayRole).toString() + QLatin1Char(' ') + c.code;
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.at), QLocale::ShortFormat);
    case Action:
        return actionName(c.type);
    case Record:
        return recordName(c.entity, c.entityId);
    case Outcome:
        return c.status == CommandStatus::Conflict ? tr("Changed meanwhile") : tr("Refused");
    case Reason:
        return c.message.isEmpty() ? c.code : c.message;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case Action:
        return tr("Change");
    case Record:
        return tr("Record");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    }
    return {};
}

void ConflictTableModel::setConflicts(const QList<SyncConflict> &conflicts)
{
    QSet<qint64> keep;
    for (const SyncConflict &c : conflicts)
        keep.insert(c.id);
    // Rows that went, from the bottom so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(m_rows.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !keep.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    // Rows that came: both lists are in id order, so each new one goes where the list has it.
    for (int row = 0; row < conflicts.size(); ++row) {
        if (row < m_rows.size() && m_rows.at(row).id == conflicts.at(row).id)
            continue;
        int last = row;
        while (last + 1 < conflicts.size() &&
               (row >= m_rows.size() || m_rows.at(row).id != conflicts.at(last + 1).id))
            ++last;
        beginInsertRows({}, row, last);
        for (int i = row; i <= last; ++i)
            m_rows.insert(i, conflicts.at(i));
        endInsertRows();
        row = last;
    }
}

void ConflictTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // The sort and search texts change too: a proxy sorts and filters again.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, SortRole, SearchRole});
}

QString ConflictTableModel::actionName(const QString &type)
{
    const QHash<QString, QString> names{
        {QStringLiteral("product.create"), tr("New product")},
        {QStringLiteral("product.update"), tr("Edit product")},
        {QStringLiteral("product.archive"), tr("Archive product")},
        {QStringLiteral("sku.create"), tr("New SKU")},
        {QStringLiteral("sku.update"), tr("Edit SKU")},
        {QStringLiteral("stock.adjust"), tr("Adjust stock")},
        {QStringLiteral("category.create"), tr("New category")},
        {QStringLiteral("category.update"), tr("Edit category")},
        {QStringLiteral("category.move"), tr("Move category")},
        {QStringLiteral("order.ship"), tr("Ship order")},
        {QStringLiteral("order.cancel"), tr("Cancel order")},
        {QStringLiteral("refund.create"), tr("New refund")},
        {QStringLiteral("refund.approve"), tr("Approve refund")},
        {QStringLiteral("refund.reject"), tr("Reject refund")},
        {QStringLiteral("coupon_campaign.create"), tr("New coupon campaign")},
        {QStringLiteral("coupon_campaign.update"), tr("Edit coupon campaign")},
        {QStringLiteral("coupon_campaign.pause"), tr("Pause coupon campaign")},
        {QStringLiteral("coupon_campaign.resume"), tr("Resume coupon campaign")},
        {QStringLiteral("coupon_campaign.issue"), tr("Issue coupons")},
        {QStringLiteral("flash_sale.create"), tr("New flash sale")},
        {QStringLiteral("flash_sale.update"), tr("Edit flash sale")},
        {QStringLiteral("flash_sale.end"), tr("End flash sale")},
        {QStringLiteral("review.hide"), tr("Hide review")},
        {QStringLiteral("review.show"), tr("Show review")},
        {QStringLiteral("review.reply"), tr("Reply to review")},
        {QStringLiteral("member.tier_override"), tr("Override member tier")},
        {QStringLiteral("member.points_adjust"), tr("Adjust points")},
        {QStringLiteral("member.balance_adjust"), tr("Adjust balance")},
        {QStringLiteral("notification.broadcast"), tr("Broadcast notification")},
        {QStringLiteral("staff.create"), tr("New staff account")},
        {QStringLiteral("staff.disable"), tr("Disable staff account")},
        {QStringLiteral("staff.enable"), tr("Enable staff account")},
        {QStringLiteral("staff.change_role"), tr("Change staff role")},
    };
    return names.value(type, type);
}

QString ConflictTableModel::recordName(const QString &entity, qint64 id)
{
    const QHash<QString, QString> names{
        {QStringLiteral("category"), tr("Category")},
        {QStringLiteral("product"), tr("Product")},
        {QStringLiteral("sku"), tr("SKU")},
        {QStringLiteral("member"), tr("Member")},
        {QStringLiteral("order"), tr("Order")},
        {QStringLiteral("refund"), tr("Refund")},
        {QStringLiteral("coupon_campaign"), tr("Coupon campaign")},
        {QStringLiteral("flash_sale"), tr("Flash sale")},
        {QStringLiteral("review"), tr("Review")},
        {QStringLiteral("notification"), tr("Notification")},
        {QStringLiteral("staff"), tr("Staff account")},
    };
    const QString name = names.value(entity, entity);
    if (id == 0)
        return name;
    // A provisional id (negative) names a record made on this computer that never got a real one.
    return id < 0 ? tr("%1 (new)").arg(name) : tr("%1 %2").arg(name).arg(id);
}

} // namespace md
