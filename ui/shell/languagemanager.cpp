#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace md {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{}

QString LanguageManager::displayName(const QString &language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("简体中文")
                                              : QStringLiteral("English");
}

QString LanguageManager::preferred() const
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (available().contains(saved))
        return saved;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!available().contains(language))
        return false;
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    const bool loaded = m_app->load(QStringLiteral(":/i18n/merchantdesk_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(m_app);
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_current = language;
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN")
                                                                   : QStringLiteral("en_US")));
    QSettings().setValue(QStringLiteral("ui/language"), language);
    emit languageChanged(language);
    return loaded || language == QLatin1String("en");
}

} // namespace md
