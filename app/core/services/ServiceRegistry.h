// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceDescriptor.h"

#include <QList>
#include <QStringList>

namespace CreatorDesk {

// All service descriptors, loaded and validated once at start.
class ServiceRegistry final
{
public:
    // Loads every *.json in `directory` (the built-in ones live in ":/services").
    static ServiceRegistry load(const QString &directory = QStringLiteral(":/services"));

    const QList<ServiceDescriptor> &services() const { return m_services; }
    const ServiceDescriptor *find(const QString &id) const;
    // One sentence per descriptor that could not be loaded.
    const QStringList &errors() const { return m_errors; }

private:
    QList<ServiceDescriptor> m_services;
    QStringList m_errors;
};

} // namespace CreatorDesk
