#include "memberservice.h"

#include "auditlog.h"
#include "changelog.h"
#include "productrepository.h"
#include "servicecontext.h"
#include "validation.h"
#include "writetransaction.h"

namespace md {

namespace {

Status validateAddress(const AddressDraft &d)
{
    if (d.recipient.trimmed().isEmpty() || d.region.trimmed().isEmpty() ||
        d.detail.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            DomainText::tr("An address needs a recipient, a region and a street address."));
    if (d.recipient.size() > 100 || d.region.size() > 200 || d.detail.size() > 500 ||
        d.postalCode.size() > 20)
        return makeError(ErrorCode::TextTooLong,
                         DomainText::tr("A part of the address is too long."));
    return validation::phone(validation::normalizePhone(d.phone));
}

AddressDraft normalized(const AddressDraft &d)
{
    AddressDraft n = d;
    n.recipient = d.recipient.trimmed();
    n.region = d.region.trimmed();
    n.detail = d.detail.trimmed();
    n.postalCode = d.postalCode.trimmed();
    n.phone = validation::normalizePhone(d.phone);
    return n;
}

Error memberNotFound(qint64 id)
{
    return validation::notFound(QStringLiteral("member"), id);
}

} // namespace

Status MemberService::requireAccess(const Actor &actor, qint64 memberId, Permission permission)
{
    if (actor.isMember())
        return actor.id == memberId ? Status() : Status(memberNotFound(memberId));
    return PermissionPolicy::require(actor, permission);
}

Status MemberService::validateContacts(MemberRepository &repo, const QString &email,
                                       const QString &phone, qint64 selfId) const
{
    if (!email.isEmpty()) {
        MD_TRY(validation::email(email));
        auto other = repo.findByEmail(email);
        MD_TRY(other);
        if (other->has_value() && (*other)->id != selfId)
            return makeError(ErrorCode::DuplicateEmail,
                             DomainText::tr("This e-mail address is already registered."),
                             QStringLiteral("email"));
    }
    if (!phone.isEmpty()) {
        MD_TRY(validation::phone(phone));
        auto other = repo.findByPhone(phone);
        MD_TRY(other);
        if (other->has_value() && (*other)->id != selfId)
            return makeError(ErrorCode::DuplicatePhone,
                             DomainText::tr("This phone number is already registered."),
                             QStringLiteral("phone"));
    }
    return {};
}

Result<Member> MemberService::registerMember(const MemberRegistration &r)
{
    const QString email = validation::normalizeEmail(r.email);
    const QString phone = validation::normalizePhone(r.phone);
    if (email.isEmpty() && phone.isEmpty())
        return makeError(ErrorCode::MissingContact,
                         DomainText::tr("Give an e-mail address or a mobile phone number."));
    const QString name = r.displayName.trimmed();
    MD_TRY(validation::title(name, QStringLiteral("name")));
    MD_TRY(validation::password(r.password));
    // Validate before the (slow) hash, and hash before taking the write lock.
    {
        MemberRepository readRepo(m_ctx.connection());
        MD_TRY(validateContacts(readRepo, email, phone, 0));
    }
    const QString hash = m_ctx.hasher().hash(r.password);
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    MD_TRY(validateContacts(repo, email, phone, 0)); // again, under the lock
    NewMember m;
    m.email = email;
    m.phone = phone;
    m.displayName = name;
    m.passwordHash = hash;
    auto created = repo.insert(m, m_ctx.now());
    MD_TRY(created);
    MD_TRY(tx.commit());
    return created;
}

Result<Member> MemberService::createMember(const Actor &actor, const NewMember &member)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::MemberEdit));
    NewMember m = member;
    m.email = validation::normalizeEmail(member.email);
    m.phone = validation::normalizePhone(member.phone);
    m.displayName = member.displayName.trimmed();
    if (m.email.isEmpty() && m.phone.isEmpty() && m.externalRef.isEmpty())
        return makeError(ErrorCode::MissingContact,
                         DomainText::tr("Give an e-mail address or a mobile phone number."));
    MD_TRY(validation::title(m.displayName, QStringLiteral("name")));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    MD_TRY(validateContacts(repo, m.email, m.phone, 0));
    auto created = repo.insert(m, m_ctx.now());
    MD_TRY(created);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("member.create"), entity::Member,
                            created->id, {}, created->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<Member> MemberService::updateProfile(const Actor &actor, qint64 memberId,
                                            const ProfileUpdate &u,
                                            std::optional<qint64> expectedVersion)
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberEdit));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    auto before = validation::found(repo.find(memberId), QStringLiteral("member"), memberId);
    MD_TRY(before);
    if (expectedVersion && *expectedVersion != before->version)
        return validation::versionConflict(QStringLiteral("member"), memberId, *expectedVersion,
                                           before->version);
    const QString name = u.displayName ? u.displayName->trimmed() : before->displayName;
    const QString email = u.email ? validation::normalizeEmail(*u.email) : before->email;
    const QString phone = u.phone ? validation::normalizePhone(*u.phone) : before->phone;
    MD_TRY(validation::title(name, QStringLiteral("name")));
    if (email.isEmpty() && phone.isEmpty() && before->externalRef.isEmpty())
        return makeError(ErrorCode::MissingContact,
                         DomainText::tr("Keep an e-mail address or a mobile phone number."));
    MD_TRY(validateContacts(repo, email, phone, memberId));
    auto after = validation::found(
        repo.updateProfile(memberId, name, email, phone, std::nullopt, m_ctx.now()),
        QStringLiteral("member"), memberId);
    MD_TRY(after);
    MD_TRY(AuditLog::record(tx.connection(), actor, QStringLiteral("member.update"), entity::Member,
                            memberId, before->toJson(), after->toJson(), m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Member> MemberService::overrideTier(const Actor &actor, qint64 memberId,
                                           std::optional<MemberTier> tier)
{
    MD_TRY(PermissionPolicy::require(actor, Permission::MemberTierOverride));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    auto before = validation::found(repo.find(memberId), QStringLiteral("member"), memberId);
    MD_TRY(before);
    auto after = validation::found(repo.setTierOverride(memberId, tier, m_ctx.now()),
                                   QStringLiteral("member"), memberId);
    MD_TRY(after);
    MD_TRY(AuditLog::record(
        tx.connection(), actor, QStringLiteral("member.tier_override"), entity::Member, memberId,
        {{QStringLiteral("tier"), memberTierName(before->effectiveTier())}},
        {{QStringLiteral("tier"), memberTierName(after->effectiveTier())}}, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Result<Member> MemberService::member(const Actor &actor, qint64 memberId) const
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberView));
    return validation::found(MemberRepository(m_ctx.connection()).find(memberId),
                             QStringLiteral("member"), memberId);
}

Result<std::optional<qint64>> MemberService::findByEntry(const Actor &actor,
                                                         const QString &entry) const
{
    MD_TRY(requireAccess(actor, 0, Permission::MemberView));
    const MemberRepository repo(m_ctx.connection());
    const QString text = entry.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    Result<std::optional<Member>> m =
        isNumber ? repo.find(id) : repo.findByEmail(validation::normalizeEmail(text));
    MD_TRY(m);
    if (!m->has_value() && isNumber) { // not an id: perhaps a mobile number
        m = repo.findByPhone(validation::normalizePhone(text));
        MD_TRY(m);
    }
    if (!m->has_value())
        return std::optional<qint64>();
    return std::optional<qint64>((*m)->id);
}

Result<QList<Member>> MemberService::members(const Actor &actor, const MemberQuery &query) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::MemberView));
    return MemberRepository(m_ctx.connection()).list(query);
}

