// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/BrowserWaitPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

BrowserWaitPanel::BrowserWaitPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Cop&y address"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in progress"));
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What is being waited for"));
    m_note->hide();
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumHeight(8);
    busy->setAccessibleName(tr("Waiting"));
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Address to open in a browser"));
    m_url->hide();
    m_copy->setAccessibleName(tr("Copy the address"));
    m_copy->hide();
    m_cancel->setAccessibleName(tr("Cancel signing in"));
    // The Enter that started the wait must not land on Cancel (autoDefault follows focus).
    m_cancel->setAutoDefault(false);
    m_copy->setAutoDefault(false);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(busy);
    layout->addLayout(urlRow);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_cancel, &QPushButton::clicked, this, &BrowserWaitPanel::cancelRequested);
}

void BrowserWaitPanel::setWaiting(const QString &text)
{
    m_status->setText(text);
    m_url->clear();
    m_url->hide();
    m_copy->hide();
    m_note->clear();
    m_note->hide();
}

void BrowserWaitPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString BrowserWaitPanel::noteText() const
{
    return m_note->text();
}

void BrowserWaitPanel::setAuthorizationUrl(const QUrl &url, bool browserOpened)
{
    m_status->setText(browserOpened
                          ? tr("Your browser shows the sign-in page. Finish there; this window "
                               "continues by itself. If no page appeared, open this address:")
                          : tr("The browser could not be opened. Open this address in a "
                               "browser to continue:"));
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->show();
    m_copy->show();
}

QString BrowserWaitPanel::statusText() const
{
    return m_status->text();
}

} // namespace CreatorDesk
