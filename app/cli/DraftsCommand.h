// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"

#include <QObject>
#include <QStringList>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class HttpClient;
struct SocialSetList;

// creatordesk-cli drafts list [--social-set ID] | drafts create --title T --post TEXT
// [--post TEXT ...] [--accounts ID,...] [--status S] [--template ID]. A post over a targeted
// platform's limit is refused, with the counter's verdict, before anything is sent.
class DraftsCommand final : public QObject
{
    Q_OBJECT

public:
    DraftsCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);
    ~DraftsCommand() override;

    void start();

private:
    void list();
    void create();
    void createFor(const SocialSetList &sets);
    // The first post over a limit, in words; empty when every post fits every platform.
    QString overLimit(const QList<Platform> &platforms) const;

    CliRunner &m_runner;
    ApiClient *m_api;
};

} // namespace CreatorDesk
