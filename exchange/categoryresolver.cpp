#include "categoryresolver.h"

#include "catalogservice.h"
#include "servicecontext.h"

#include "validation.h"

#include <QCoreApplication>

namespace md {

namespace {
const QString Separator = QStringLiteral(" > ");
}

QString CategoryResolver::defaultName()
{
    return QCoreApplication::translate("md::CategoryResolver", "Imported");
}

Result<qint64> CategoryResolver::resolve(const QString &nameOrPath)
{
    CatalogService catalog(m_ctx);
    auto all = catalog.categories();
    MD_TRY(all);
    QStringList segments;
    for (const QString &s : nameOrPath.split(QLatin1Char('>'))) {
        if (!s.trimmed().isEmpty())
            segments.append(s.trimmed());
    }
    if (segments.isEmpty())
        segments.append(defaultName());
    if (segments.size() == 1) {
        qint64 best = 0;
        for (const Category &c : *all) {
            if (c.name == segments.first() && (!best || c.id < best))
                best = c.id;
        }
        if (best)
            return best;
    }
    qint64 parent = 0;
    for (const QString &name : segments) {
        qint64 found = 0;
        for (const Category &c : *all) {
            if (c.parentId == parent && c.name == name && (!found || c.id < found))
                found = c.id;
        }
        if (!found) {
            auto created = catalog.createCategory(m_actor, {name, parent, 0});
            MD_TRY(created);
            all->append(*created);
            found = created->id;
        }
        parent = found;
    }
    return parent;
}

QString CategoryResolver::path(const QList<Category> &categories, qint64 id)
{
    QStringList names;
    // Bounded by the list's size: the service refuses cycles, but a path must never loop.
    for (qsizetype guard = 0; id && guard <= categories.size(); ++guard) {
        auto it = std::find_if(categories.begin(), categories.end(),
                               [id](const Category &c) { return c.id == id; });
        if (it == categories.end())
            break;
        names.prepend(it->name);
        id = it->parentId;
    }
    return names.join(Separator);
}

} // namespace md
