#pragma once

#include "actor.h"
#include "review.h"
#include "reviewquery.h"

#include <QList>
#include <QObject>

#include <optional>

namespace md {

class ServiceContext;

// Reads pages of the review moderation queue on a worker thread (with that thread's own
// connection), as the staff member signed in may see them.
class ReviewPageLoader : public QObject
{
    Q_OBJECT

public:
    ReviewPageLoader(const ServiceContext &context, const Actor &staff)
        : m_ctx(context)
        , m_staff(staff)
    {}

public slots:
    // Rows [offset, +limit) sorted by the store by `sort` (then by id, in the same direction),
    // narrowed to those whose text, product title or member name contain `text` when it is not
    // empty.
    void load(quint64 generation, int offset, int limit, std::optional<bool> hidden,
              md::ReviewSort sort, bool descending, const QString &text = {});

signals:
    void loaded(quint64 generation, int offset, const QList<md::Review> &rows, qint64 total);
    void failed(quint64 generation, const QString &message);

private:
    const ServiceContext &m_ctx;
    const Actor m_staff; // who reads: without moderation rights, hidden reviews stay hidden
};

} // namespace md

Q_DECLARE_METATYPE(md::ReviewSort)
