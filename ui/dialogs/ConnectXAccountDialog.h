// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "auth/BrowserLauncher.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace CreatorDesk {

class BrowserWaitPanel;
class XAccountConnector;

// Connects (or reconnects) an X account to a social set through the browser.
class ConnectXAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { ChoosePage, WaitingPage, ResultPage };

    // `sets`: (id, name) of the account's social sets.
    ConnectXAccountDialog(ApiClient *api, BrowserLauncher browser,
                          const QList<QPair<QString, QString>> &sets, QWidget *parent = nullptr);

    void setIntroduction(const QString &text);
    void selectSet(const QString &setId);
    Page page() const;
    QPushButton *connectButton() const { return m_connect; }
    BrowserWaitPanel *waitPanel() const { return m_wait; }
    QString resultText() const;

Q_SIGNALS:
    void accountConnected(const QString &socialSetId);

private:
    void start();
    void cancel();

    QPointer<ApiClient> m_api;
    BrowserLauncher m_browser;
    QStackedWidget *m_pages;
    QLabel *m_intro;
    QComboBox *m_sets;
    QPushButton *m_connect;
    BrowserWaitPanel *m_wait;
    QLabel *m_result;
    QPointer<XAccountConnector> m_connector;
};

} // namespace CreatorDesk
