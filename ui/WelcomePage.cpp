// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
QCommandLinkButton *choice(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setAccessibleName(text);
    button->setAccessibleDescription(description);
    button->setMinimumWidth(460);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_signIn(choice(tr("&Sign in to xAIcreator"),
                      tr("With your email and password, Google or X. Creator Desk makes an API "
                         "key for this computer and keeps it in the system's keychain."),
                      this))
    , m_addKey(choice(tr("&Add an API key"),
                      tr("Paste a key of xAIcreator, Xquik, oqui or another service you use; "
                         "it is checked as you type."),
                      this))
    , m_demo(choice(tr("&Try the demo"), demoDescription(), this))
    , m_skip(new QPushButton(tr("Look around first"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Creator Desk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Write threads for X, Bluesky, Mastodon, Threads and LinkedIn, "
                                "see every platform's limit as you type, and publish or "
                                "schedule them. To begin, connect Creator Desk to your "
                                "publishing service:"),
                             this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));
    m_problem->setVisible(false);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1f));
    m_problem->setPalette(problemPalette);
    m_skip->setFlat(true);
    m_skip->setAccessibleName(tr("Skip the welcome and look around"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(m_signIn);
    column->addWidget(m_addKey);
    column->addWidget(m_demo);
    column->addWidget(m_problem);
    column->addSpacing(8);
    column->addWidget(m_skip, 0, Qt::AlignLeft);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *box = new QWidget(this);
    box->setLayout(column);
    box->setMaximumWidth(640);
    row->addWidget(box, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setTabOrder(m_signIn, m_addKey);
    setTabOrder(m_addKey, m_demo);
    setTabOrder(m_demo, m_skip);
    setFocusProxy(m_signIn);

    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_addKey, &QPushButton::clicked, this, &WelcomePage::addKeyRequested);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        setProblem({});
        Q_EMIT demoRequested();
    });
    connect(m_skip, &QPushButton::clicked, this, &WelcomePage::skipRequested);
}

void WelcomePage::setDemoStarting(bool starting)
{
    m_demo->setEnabled(!starting);
    m_demo->setDescription(starting ? tr("Starting the demo server and signing in…")
                                    : demoDescription());
}

QString WelcomePage::demoDescription()
{
    return tr("A sandbox on this computer with sample accounts, drafts and credits. Nothing is "
              "posted anywhere.");
}

void WelcomePage::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        setDemoStarting(false);
}

QString WelcomePage::problemText() const
{
    return m_problem->text();
}

} // namespace CreatorDesk
