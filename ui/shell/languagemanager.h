#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace md {

// Installs the application's and Qt's translations and switches them at run time; widgets
// retranslate on QEvent::LanguageChange. The choice is kept in QSettings ("ui/language").
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    static QString displayName(const QString &language);
    QString current() const { return m_current; }
    // The saved choice, else the system language if we have it, else English.
    QString preferred() const;
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QTranslator *m_app;
    QTranslator *m_qt;
    QString m_current;
};

} // namespace md
