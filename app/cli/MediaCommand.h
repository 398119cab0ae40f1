// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class HttpClient;
class MediaAttachmentModel;
class UploadQueue;

// creatordesk-cli media upload FILE...: checks every file first (type by content, size limit;
// nothing is sent when one is refused), uploads them 4 to a request with a progress line on a
// terminal, then prints each file's mediaId and url (or JSON with --json).
class MediaCommand final : public QObject
{
    Q_OBJECT

public:
    MediaCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);

    void start();

private:
    void showProgress(bool force = false);
    void finish();

    CliRunner &m_runner;
    ApiClient *m_api;
    MediaAttachmentModel *m_model;
    UploadQueue *m_queue;
    QElapsedTimer m_sinceLine;
    bool m_terminal = false;
    bool m_lineShown = false;
};

} // namespace CreatorDesk
