// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalDraft.h"

#include <QAbstractListModel>
#include <QPointer>

namespace CreatorDesk {

class LoadState;
class SocialSetSource;

// The accounts a draft can go to: every account of every social set (GET /social-sets, from a
// SocialSetSource), any mix of platforms, checkable. A server draft belongs to one social set, so
// checking an account of another set unchecks the accounts of the first.
class TargetAccountModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        SocialSetIdRole,
        SocialSetNameRole,
        PlatformRole, // "twitter", ...
        UsernameRole,
    };
    Q_ENUM(Role)

    // `source` is not owned and outlives the model.
    explicit TargetAccountModel(SocialSetSource *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    SocialSetSource *source() const { return m_source; }
    LoadState *loadState() const;
    QList<LocalDraft::Account> selected() const;
    // Checks these accounts; ones the server did not list (offline, or since removed) are
    // kept as rows so the draft's choice stays visible.
    void setSelected(const QList<LocalDraft::Account> &accounts);

Q_SIGNALS:
    // Only for the person's own changes (setData), not for setSelected().
    void selectionEdited();

private:
    struct Row
    {
        LocalDraft::Account account;
        QString setName;
        bool checked = false;
    };

    void takeSets();

    SocialSetSource *m_source;
    QList<Row> m_rows;
};

} // namespace CreatorDesk
