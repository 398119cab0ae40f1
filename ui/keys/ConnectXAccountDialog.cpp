// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/ConnectXAccountDialog.h"

#include "auth/XAccountConnector.h"
#include "keys/BrowserWaitPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

ConnectXAccountDialog::ConnectXAccountDialog(ApiClient *api, BrowserLauncher browser,
                                             const QList<QPair<QString, QString>> &sets,
                                             QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_browser(std::move(browser))
    , m_pages(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_sets(new QComboBox(this))
    , m_addToSet(new QRadioButton(tr("&Add it to this social set:"), this))
    , m_createNew(new QRadioButton(tr("Create a &new social set for it"), this))
    , m_follow(new QCheckBox(tr("&Follow on X after allowing access"), this))
    , m_connect(new QPushButton(tr("&Connect in the browser"), this))
    , m_wait(new BrowserWaitPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Connect an X account"));
    setObjectName(QStringLiteral("connectXAccountDialog"));
    setAccessibleName(windowTitle());
    setMinimumWidth(500);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("X asks you to allow xAIcreator to post for the account. The account is "
                        "added to the social set you choose."));
    for (const auto &[id, name] : sets)
        m_sets->addItem(name, id);
    m_sets->setAccessibleName(tr("Social set"));
    m_addToSet->setAccessibleName(tr("Add the account to the chosen social set"));
    m_createNew->setAccessibleName(tr("Create a new social set for the account"));
    m_follow->setAccessibleName(tr("Follow on X after allowing access"));
    m_addToSet->setChecked(m_sets->count() > 0);
    m_addToSet->setEnabled(m_sets->count() > 0);
    m_createNew->setChecked(m_sets->count() == 0);
    m_connect->setDefault(true);
    m_connect->setEnabled(m_api);
    m_connect->setAccessibleName(tr("Connect the X account in the browser"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAccessibleName(tr("Cancel"));

    auto *choose = new QWidget(m_pages);
    auto *form = new QFormLayout;
    form->addRow(m_addToSet, m_sets);
    form->addRow(m_createNew);
    form->addRow(m_follow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_connect);
    buttons->addWidget(cancel);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_intro);
    chooseLayout->addLayout(form);
    chooseLayout->addStretch();
    chooseLayout->addLayout(buttons);

    auto *resultPage = new QWidget(m_pages);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result"));
    auto *close = new QPushButton(tr("&Close"), resultPage);
    close->setAccessibleName(tr("Close"));
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(close);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch();
    resultLayout->addLayout(closeRow);

    m_pages->insertWidget(ChoosePage, choose);
    m_pages->insertWidget(WaitingPage, m_wait);
    m_pages->insertWidget(ResultPage, resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_addToSet, &QRadioButton::toggled, m_sets, &QComboBox::setEnabled);
    connect(m_connect, &QPushButton::clicked, this, &ConnectXAccountDialog::start);
    connect(cancel, &QPushButton::clicked, this, &ConnectXAccountDialog::reject);
    connect(close, &QPushButton::clicked, this, &ConnectXAccountDialog::accept);
    connect(m_wait, &BrowserWaitPanel::cancelRequested, this, &ConnectXAccountDialog::cancel);
    connect(this, &QDialog::finished, this, &ConnectXAccountDialog::cancel);
}

void ConnectXAccountDialog::setIntroduction(const QString &text)
{
    m_intro->setText(text);
}

void ConnectXAccountDialog::selectSet(const QString &setId)
{
    const int index = m_sets->findData(setId);
    if (index >= 0)
        m_sets->setCurrentIndex(index);
}

ConnectXAccountDialog::Page ConnectXAccountDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString ConnectXAccountDialog::resultText() const
{
    return m_result->text();
}

void ConnectXAccountDialog::start()
{
    const bool createNew = m_createNew->isChecked();
    if (!m_api || (!createNew && m_sets->currentIndex() < 0))
        return;
    TwitterConnectRequest request;
    request.mode = createNew ? TwitterConnectMode::CreateNew : TwitterConnectMode::AddToExisting;
    if (!createNew)
        request.socialSetId = m_sets->currentData().toString();
    if (m_follow->isChecked())
        request.followOnX = true;
    m_wait->setWaiting(tr("Opening X in your browser…"));
    m_pages->setCurrentIndex(WaitingPage);
    auto *connector = new XAccountConnector(m_api, m_browser, this);
    m_connector = connector;
    connect(connector, &XAccountConnector::authorizationUrlReady, this,
            [this](const QUrl &url, bool opened) {
                m_wait->setAuthorizationUrl(url, opened);
                m_wait->setNote(tr("Creator Desk looks at your social sets every few seconds and "
                                   "continues as soon as the new X account is there."));
            });
    connect(connector, &XAccountConnector::stillWaiting, this, [this](int seconds) {
        m_wait->setNote(tr("Creator Desk looks at your social sets every few seconds and "
                           "continues as soon as the new X account is there. Waited %n "
                           "second(s) so far; Cancel stops waiting.",
                           nullptr, seconds));
    });
    connect(connector, &XAccountConnector::succeeded, this,
            [this, connector](const TwitterConnectResult &result) {
                connector->deleteLater();
                const int index = m_sets->findData(result.socialSetId);
                m_result->setText(
                    index >= 0
                        ? tr("The X account is connected to \"%1\".").arg(m_sets->itemText(index))
                        : tr("The X account is connected, in a new social set."));
                m_pages->setCurrentIndex(ResultPage);
                Q_EMIT accountConnected(result.socialSetId);
            });
    connect(connector, &XAccountConnector::failed, this,
            [this, connector](const QString &message, bool cancelled) {
                connector->deleteLater();
                if (cancelled) {
                    m_pages->setCurrentIndex(ChoosePage);
                    return;
                }
                m_result->setText(message);
                m_pages->setCurrentIndex(ResultPage);
            });
    connector->start(request);
}

void ConnectXAccountDialog::cancel()
{
    if (m_connector)
        m_connector->cancel();
}

} // namespace CreatorDesk
