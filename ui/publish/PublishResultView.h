// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"
#include "publish/PublishReport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace CreatorDesk {

// How a publish went, one row per account: published (with a link that opens in the
// browser), failed (what happened, in words), waiting in the outbox, or unknown. Offers only
// what is safe: "Retry the failed ones" after a partial failure, "Check again" for X answers
// that were lost (same job, cannot post twice), and "Send again" for other lost answers only
// after saying that the person should look at the account first.
class PublishResultView final : public QWidget
{
    Q_OBJECT

public:
    explicit PublishResultView(QWidget *parent = nullptr);

    void setBrowserLauncher(const BrowserLauncher &browser) { m_browser = browser; }
    void setBusy(const QString &text);
    void setReport(const PublishReport &report);

    QString summaryText() const;
    QStringList rowTexts() const;
    QPushButton *retryFailedButton() const { return m_retry; }
    QPushButton *checkAgainButton() const { return m_check; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }

Q_SIGNALS:
    void retryFailedRequested();
    void checkUnknownRequested();
    void sendUnknownAgainRequested();

private:
    void clearRows();
    void addRow(const AccountOutcome &outcome);

    BrowserLauncher m_browser;
    QLabel *m_summary;
    QVBoxLayout *m_rows;
    QList<QLabel *> m_rowLabels;
    QLabel *m_unknownHelp;
    QPushButton *m_retry;
    QPushButton *m_check;
    QPushButton *m_sendAgain;
};

} // namespace CreatorDesk
