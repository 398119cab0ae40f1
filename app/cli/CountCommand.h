// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

namespace CreatorDesk {

// `creatordesk-cli count`: the length of a text against each platform's limit.
class CountCommand final
{
public:
    static QString toText(const QString &text);
    static nlohmann::json toJson(const QStringList &texts);
};

} // namespace CreatorDesk
