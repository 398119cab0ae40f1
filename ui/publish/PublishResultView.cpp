// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishResultView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace CreatorDesk {

PublishResultView::PublishResultView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_rows(new QVBoxLayout)
    , m_unknownHelp(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry the failed ones"), this))
    , m_check(new QPushButton(tr("&Check again"), this))
    , m_sendAgain(new QPushButton(tr("&Send again"), this))
{
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *rowsWidget = new QWidget(this);
    rowsWidget->setLayout(m_rows);
    m_rows->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(rowsWidget);

    m_unknownHelp->setObjectName(QStringLiteral("unknownOutcomeHelp"));
    m_unknownHelp->setWordWrap(true);

    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_retry->setToolTip(tr("Send again only to the accounts that failed; the published ones are "
                           "left alone"));
    m_check->setObjectName(QStringLiteral("checkUnknown"));
    m_check->setToolTip(tr("Ask X about the same job again; it cannot post twice"));
    m_sendAgain->setObjectName(QStringLiteral("sendUnknownAgain"));
    m_sendAgain->setToolTip(tr("Only if the post is not on the account: this posts it again"));
    connect(m_retry, &QPushButton::clicked, this, &PublishResultView::retryFailedRequested);
    connect(m_check, &QPushButton::clicked, this, &PublishResultView::checkUnknownRequested);
    connect(m_sendAgain, &QPushButton::clicked, this,
            &PublishResultView::sendUnknownAgainRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_check);
    buttons->addWidget(m_sendAgain);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_unknownHelp);
    layout->addLayout(buttons);
    setBusy(QString());
}

void PublishResultView::setBusy(const QString &text)
{
    clearRows();
    m_summary->setText(text);
    m_unknownHelp->hide();
    m_retry->hide();
    m_check->hide();
    m_sendAgain->hide();
}

void PublishResultView::clearRows()
{
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_rowLabels.clear();
}

void PublishResultView::setReport(const PublishReport &report)
{
    clearRows();
    for (const AccountOutcome &outcome : report.outcomes)
        addRow(outcome);

    const int total = int(report.outcomes.size());
    const int published = report.count(AccountOutcome::State::Published);
    int waiting = 0;
    int blocked = 0;
    int checkable = 0;
    int uncheckable = 0;
    for (const AccountOutcome &outcome : report.outcomes) {
        if (outcome.state == AccountOutcome::State::Failed && outcome.notSent)
            ++waiting;
        if (outcome.state == AccountOutcome::State::Failed && outcome.blocked)
            ++blocked;
        if (outcome.state == AccountOutcome::State::Unknown)
            ++(outcome.jobId.isEmpty() ? uncheckable : checkable);
    }
    // Held back by a limit: sending again cannot help until the text changes.
    const int failed = report.count(AccountOutcome::State::Failed) - waiting - blocked;

    if (total == 0)
        m_summary->setText(tr("Nothing was sent."));
    else if (published == total)
        m_summary->setText(tr("Published to all %n account(s).", nullptr, total));
    else if (waiting == total)
        m_summary->setText(tr("No connection: this publish waits in the outbox. You will be asked "
                              "before it is sent when the connection returns."));
    else
        m_summary->setText(tr("Published to %1 of %n account(s).", nullptr, total).arg(published));

    // Retrying makes sense beside a success; when everything failed, the draft or the
    // accounts need a change first, and Publish is the way to send again.
    m_retry->setVisible(failed > 0 && published > 0);
    m_check->setVisible(checkable > 0);
    m_sendAgain->setVisible(uncheckable > 0);
    QStringList help;
    if (checkable > 0)
        help.append(tr("X keeps a record of each publish job: \"Check again\" asks about the same "
                       "job and cannot post twice."));
    if (uncheckable > 0)
        help.append(tr("The other services cannot be asked about a lost request. Open the account "
                       "and look: use \"Send again\" only if the post is not there, or it will "
                       "appear twice."));
    m_unknownHelp->setText(help.join(QLatin1Char(' ')));
    m_unknownHelp->setVisible(!help.isEmpty());
}

void PublishResultView::addRow(const AccountOutcome &outcome)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    QString state;
    const QString account = outcome.account.username.isEmpty()
                                ? outcome.account.accountId
                                : QLatin1Char('@') + outcome.account.username;
    const QString platform = outcome.account.platform
                                 ? platformDisplayName(*outcome.account.platform)
                                 : outcome.account.platformName;
    QString detail = outcome.message.toHtmlEscaped();
    switch (outcome.state) {
    case AccountOutcome::State::Published:
        icon = QStyle::SP_DialogApplyButton;
        state = tr("Published");
        detail = outcome.postUrl.isValid()
                     ? tr("<a href=\"%1\">Open the post</a>")
                           .arg(outcome.postUrl.toString(QUrl::FullyEncoded).toHtmlEscaped())
                     : tr("The service gave no link to the post.");
        break;
    case AccountOutcome::State::Failed:
        if (outcome.notSent) {
            icon = QStyle::SP_BrowserReload;
            state = tr("Waiting in the outbox");
        } else if (outcome.blocked) {
            icon = QStyle::SP_MessageBoxWarning;
            state = tr("Not sent");
        } else {
            state = tr("Failed");
        }
        break;
    case AccountOutcome::State::Unknown:
        icon = QStyle::SP_MessageBoxQuestion;
        state = tr("Unknown outcome");
        break;
    }
    auto *row = new QWidget;
    auto *iconLabel = new QLabel(row);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    iconLabel->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(row);
    text->setObjectName(QStringLiteral("publishOutcome"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(false);
    text->setText(tr("<b>%1 %2</b> — %3<br>%4")
                      .arg(platform.toHtmlEscaped(), account.toHtmlEscaped(), state, detail));
    text->setAccessibleName(QTextDocumentFragment::fromHtml(text->text()).toPlainText());
    connect(text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (m_browser)
            m_browser(QUrl(link));
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(iconLabel);
    layout->addWidget(text, 1);
    m_rows->insertWidget(m_rows->count() - 1, row);
    m_rowLabels.append(text);
}

QString PublishResultView::summaryText() const
{
    return m_summary->text();
}

QStringList PublishResultView::rowTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_rowLabels)
        texts.append(label->accessibleName());
    return texts;
}

} // namespace CreatorDesk
