#pragma once

#include "actor.h"
#include "category.h"
#include "result.h"

#include <QList>
#include <QString>

namespace md {

class ServiceContext;

// Category names as import files give them, to ids, creating what is missing through
// CatalogService. "Parent > Child" is a path followed from the top level; a single name matches
// any category of that name (the oldest first), so Shopify's Type finds a category wherever it
// sits in the tree, and only a name nobody has becomes a new top-level category. An empty name
// means the "Imported" category. Nothing is cached: a rolled-back savepoint may have undone a
// creation, so every call asks the store.
class CategoryResolver
{
public:
    CategoryResolver(const ServiceContext &context, const Actor &actor)
        : m_ctx(context)
        , m_actor(actor)
    {}

    Result<qint64> resolve(const QString &nameOrPath);

    // "Parent > Child" of a category, the form resolve() follows back.
    static QString path(const QList<Category> &categories, qint64 id);
    static QString defaultName();

private:
    const ServiceContext &m_ctx;
    Actor m_actor;
};

} // namespace md
