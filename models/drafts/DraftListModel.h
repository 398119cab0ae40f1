// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftStore.h"
#include "storage/LocalDraft.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace CreatorDesk {

class ServerDraftListModel;

// Every draft in one list, newest change first: the drafts on this computer (kept current as
// the store writes) and the server's drafts of the active connection (ServerDraftListModel).
// A server draft that a local draft saved is shown once, as that local draft, with its state
// on the server; the others are rows of their own until they are opened (imported).
class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, PostsColumn, ChangedColumn, ColumnCount };
    Q_ENUM(Column)
    enum class Status { LocalOnly, OnServer, Scheduled, Published };
    Q_ENUM(Status)
    enum Role {
        IdRole = Qt::UserRole + 1, // the local id; empty for a server-only row
        TitleRole,
        FirstWordsRole,
        PostCountRole,
        ModifiedRole, // QDateTime, UTC
        ServerCopyCountRole,
        SearchTextRole, // title and every post, for a filter proxy
        StatusRole,     // int(Status)
        ServerIdRole,   // the newest server draft of the row; empty when local only
        ScheduledForRole,
        IsLocalRole,
    };
    Q_ENUM(Role)

    // A drag from the list carries the local draft's id (draftIdMimeType(), DraftMime.h) and,
    // when there is one, the newest server draft's id:
    static constexpr char ServerDraftIdMimeType[] = "application/x-creatordesk-server-draft-id";

    explicit DraftListModel(DraftStore *store, ServerDraftListModel *server = nullptr,
                            QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void reload();
    // The row of a local draft; -1 when there is none.
    int rowOf(const QString &id) const;
    // The row showing server draft `serverId` on its own; -1 when there is none.
    int serverRowOf(const QString &serverId) const;
    bool isLocal(int row) const { return m_rows.at(row).local; }
    // For a server-only row: the server draft as a local one, with no id yet.
    LocalDraft draftAt(int row) const { return m_rows.at(row).draft; }
    // Problems met while loading (unreadable files moved aside), in words.
    QStringList problems() const { return m_problems; }

    static QString firstWords(const LocalDraft &draft, int maxCharacters = 80);
    // A word or two for the list's column, and the sentence for its tool tip.
    static QString statusText(Status status);
    static QString statusDescription(Status status);

private:
    struct Row
    {
        LocalDraft draft;
        bool local = true;
        Status status = Status::LocalOnly;
        QDateTime scheduledFor;
    };
    struct ServerInfo
    {
        Status status = Status::OnServer;
        QDateTime scheduledFor;
        LocalDraft asLocal;
    };

    void onSaved(const QString &id);
    void onRemoved(const QString &id);
    void onServerReset();
    void readServer();
    void classify(Row &row) const;
    void removeServerRowsOf(const LocalDraft &draft);
    // The local rows given, and every server draft none of them saved, newest change first.
    void assemble(QList<Row> localRows);

    QPointer<DraftStore> m_store;
    QPointer<ServerDraftListModel> m_server;
    QList<Row> m_rows;
    QHash<QString, ServerInfo> m_serverDrafts; // by server id
    QStringList m_problems;
};

} // namespace CreatorDesk
