// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

namespace CreatorDesk::Testing {

// Plays the person's browser in OAuth tests: opens the consent page, follows its redirect to
// the loopback listener (optionally tampering with it first, or twice), or does nothing so
// that Cancel can be pressed while waiting. Remembers what the listener answered.
class FakeBrowser final : public QObject
{
public:
    enum class Behaviour { Follow, ForgeState, WrongPath, FollowTwice, DoNothing };

    explicit FakeBrowser(Behaviour behaviour = Behaviour::Follow)
        : behaviour(behaviour)
    {}

    BrowserLauncher launcher();

    Behaviour behaviour;
    int opened = 0;
    QList<int> listenerStatuses; // in order; -1: nobody listened
    QByteArray lastPage;
    QStringList codes; // every authorization code it carried to a listener, for leak scans

private:
    void open(const QUrl &authUrl);
    void visit(const QUrl &url, int times);

    QNetworkAccessManager m_network;
};

} // namespace CreatorDesk::Testing