Result<qint64> MemberService::memberCount(const Actor &actor, const MemberQuery &query) const
{
    MD_TRY(PermissionPolicy::require(actor, Permission::MemberView));
    return MemberRepository(m_ctx.connection()).count(query);
}

Result<QList<Address>> MemberService::addresses(const Actor &actor, qint64 memberId) const
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberView));
    return MemberRepository(m_ctx.connection()).addresses(memberId);
}

Result<Address> MemberService::addAddress(const Actor &actor, qint64 memberId,
                                          const AddressDraft &draft)
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberEdit));
    MD_TRY(validateAddress(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    MD_TRY(validation::found(repo.find(memberId), QStringLiteral("member"), memberId));
    auto existing = repo.addresses(memberId);
    MD_TRY(existing);
    if (existing->size() >= 50)
        return makeError(ErrorCode::InvalidArgument,
                         DomainText::tr("At most 50 addresses can be kept."));
    AddressDraft d = normalized(draft);
    d.isDefault = draft.isDefault || existing->isEmpty(); // the first address is the default
    auto created = repo.insertAddress(memberId, d, m_ctx.now());
    MD_TRY(created);
    if (d.isDefault)
        MD_TRY(repo.clearDefaultAddress(memberId, created->id, m_ctx.now()));
    MD_TRY(tx.commit());
    return created;
}

Result<Address> MemberService::updateAddress(const Actor &actor, qint64 addressId,
                                             const AddressDraft &draft)
{
    MD_TRY(validateAddress(draft));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    auto before =
        validation::found(repo.findAddress(addressId), QStringLiteral("address"), addressId);
    MD_TRY(before);
    if (actor.isMember() && actor.id != before->memberId)
        return validation::notFound(QStringLiteral("address"), addressId);
    MD_TRY(requireAccess(actor, before->memberId, Permission::MemberEdit));
    const AddressDraft d = normalized(draft);
    auto after = validation::found(repo.updateAddress(addressId, d, m_ctx.now()),
                                   QStringLiteral("address"), addressId);
    MD_TRY(after);
    if (d.isDefault)
        MD_TRY(repo.clearDefaultAddress(before->memberId, addressId, m_ctx.now()));
    MD_TRY(tx.commit());
    return after;
}

Status MemberService::removeAddress(const Actor &actor, qint64 addressId)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MemberRepository repo(tx.connection());
    auto before =
        validation::found(repo.findAddress(addressId), QStringLiteral("address"), addressId);
    MD_TRY(before);
    if (actor.isMember() && actor.id != before->memberId)
        return validation::notFound(QStringLiteral("address"), addressId);
    MD_TRY(requireAccess(actor, before->memberId, Permission::MemberEdit));
    MD_TRY(repo.deleteAddress(addressId, m_ctx.now()));
    return tx.commit();
}

