// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/AccountsHint.h"

#include "common/LoadState.h"
#include "connections/SocialSetSource.h"
#include "publish/TargetAccountModel.h"

namespace CreatorDesk {

namespace {
QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}
} // namespace

AccountsHint::AccountsHint(TargetAccountModel *accounts, QWidget *parent)
    : QLabel(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountsHint"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this](const QString &target) {
        if (target == QLatin1String("keys"))
            Q_EMIT openKeysRequested();
        else if (target == QLatin1String("connect"))
            Q_EMIT connectAccountRequested();
        else if (target == QLatin1String("retry"))
            m_accounts->source()->refresh();
    });
    connect(accounts, &QAbstractItemModel::modelReset, this, &AccountsHint::update);
    connect(accounts, &QAbstractItemModel::rowsInserted, this, &AccountsHint::update);
    connect(accounts, &QAbstractItemModel::rowsRemoved, this, &AccountsHint::update);
    connect(accounts->loadState(), &LoadState::changed, this, &AccountsHint::update);
    connect(accounts->source(), &SocialSetSource::setsChanged, this, &AccountsHint::update);
    update();
}

void AccountsHint::update()
{
    QString text;
    QString spoken;
    const LoadState *state = m_accounts->loadState();
    if (m_accounts->rowCount() > 0) {
        text.clear();
    } else if (!m_accounts->source()->client()) {
        spoken = tr("No accounts yet: connect Creator Desk to xAIcreator to choose where this "
                    "draft goes.");
        text = spoken + QLatin1Char(' ') + link(QStringLiteral("keys"), tr("Open API keys"));
    } else if (state->isLoading()) {
        spoken = text = tr("Loading your accounts…");
    } else if (!state->errorText().isEmpty()) {
        spoken = tr("Your accounts could not be loaded: %1").arg(state->errorText());
        text = spoken.toHtmlEscaped() + QLatin1Char(' ') +
               link(QStringLiteral("retry"), tr("Try again"));
    } else {
        spoken = tr("Your xAIcreator account has no social accounts yet.");
        text = spoken + QLatin1Char(' ') +
               link(QStringLiteral("connect"), tr("Connect an X account…"));
    }
    setText(text);
    setAccessibleName(spoken);
    setVisible(!text.isEmpty());
}

} // namespace CreatorDesk
