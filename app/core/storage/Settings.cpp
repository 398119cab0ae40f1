// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Settings.h"

#include <QSettings>

namespace CreatorDesk {

namespace {

const auto ThresholdKey = QStringLiteral("Credits/warningThreshold");
const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SectionKey = QStringLiteral("MainWindow/pane");

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

} // namespace CreatorDesk
