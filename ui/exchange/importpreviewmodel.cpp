#include "importpreviewmodel.h"

#include <QColor>
#include <QCoreApplication>

namespace md {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    const bool rejected = !row.isEmpty() && !row.constLast().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == 0)
            return m_preview.lines.at(index.row());
        return row.value(index.column() - 1);
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LineRole:
        return m_preview.lines.at(index.row());
    case RejectedRole:
        return rejected;
    case Qt::ForegroundRole:
        return rejected ? QVariant(QColor(Qt::darkRed)) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_preview.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate("md::ImportPreviewModel",
                                       m_preview.columns.at(section).constData());
}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    // Every row has one cell per column after the line, whatever the worker sent.
    for (QStringList &row : m_preview.rows) {
        while (row.size() < m_preview.columns.size() - 1)
            row.append(QString());
    }
    while (m_preview.lines.size() < m_preview.rows.size())
        m_preview.lines.append(0);
    endResetModel();
}

void ImportPreviewModel::retranslate()
{
    if (!m_preview.columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_preview.columns.size()) - 1);
}

} // namespace md
