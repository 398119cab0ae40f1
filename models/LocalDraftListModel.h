// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftStore.h"
#include "storage/LocalDraft.h"

#include <QAbstractListModel>
#include <QPointer>

namespace CreatorDesk {

// The drafts kept on this computer, newest change first, kept current as the store writes.
class LocalDraftListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        FirstWordsRole,
        PostCountRole,
        ModifiedRole, // QDateTime, UTC
        ServerCopyCountRole,
        SearchTextRole, // title and every post, for a filter proxy
    };
    Q_ENUM(Role)

    explicit LocalDraftListModel(DraftStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    int rowOf(const QString &id) const;
    LocalDraft draftAt(int row) const { return m_drafts.at(row); }
    // Problems met while loading (unreadable files moved aside), in words.
    QStringList problems() const { return m_problems; }

    static QString firstWords(const LocalDraft &draft, int maxCharacters = 80);

private:
    void onSaved(const QString &id);
    void onRemoved(const QString &id);

    QPointer<DraftStore> m_store;
    QList<LocalDraft> m_drafts;
    QStringList m_problems;
};

} // namespace CreatorDesk
