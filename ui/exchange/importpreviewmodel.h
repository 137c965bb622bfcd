#pragma once

#include "importworker.h"

#include <QAbstractTableModel>

namespace md {

// The first rows of an import file as the import reads them (ImportWorker::preview): the line
// number, the fields of the import kind, and the reason when the row would be rejected.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { LineRole = Qt::UserRole + 1, RejectedRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A new preview replaces the old one whole: its columns may differ.
    void setPreview(const ImportPreview &preview);
    void clear() { setPreview({}); }
    const ImportPreview &preview() const { return m_preview; }
    // Column titles in the current language (the rows are the file's own text).
    void retranslate();

private:
    ImportPreview m_preview;
};

} // namespace md
