// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace CreatorDesk {

// What a first start without a connection shows in the main area: the three ways in (sign in
// to xAIcreator, add a key of any service, try the demo sandbox) and a way past it. The window
// takes it away once a connection exists.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QCommandLinkButton *signInButton() const { return m_signIn; }
    QCommandLinkButton *addKeyButton() const { return m_addKey; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QPushButton *skipButton() const { return m_skip; }
    // While the demo server starts, its button says so and can't be pressed twice; a failure
    // is said under the buttons and the button works again.
    void setDemoStarting(bool starting);
    void setProblem(const QString &text);
    QString problemText() const;

Q_SIGNALS:
    void signInRequested();
    void addKeyRequested();
    void demoRequested();
    void skipRequested();

private:
    static QString demoDescription();

    QCommandLinkButton *m_signIn;
    QCommandLinkButton *m_addKey;
    QCommandLinkButton *m_demo;
    QPushButton *m_skip;
    QLabel *m_problem;
};

} // namespace CreatorDesk
