#include "notificationservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "memberrepository.h"
#include "memberservice.h"
#include "notificationrepository.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QSet>

namespace md {

Result<QList<Notification>> NotificationService::inbox(const Actor &actor, qint64 memberId,
                                                       bool unreadOnly, int offset, int limit) const
{
    MD_TRY(MemberService::requireAccess(actor, memberId, Permission::MemberView));
    return NotificationRepository(m_ctx.connection())
        .inbox(memberId, unreadOnly, qMax(0, offset), qBound(1, limit, 100));
}

Result<qint64> NotificationService::count(const Actor &actor, qint64 memberId,
                                          bool unreadOnly) const
{
    MD_TRY(MemberService::requireAccess(actor, memberId, Permission::MemberView));
    return NotificationRepository(m_ctx.connection()).count(memberId, unreadOnly);
}

Status NotificationService::markRead(const Actor &actor, qint64 notificationId)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden,
                         DomainText::tr("Only the member can mark a notification read."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    auto marked =
        NotificationRepository(tx.connection()).markRead(notificationId, actor.id, m_ctx.now());
    MD_TRY(marked);
    if (!*marked)
        return validation::notFound(QStringLiteral("notification"), notificationId);
    return tx.commit();
}

Result<BroadcastReport> NotificationService::broadcast(const Actor &actor,
                                                       const QList<qint64> &memberIds,
                                                       const QString &title, const QString &body)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::NotificationBroadcast));
    MD_TRY(validation::title(title));
    if (body.size() > 2000)
        return makeError(ErrorCode::TextTooLong,
                         DomainText::tr("The message is too long (at most 2,000 characters)."),
                         QStringLiteral("body"));
    if (memberIds.isEmpty() || memberIds.size() > kMaxBroadcast)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("Choose between 1 and %1 members.").arg(kMaxBroadcast));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository members(tx.connection());
    NotificationRepository inbox(tx.connection());
    BroadcastReport report;
    QSet<qint64> seen;
    for (qint64 id : memberIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto m = members.find(id);
        MD_TRY(m);
        if (!m->has_value()) {
            report.unknownMembers.append(id);
            continue;
        }
        MD_TRY(inbox.insert(id, QStringLiteral("broadcast"), title.trimmed(), body, {}, 0,
                            m_ctx.now()));
        ++report.sent;
    }
    MD_TRY(AuditLog::record(
        tx.connection(), actor, QStringLiteral("notification.broadcast"), entity::Notification, 0,
        {},
        {{QStringLiteral("title"), title.trimmed()}, {QStringLiteral("recipients"), report.sent}},
        m_ctx.now()));
    MD_TRY(tx.commit());
    return report;
}

} // namespace md
