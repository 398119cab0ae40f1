// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ServiceRegistry)
};
constexpr qint64 MaxDescriptorSize = 256 * 1024;
} // namespace

ServiceRegistry ServiceRegistry::load(const QString &directory)
{
    ServiceRegistry registry;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        registry.m_errors.append(
            Tr::tr("No service descriptions were found in %1.").arg(directory));
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            registry.m_errors.append(Tr::tr("The service description %1 cannot be read: %2")
                                         .arg(fileName, file.errorString()));
            continue;
        }
        if (file.size() > MaxDescriptorSize) {
            registry.m_errors.append(
                Tr::tr("The service description %1 is too large.").arg(fileName));
            continue;
        }
        auto loaded = ServiceDescriptor::fromJson(file.readAll(), fileName);
        if (auto *error = std::get_if<QString>(&loaded)) {
            registry.m_errors.append(*error);
            continue;
        }
        auto &descriptor = std::get<ServiceDescriptor>(loaded);
        if (registry.find(descriptor.id)) {
            registry.m_errors.append(
                Tr::tr("The service id \"%1\" in %2 is used twice.").arg(descriptor.id, fileName));
            continue;
        }
        registry.m_services.append(std::move(descriptor));
    }
    return registry;
}

const ServiceDescriptor *ServiceRegistry::find(const QString &id) const
{
    for (const ServiceDescriptor &service : m_services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

} // namespace CreatorDesk
