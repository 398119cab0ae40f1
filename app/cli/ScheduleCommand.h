// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"

#include <QObject>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class HttpClient;

// creatordesk-cli schedule list | add DRAFT_ID --at ISO [--accounts ID,...] [--priority N]
// [--no-jitter] | cancel DRAFT_ID
// A time in the past (or too soon) is refused before any request. The request names every
// target account with its own platform (targetAccounts): the given accounts, else the draft's
// selected ones, each looked up in the social sets.
class ScheduleCommand final : public QObject
{
    Q_OBJECT

public:
    ScheduleCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);

    void start();

    // "2026-12-01T09:00:00Z" etc.; without an offset the time is local. Invalid if unreadable.
    static QDateTime parseTime(const QString &text);
    // Fills targetAccounts with `accountIds` and their platforms, then sends.
    void sendTo(ScheduleRequest request, const QStringList &accountIds);

private:
    void list();
    void add(const QString &draftId);
    void send(ScheduleRequest request);
    void cancel(const QString &draftId);

    CliRunner &m_runner;
    ApiClient *m_api;
};

} // namespace CreatorDesk
