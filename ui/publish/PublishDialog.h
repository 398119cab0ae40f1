// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/PublishPlan.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace CreatorDesk {

// An account the draft may go to, as the social sets list it.
struct PublishCandidate
{
    SocialAccount account;
    QString socialSetId;
    QString socialSetName;
    bool checked = false;
    PlatformLimits limits; // the account's own (AccountLimits)
};

// Where and how to publish a draft: the accounts grouped by platform, each with the counters'
// verdict (a post over a platform's limit blocks it, with the reason), the options of X,
// Threads and LinkedIn, and the cost against the balance. Publish stays disabled, with the
// reason beside it, while nothing can be sent.
class PublishDialog final : public QDialog
{
    Q_OBJECT

public:
    // `balance` unknown: the cost is shown without it and the server has the last word.
    // `media`: the uploaded media of each post, which decide how some platforms are reached.
    PublishDialog(const QStringList &posts, const QList<PublishCandidate> &candidates,
                  std::optional<qint64> balance, QWidget *parent = nullptr,
                  const QList<QList<DraftMedia>> &media = {});

    // The draft's language ("en_US"), sent as Bluesky's and Mastodon's `langs` ("en") when
    // their own endpoints can carry the draft's media; otherwise not said, and nothing is
    // held back or dropped for it.
    void setLanguage(const QString &language);
    PublishPlan plan() const;
    PublishOptions options() const;
    QList<SocialAccount> checkedAccounts() const;
    // The one social set the checked accounts belong to; empty when none or several.
    QString socialSetId() const;
    // Why Publish is disabled; empty when it is enabled.
    QString blockedReason() const { return m_blockedReason; }

    void setChecked(const QString &accountId, bool checked);
    QTreeWidget *accountTree() const { return m_tree; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *costLabel() const { return m_cost; }
    QLabel *reasonLabel() const { return m_reason; }
    QLineEdit *communityEdit() const { return m_community; }
    QLineEdit *communityNameEdit() const { return m_communityName; }
    QLineEdit *communityDescriptionEdit() const { return m_communityDescription; }
    QLineEdit *quoteEdit() const { return m_quote; }
    QComboBox *replyControlBox() const { return m_replyControl; }
    QComboBox *visibilityBox() const { return m_visibility; }

private:
    void buildTree();
    void update();
    QList<QTreeWidgetItem *> accountItems() const;
    bool isChecked(Platform platform) const;

    QStringList m_posts;
    QList<QList<DraftMedia>> m_media;
    QString m_language;
    QList<PublishCandidate> m_candidates;
    std::optional<qint64> m_balance;
    QString m_blockedReason;
    bool m_updating = false;
    QTreeWidget *m_tree;
    QGroupBox *m_xOptions;
    QLineEdit *m_community;
    QLineEdit *m_communityName;
    QLineEdit *m_communityDescription;
    QLineEdit *m_quote;
    QGroupBox *m_threadsOptions;
    QComboBox *m_replyControl;
    QGroupBox *m_linkedInOptions;
    QComboBox *m_visibility;
    QLabel *m_cost;
    QLabel *m_reason;
    QPushButton *m_publish;
};

} // namespace CreatorDesk
