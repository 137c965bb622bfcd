#include "localowner.h"

#include "securerandom.h"
#include "servicecontext.h"
#include "staffrepository.h"
#include "staffservice.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace md {

namespace {

std::optional<LocalOwner::Credentials> readCredentials(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LocalOwner::Credentials c{json.value(QStringLiteral("email")).toString(),
                              json.value(QStringLiteral("password")).toString()};
    if (!validation::email(c.email) || !validation::password(c.password))
        return std::nullopt; // damaged: new credentials (and a new account) replace it
    return c;
}

Status writeCredentials(const QString &path, const LocalOwner::Credentials &c)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject json{{QStringLiteral("email"), c.email},
                           {QStringLiteral("password"), c.password}};
    file.write(QJsonDocument(json).toJson());
    if (!file.commit())
        return makeError(ErrorCode::StorageError,
                         DomainText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<LocalOwner::Credentials> LocalOwner::ensure(const ServiceContext &shop,
                                                   const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QLatin1String(kFileName));
    std::optional<Credentials> credentials = readCredentials(path);
    if (!credentials) {
        // A fresh address per file: credentials lost with their file never collide with the
        // account they belonged to, which simply stays (disabled by an owner if unwanted).
        const QString tag = SecureRandom::sha256Hex(SecureRandom::uuid()).left(8);
        credentials = Credentials{QStringLiteral("desk-%1@local.merchantdesk").arg(tag),
                                  SecureRandom::token()};
        MD_TRY(writeCredentials(path, *credentials));
    }
    auto existing = StaffRepository(shop.connection()).findByEmail(credentials->email);
    MD_TRY(existing);
    if (existing->has_value())
        return *credentials;

    const QString name = DomainText::tr("This computer (local owner)");
    StaffService staff(shop);
    auto made = staff.bootstrapOwner(credentials->email, name, credentials->password);
    if (!made && made.error().code == ErrorCode::AlreadyExists)
        made = staff.create(Actor::system(),
                            {credentials->email, name, StaffRole::Owner, credentials->password});
    MD_TRY(made);
    return *credentials;
}

} // namespace md
