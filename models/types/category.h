#pragma once

#include <QJsonObject>
#include <QString>

namespace md {

struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level category
    QString name;
    int position = 0; // order among siblings
    qint64 version = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
};

// What staff may set when creating or editing a category.
struct CategoryDraft
{
    QString name;
    qint64 parentId = 0;
    int position = 0;

    friend bool operator==(const CategoryDraft &, const CategoryDraft &) = default;
};

} // namespace md
