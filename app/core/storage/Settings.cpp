// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Settings.h"

#include <QSettings>
#include <QUrl>

namespace CreatorDesk {

namespace {

const auto ThresholdKey = QStringLiteral("Credits/warningThreshold");
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SectionKey = QStringLiteral("MainWindow/pane");

// Account ids and instance addresses become keys under a group; QSettings would read '/' in
// them as a subgroup, so they are stored percent-encoded.
QString keyPart(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString accountKey(const QString &accountId, const char *field)
{
    return QStringLiteral("AccountLimits/%1/%2").arg(keyPart(accountId), QLatin1String(field));
}

QString instanceKey(const QString &instance, const char *field)
{
    return QStringLiteral("MastodonInstances/%1/%2").arg(keyPart(instance), QLatin1String(field));
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

std::optional<qint64> Settings::creditWarningThreshold() const
{
    bool ok = false;
    const qint64 credits = m_settings->value(ThresholdKey).toLongLong(&ok);
    return ok ? std::optional<qint64>(credits) : std::nullopt;
}

void Settings::setCreditWarningThreshold(qint64 credits)
{
    m_settings->setValue(ThresholdKey, credits);
}

Settings::WindowLayout Settings::windowLayout() const
{
    WindowLayout layout;
    layout.geometry = m_settings->value(GeometryKey).toByteArray();
    layout.state = m_settings->value(StateKey).toByteArray();
    bool ok = false;
    const int section = m_settings->value(SectionKey).toInt(&ok);
    if (ok)
        layout.section = section;
    return layout;
}

void Settings::setWindowLayout(const WindowLayout &layout)
{
    m_settings->setValue(GeometryKey, layout.geometry);
    m_settings->setValue(StateKey, layout.state);
    if (layout.section)
        m_settings->setValue(SectionKey, *layout.section);
}

Settings::AccountLimitChoice Settings::accountLimitChoice(const QString &accountId) const
{
    AccountLimitChoice choice;
    choice.xPremium = m_settings->value(accountKey(accountId, "xPremium"), false).toBool();
    choice.mastodonInstance =
        m_settings->value(accountKey(accountId, "mastodonInstance")).toString();
    bool ok = false;
    const int own = m_settings->value(accountKey(accountId, "mastodonMaxCharacters")).toInt(&ok);
    if (ok && own > 0)
        choice.mastodonMaxCharacters = own;
    return choice;
}

void Settings::setAccountLimitChoice(const QString &accountId, const AccountLimitChoice &choice)
{
    m_settings->setValue(accountKey(accountId, "xPremium"), choice.xPremium);
    m_settings->setValue(accountKey(accountId, "mastodonInstance"), choice.mastodonInstance);
    if (choice.mastodonMaxCharacters)
        m_settings->setValue(accountKey(accountId, "mastodonMaxCharacters"),
                             *choice.mastodonMaxCharacters);
    else
        m_settings->remove(accountKey(accountId, "mastodonMaxCharacters"));
}

std::optional<InstanceLimits> Settings::instanceLimits(const QString &instance) const
{
    bool ok = false;
    const int maxCharacters = m_settings->value(instanceKey(instance, "maxCharacters")).toInt(&ok);
    if (!ok || maxCharacters <= 0)
        return std::nullopt;
    InstanceLimits limits;
    limits.maxCharacters = maxCharacters;
    limits.charactersReservedPerUrl = m_settings
                                          ->value(instanceKey(instance, "charactersReservedPerUrl"),
                                                  InstanceLimits::DefaultReservedPerUrl)
                                          .toInt();
    limits.readAt = m_settings->value(instanceKey(instance, "readAt")).toDateTime();
    return limits;
}

void Settings::setInstanceLimits(const QString &instance, const InstanceLimits &limits)
{
    m_settings->setValue(instanceKey(instance, "maxCharacters"), limits.maxCharacters);
    m_settings->setValue(instanceKey(instance, "charactersReservedPerUrl"),
                         limits.charactersReservedPerUrl);
    m_settings->setValue(instanceKey(instance, "readAt"), limits.readAt);
}

} // namespace CreatorDesk