Status MemberService::addFavorite(const Actor &actor, qint64 productId)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only members keep favorites."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(validation::found(ProductRepository(tx.connection()).find(productId),
                             QStringLiteral("product"), productId));
    MD_TRY(MemberRepository(tx.connection()).addFavorite(actor.id, productId, m_ctx.now()));
    return tx.commit();
}

Status MemberService::removeFavorite(const Actor &actor, qint64 productId)
{
    if (!actor.isMember())
        return makeError(ErrorCode::Forbidden, DomainText::tr("Only members keep favorites."));
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(MemberRepository(tx.connection()).removeFavorite(actor.id, productId));
    return tx.commit();
}

Result<QList<qint64>> MemberService::favorites(const Actor &actor, qint64 memberId) const
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberView));
    return MemberRepository(m_ctx.connection()).favorites(memberId);
}

Status MemberService::recordView(qint64 memberId, qint64 productId)
{
    WriteTransaction tx(m_ctx.database());
    MD_TRY(tx.began());
    MD_TRY(MemberRepository(tx.connection()).recordView(memberId, productId, m_ctx.now()));
    return tx.commit();
}

Result<QList<qint64>> MemberService::history(const Actor &actor, qint64 memberId, int limit) const
{
    MD_TRY(requireAccess(actor, memberId, Permission::MemberView));
    return MemberRepository(m_ctx.connection()).history(memberId, qBound(1, limit, 200));
}

} // namespace md
