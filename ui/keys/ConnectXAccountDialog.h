// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "auth/BrowserLauncher.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace CreatorDesk {

class BrowserWaitPanel;
class XAccountConnector;

// Connects (or reconnects) an X account through the browser: into a chosen social set or a new
// one, optionally following on X; waits, visibly and cancellably, for it in the social sets.
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
    QRadioButton *createNewButton() const { return m_createNew; }
    QCheckBox *followBox() const { return m_follow; }
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
    QRadioButton *m_addToSet;
    QRadioButton *m_createNew;
    QCheckBox *m_follow;
    QPushButton *m_connect;
    BrowserWaitPanel *m_wait;
    QLabel *m_result;
    QPointer<XAccountConnector> m_connector;
};

} // namespace CreatorDesk
