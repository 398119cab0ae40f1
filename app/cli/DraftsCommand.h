// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "schedule/ImportVerdicts.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class HttpClient;
class ImportReader;
struct SocialSetList;

// creatordesk-cli drafts list [--social-set ID] | drafts create --title T --post TEXT
// [--post TEXT ...] [--accounts ID,...] [--status S] [--template ID] | drafts import FILE
// [--dry-run] [--json]. A post over a targeted platform's limit is refused, with the counter's
// verdict, before anything is sent. An import streams the file (ImportReader): each row is read,
// judged, printed and (without --dry-run) created before the next one is read.
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
    void importFile();
    void importDryRun();
    void importRows();
    void printRow(const ImportRow &row, const QString &result, const QString &message);
    void endImport(const QString &summary);

    CliRunner &m_runner;
    ApiClient *m_api;
    std::unique_ptr<ImportReader> m_reader;
    ImportVerdicts::Context m_context;
    ImportRow m_current;       // the row being imported
    bool m_rowTrouble = false; // some row had problems or failed
};

} // namespace CreatorDesk
