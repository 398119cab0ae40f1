// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/CreditsPane.h"

#include "common/Formatting.h"
#include "common/RetryCountdown.h"
#include "connections/AccountStatus.h"
#include "credits/BalanceChart.h"
#include "credits/CreditCost.h"
#include "credits/CreditThreshold.h"
#include "credits/CreditsText.h"
#include "credits/SpendingHistoryModel.h"
#include "credits/SpendingHistoryPanel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace CreatorDesk {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

CreditsPane::CreditsPane(AccountStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_balance(valueLabel(this, tr("Credit balance")))
    , m_notice(valueLabel(this, tr("Credit warnings")))
    , m_details(new QFormLayout)
    , m_service(valueLabel(this, tr("Service")))
    , m_plan(valueLabel(this, tr("Plan")))
    , m_quota(valueLabel(this, tr("Request quota")))
    , m_expiry(valueLabel(this, tr("Credit expiry")))
    , m_fetched(valueLabel(this, tr("Balance checked")))
    , m_rateLimit(valueLabel(this, tr("Rate limit")))
    , m_retry(valueLabel(this, tr("Retry countdown")))
    , m_error(valueLabel(this, tr("Balance problem")))
    , m_coverage(valueLabel(this, tr("What the balance covers")))
    , m_costList(valueLabel(this, tr("What things cost")))
    , m_threshold(new QSpinBox(this))
    , m_refreshButton(
          new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Check balance"), this))
    , m_history(new SpendingHistoryPanel(status->history(), this))
{
    auto *heading = new QLabel(tr("Credits"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 2.6);
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_balance->setWordWrap(false);
    m_notice->setObjectName(QStringLiteral("creditNotice"));
    m_notice->setContentsMargins(10, 6, 10, 6);
    m_notice->setTextFormat(Qt::PlainText);
    m_refreshButton->setAccessibleName(tr("Check the credit balance again"));
    m_refreshButton->setToolTip(tr("Ask the service for the balance now (F5)"));

    m_details->setLabelAlignment(Qt::AlignLeft);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->addRow(tr("Service:"), m_service);
    m_details->addRow(tr("Plan:"), m_plan);
    m_details->addRow(tr("Quota:"), m_quota);
    m_details->addRow(tr("Expires:"), m_expiry);
    m_details->addRow(tr("Checked:"), m_fetched);
    m_details->addRow(tr("Rate limit:"), m_rateLimit);
    m_details->addRow(tr("Waiting:"), m_retry);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(heading);
    titleRow->addStretch();
    titleRow->addWidget(m_refreshButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_balance);
    left->addLayout(m_details);
    left->addWidget(m_error);
    left->addStretch();

    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addWidget(createSidePanel(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_history, 1);

    connect(m_refreshButton, &QPushButton::clicked, m_status, &AccountStatus::refresh);
    connect(m_status, &AccountStatus::changed, this, &CreditsPane::updateTexts);
    connect(m_status->retries(), &RetryCountdown::changed, this, &CreditsPane::updateTexts);
    connect(m_threshold, &QSpinBox::valueChanged, m_status->threshold(),
            [this](int value) { m_status->threshold()->setThreshold(value); });
    m_clock.setInterval(1s);
    connect(&m_clock, &QTimer::timeout, this, &CreditsPane::updateTexts);
    m_clock.start();
    updateTexts();
}

QWidget *CreditsPane::createSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *warning = new QGroupBox(tr("Warning level"), side);
    auto *warningLayout = new QHBoxLayout(warning);
    auto *before = new QLabel(tr("&Warn me below"), warning);
    before->setBuddy(m_threshold);
    m_threshold->setParent(warning);
    m_threshold->setRange(0, int(CreditThreshold::MaxThreshold));
    m_threshold->setSingleStep(10);
    m_threshold->setSuffix(tr(" credits"));
    m_threshold->setValue(int(m_status->threshold()->threshold()));
    m_threshold->setAccessibleName(tr("Warn when the balance falls below this many credits"));
    warningLayout->addWidget(before);
    warningLayout->addWidget(m_threshold);
    warningLayout->addStretch();

    auto *costs = new QGroupBox(tr("What things cost"), side);
    auto *costLayout = new QVBoxLayout(costs);
    auto *priceGrid = new QGridLayout;
    priceGrid->setHorizontalSpacing(16);
    QStringList lines;
    for (const CreditCost::Action action : CreditCost::allActions()) {
        const int row = priceGrid->rowCount();
        auto *name = new QLabel(CreditCost::actionName(action), costs);
        auto *price = new QLabel(CreditCost::priceText(action), costs);
        name->setWordWrap(true);
        price->setAlignment(Qt::AlignRight | Qt::AlignTop);
        priceGrid->addWidget(name, row, 0);
        priceGrid->addWidget(price, row, 1);
        lines.append(tr("%1: %2").arg(name->text(), price->text()));
    }
    priceGrid->setColumnStretch(0, 1);
    // The whole list in one sentence for screen readers and tests.
    m_costList->setText(lines.join(QLatin1Char('\n')));
    m_costList->hide();
    costs->setAccessibleDescription(m_costList->text());
    auto *unchargedNote =
        new QLabel(tr("Accounts whose post fails are not charged. Before publishing, the cost "
                      "is shown next to the balance."),
                   costs);
    unchargedNote->setWordWrap(true);
    unchargedNote->setForegroundRole(QPalette::PlaceholderText);
    costLayout->addLayout(priceGrid);
    costLayout->addWidget(m_coverage);
    costLayout->addWidget(unchargedNote);

    layout->addWidget(warning);
    layout->addWidget(costs);
    layout->addStretch();
    return side;
}

QString CreditsPane::balanceText() const
{
    return m_balance->text();
}

QString CreditsPane::expiryText() const
{
    return m_expiry->text();
}

QString CreditsPane::checkedText() const
{
    return m_fetched->text();
}

QString CreditsPane::rateLimitText() const
{
    return m_rateLimit->text();
}

QString CreditsPane::retryText() const
{
    return m_retry->isVisibleTo(this) ? m_retry->text() : QString();
}

QString CreditsPane::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString CreditsPane::costNoteText() const
{
    return m_costList->text() + QLatin1Char('\n') + m_coverage->text();
}

bool CreditsPane::expiryHighlighted() const
{
    return m_expiry->font().bold();
}

void CreditsPane::setRowVisible(QWidget *field, bool visible)
{
    m_details->setRowVisible(field, visible);
}

void CreditsPane::updateTexts()
{
    if (!m_status)
        return;
    const AccountStatus &status = *m_status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    using Source = AccountStatus::Source;
    const bool hasSource =
        status.source() == Source::XaiCredits || status.source() == Source::XquikAccount;
    m_refreshButton->setEnabled(hasSource && !status.isLoading());

    m_balance->setText(CreditsText::headline(status));
    m_balance->setStyleSheet(status.isBelowThreshold() ? CreditsText::attentionStyle(palette())
                                                       : QString());
    m_service->setText(status.http() ? status.serviceName() : tr("No connection"));
    setRowVisible(m_plan, status.source() == Source::XquikAccount);
    setRowVisible(m_quota, status.source() == Source::XquikAccount);
    m_plan->setText(status.plan().isEmpty() ? tr("Not known") : status.plan());
    m_quota->setText(CreditsText::quota(status));
    setRowVisible(m_expiry, status.source() == Source::XaiCredits);
    m_expiry->setText(CreditsText::expiry(status, now));
    const bool soon = status.hasBalance() && status.expiresSoonAt(now);
    QFont expiryFont = m_expiry->font();
    expiryFont.setBold(soon);
    m_expiry->setFont(expiryFont);
    m_expiry->setStyleSheet(soon ? CreditsText::attentionStyle(palette()) : QString());
    setRowVisible(m_fetched, hasSource);
    m_fetched->setText(CreditsText::checked(status, now));
    m_rateLimit->setText(Formatting::rateLimit(status.rateLimit()));
    const QString retry = status.retries()->textAt(now);
    m_retry->setText(retry);
    setRowVisible(m_retry, !retry.isEmpty());

    m_error->setText(status.lastError());
    m_error->setStyleSheet(CreditsText::attentionStyle(palette()));
    m_error->setVisible(!status.lastError().isEmpty());
    m_coverage->setText(status.hasBalance() ? CreditCost::coverage(status.balance()) : QString());
    m_coverage->setVisible(status.hasBalance());
    if (!m_threshold->hasFocus())
        m_threshold->setValue(int(status.threshold()->threshold()));
    m_history->chart()->setConnectionKey(status.connectionKey());
    m_history->chart()->setThreshold(status.threshold()->threshold());
    if (status.hasBalance())
        m_history->chart()->setCurrentBalance(status.fetchedAt(), status.balance());
    else
        m_history->chart()->clearCurrentBalance();
    updateNotice(now);
}

void CreditsPane::updateNotice(const QDateTime &now)
{
    const AccountStatus &status = *m_status;
    QStringList lines;
    bool serious = false;
    if (!status.paymentProblem().isEmpty()) {
        lines.append(status.paymentProblem());
        serious = true;
    }
    if (status.source() == AccountStatus::Source::NoBalance)
        lines.append(CreditsText::noBalance(status.serviceName()));
    if (status.isBelowThreshold())
        lines.append(
            CreditThreshold::warningText(status.balance(), status.threshold()->threshold()));
    if (status.hasBalance() && status.expiresSoonAt(now)) {
        const qint64 seconds = now.secsTo(status.expiresAt());
        const QString when = Formatting::localDateTime(status.expiresAt());
        if (seconds <= 0)
            lines.append(tr("Your credits have expired. Top up to publish again."));
        else if (seconds < 86400)
            lines.append(tr("Your credits expire within a day, %1. Use or renew them before "
                            "then.")
                             .arg(when));
        else
            lines.append(tr("Your credits expire in %n days, %1. Use or renew them before "
                            "then.",
                            nullptr, int(seconds / 86400))
                             .arg(when));
        serious = serious || seconds <= 0;
    }
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
    const bool informational =
        !serious && lines.size() == 1 && status.source() == AccountStatus::Source::NoBalance;
    const char *colours =
        informational ? "background: #e8f0fb; border: 1px solid #9bb8e0; color: #123a6b;"
        : serious     ? "background: #fbe9e7; border: 1px solid #d9827a; color: #6b1410;"
                      : "background: #fff4d6; border: 1px solid #e0b84c; color: #4d3800;";
    m_notice->setStyleSheet(QStringLiteral("QLabel#creditNotice { %1 border-radius: 4px; }")
                                .arg(QLatin1String(colours)));
}

} // namespace CreatorDesk
