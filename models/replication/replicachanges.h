#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace md {

// What a sync or a local action changed in the replica, by the change feed's entity names
// (entity::Product, entity::Order, ...), so that a view reloads only when what it shows changed:
// a burst of orders does not make the catalog read its products again. A copy from nothing
// changes everything.
class ReplicaChanges
{
public:
    static ReplicaChanges everything()
    {
        ReplicaChanges c;
        c.m_everything = true;
        return c;
    }

    void add(const QString &entity) { m_entities.insert(entity); }
    void merge(const ReplicaChanges &other)
    {
        m_everything = m_everything || other.m_everything;
        m_entities.unite(other.m_entities);
    }
    bool isEmpty() const { return !m_everything && m_entities.isEmpty(); }
    bool isEverything() const { return m_everything; }
    // Whether any of these entities (or everything) changed.
    bool touches(const QStringList &entities) const
    {
        if (m_everything)
            return true;
        for (const QString &e : entities) {
            if (m_entities.contains(e))
                return true;
        }
        return false;
    }

private:
    QSet<QString> m_entities;
    bool m_everything = false;
};

} // namespace md

Q_DECLARE_METATYPE(md::ReplicaChanges)
