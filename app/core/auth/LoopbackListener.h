// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpSocket;

namespace CreatorDesk {

// Receives one OAuth redirect on http://127.0.0.1:PORT/<path>. Binds the loopback IP literal
// on a free port, answers only loopback peers, accepts exactly one callback whose `state`
// matches, refuses wrong or missing states, ignores other paths, limits request size and
// time per connection, and closes after success, denial, cancel or the overall time-out.
class LoopbackListener final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Received, Denied, TimedOut, Cancelled };
    Q_ENUM(Outcome)

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    bool listen(const QString &path = QStringLiteral("/oauth-callback"));
    QString errorString() const { return m_server.errorString(); }
    bool isListening() const { return m_server.isListening(); }
    // The address to hand to the service; `extraQuery` travels along (e.g. provider=twitter).
    QUrl redirectUri(const QUrlQuery &extraQuery = {}) const;

    // Callbacks are refused until the expected state is known.
    void expectState(const QString &state) { m_expectedState = state; }
    void setTimeout(std::chrono::milliseconds timeout) { m_overallTimer.setInterval(timeout); }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    void cancel();

    static constexpr qsizetype MaxRequestBytes = 8 * 1024;

Q_SIGNALS:
    // Exactly one of these, once.
    void callbackReceived(const QUrlQuery &query);
    void finished(CreatorDesk::LoopbackListener::Outcome outcome);
    // A request that was answered but not accepted (for the log; says nothing secret).
    void rejected(const QString &reason);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void close(Outcome outcome);

    QTcpServer m_server;
    QTimer m_overallTimer;
    std::chrono::milliseconds m_requestTimeout{10'000};
    QString m_path;
    QString m_expectedState;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    bool m_done = false;
};

} // namespace CreatorDesk
