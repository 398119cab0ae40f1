// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RemoteListPanel.h"

#include "common/Formatting.h"
#include "common/LoadState.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {

enum Page { ListPage, MessagePage };

} // namespace

RemoteListPanel::RemoteListPanel(const QString &title, QAbstractItemView *view, LoadState *state,
                                 QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_state(state)
    , m_updatedLabel(new QLabel(this))
    , m_refreshButton(
          new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Try again"), this))
{
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_updatedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_refreshButton->setAccessibleName(tr("Refresh %1").arg(title));
    m_refreshButton->setToolTip(tr("Ask the server again"));
    m_retryButton->setAccessibleName(tr("Try loading %1 again").arg(title));

    auto *header = new QHBoxLayout;
    m_header = header;
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_updatedLabel);
    header->addWidget(m_refreshButton);

    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Problem loading %1").arg(title));
    m_banner->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: "
                                           "#b3261e; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    m_view->setParent(m_stack);
    m_view->setAccessibleName(title);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("%1 status").arg(title));

    auto *messagePage = new QWidget(m_stack);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);
    m_stack->insertWidget(ListPage, m_view);
    m_stack->insertWidget(MessagePage, messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &RemoteListPanel::refreshRequested);
    connect(m_retryButton, &QPushButton::clicked, this, &RemoteListPanel::refreshRequested);
    connect(m_state, &LoadState::changed, this, &RemoteListPanel::updateState);
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &RemoteListPanel::updateState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RemoteListPanel::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RemoteListPanel::updateState);
    }
    updateState();
}

void RemoteListPanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateState();
}

void RemoteListPanel::setConnected(bool connected)
{
    m_connected = connected;
    updateState();
}

void RemoteListPanel::setDisconnectedText(const QString &text)
{
    m_disconnectedText = text;
    updateState();
}

void RemoteListPanel::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 2, widget);
}

QString RemoteListPanel::messageText() const
{
    return isShowingList() ? QString() : m_message->text();
}

bool RemoteListPanel::isShowingList() const
{
    return m_stack->currentIndex() == ListPage;
}

void RemoteListPanel::updateState()
{
    const bool hasRows = m_view->model() && m_view->model()->rowCount() > 0;
    const bool loading = m_state && m_state->isLoading();
    const QString error = m_state ? m_state->errorText() : QString();

    m_refreshButton->setEnabled(m_connected && !loading);
    m_retryButton->setVisible(m_connected && !error.isEmpty());
    m_banner->setVisible(hasRows && !error.isEmpty());
    m_banner->setText(error);

    if (!m_connected)
        m_updatedLabel->clear();
    else if (loading)
        m_updatedLabel->setText(tr("Loading…"));
    else if (m_state && m_state->hasLoaded())
        m_updatedLabel->setText(tr("Updated %1").arg(Formatting::localTime(m_state->loadedAt())));

    if (hasRows) {
        m_stack->setCurrentIndex(ListPage);
        return;
    }
    if (!m_connected && !m_disconnectedText.isEmpty())
        m_message->setText(m_disconnectedText);
    else if (!m_connected)
        m_message->setText(tr("There is no connection yet. To try Creator Desk with sample data, "
                              "start it with the --demo option."));
    else if (!error.isEmpty())
        m_message->setText(error);
    else if (loading || !m_state || !m_state->hasLoaded())
        m_message->setText(tr("Loading…"));
    else
        m_message->setText(m_emptyText);
    m_stack->setCurrentIndex(MessagePage);
}

} // namespace CreatorDesk
