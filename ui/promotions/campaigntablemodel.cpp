#include "campaigntablemodel.h"

#include "money.h"

#include <QDateTime>
#include <QLocale>

namespace md {

namespace {

QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

CampaignTableModel::CampaignTableModel(const QString &currency, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
{}

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignTableModel::termsText(const CouponTerms &t, const QString &currency)
{
    if (t.kind == CouponKind::Fixed)
        return tr("%1 off").arg(Money(t.amount, currency).format());
    const QString percent = QLocale().toString(t.percentBp / 100.0, 'f', t.percentBp % 100 ? 2 : 0);
    if (t.maxDiscount)
        return tr("%1% off (at most %2)").arg(percent, Money(*t.maxDiscount, currency).format());
    return tr("%1% off").arg(percent);
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignRow &r = m_rows[index.row()];
    const CouponCampaign &c = r.campaign;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return c.name;
        case Code:
            return c.code.isEmpty() ? tr("(issued only)") : c.code;
        case Discount:
            return termsText(c.terms, m_currency);
        case MinSpend:
            return c.terms.minSpend ? Money(c.terms.minSpend, m_currency).format() : QString();
        case Validity:
            return tr("%1 – %2").arg(shortTime(c.startsAt), shortTime(c.endsAt));
        case Limits:
            return c.totalLimit ? tr("%1 per member, %2 uses in all")
                                      .arg(QLocale().toString(c.perMemberLimit),
                                           QLocale().toString(*c.totalLimit))
                                : tr("%1 per member").arg(QLocale().toString(c.perMemberLimit));
        case Status:
            switch (c.status) {
            case CampaignStatus::Active:
                return tr("Active");
            case CampaignStatus::Paused:
                return tr("Paused");
            case CampaignStatus::Ended:
                return tr("Ended");
            }
            return {};
        case Issued:
            return QLocale().toString(c.issuedCount);
        case Used:
            return QLocale().toString(c.usedCount);
        case DiscountGiven:
            return Money(r.discount, m_currency).format();
        case Revenue:
            return Money(r.revenue, m_currency).format();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Issued)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return c.id;
    if (role == SortRole)
        return sortValue(r, index.column());
    if (role == SearchRole && (index.column() == Name || index.column() == Code))
        return index.column() == Name ? c.name : c.code;
    return {};
}

QVariant CampaignTableModel::sortValue(const CampaignRow &r, int column)
{
    const CouponCampaign &c = r.campaign;
    switch (column) {
    case Name:
        return c.name;
    case Code:
        return c.code;
    case Discount:
        // Amounts off and percentages off do not compare; the amounts come first, each kind in
        // the order of its own value (a percentage in basis points never reaches 2^40).
        return c.terms.kind == CouponKind::Fixed ? c.terms.amount
                                                 : (qint64(1) << 40) + c.terms.percentBp;
    case MinSpend:
        return c.terms.minSpend;
    case Validity:
        return c.startsAt;
    case Limits:
        return qint64(c.perMemberLimit);
    case Status:
        return int(c.status); // active, paused, ended: the order of the campaign's life
    case Issued:
        return qint64(c.issuedCount);
    case Used:
        return qint64(c.usedCount);
    case DiscountGiven:
        return r.discount;
    case Revenue:
        return r.revenue;
    }
    return {};
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Campaign");
    case Code:
        return tr("Code");
    case Discount:
        return tr("Discount");
    case MinSpend:
        return tr("Minimum spend");
    case Validity:
        return tr("Valid");
    case Limits:
        return tr("Limits");
    case Status:
        return tr("Status");
    case Issued:
        return tr("Issued");
    case Used:
        return tr("Used");
    case DiscountGiven:
        return tr("Discount given");
    case Revenue:
        return tr("Revenue of those orders");
    }
    return {};
}

void CampaignTableModel::setRows(const QList<CampaignRow> &rows)
{
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows[i].campaign.id == m_rows[i].campaign.id;
    if (!same) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const CampaignRow *CampaignTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CampaignTableModel::rowOf(qint64 campaignId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].campaign.id == campaignId)
            return i;
    return -1;
}

} // namespace md
