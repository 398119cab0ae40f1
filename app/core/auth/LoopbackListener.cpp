// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoopbackListener.h"

#include "Logging.h"
#include "auth/CallbackRequest.h"

#include <QTcpSocket>

namespace CreatorDesk {

using namespace std::chrono_literals;

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_overallTimer.setSingleShot(true);
    m_overallTimer.setInterval(5min);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] { close(Outcome::TimedOut); });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    m_server.setMaxPendingConnections(8);
}

LoopbackListener::~LoopbackListener()
{
    m_server.close();
}

bool LoopbackListener::listen(const QString &path)
{
    m_path = path;
    // The IP literal, not "localhost", which may resolve to another interface.
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_overallTimer.start();
    qCInfo(lcAuth) << "loopback listener on port" << m_server.serverPort();
    return true;
}

QUrl LoopbackListener::redirectUri(const QUrlQuery &extraQuery) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(m_path);
    if (!extraQuery.isEmpty())
        url.setQuery(extraQuery);
    return url;
}

void LoopbackListener::cancel()
{
    close(Outcome::Cancelled);
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (!socket->peerAddress().isLoopback() || m_done) {
            // Not from this machine: no answer at all.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A client that trickles its request (slow-loris) is cut off.
        QTimer::singleShot(m_requestTimeout, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->read(MaxRequestBytes + 1 - buffer.size());
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > MaxRequestBytes) {
            Q_EMIT rejected(tr("A request was too large."));
            respond(socket, 431, tr("Request too large"), tr("This request was refused."));
        }
        return;
    }
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    m_buffers.remove(socket);
    handleRequest(socket, requestLine);
}

void LoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &requestLine)
{
    const CallbackRequest request = CallbackRequest::classify(requestLine, m_path, m_expectedState);
    switch (request.verdict) {
    case CallbackRequest::Verdict::Malformed:
        Q_EMIT rejected(tr("A malformed request was ignored."));
        respond(socket, 400, tr("Bad request"), tr("This request was refused."));
        return;
    case CallbackRequest::Verdict::MethodNotAllowed:
        respond(socket, 405, tr("Not allowed"), tr("This request was refused."));
        return;
    case CallbackRequest::Verdict::OtherPath:
        respond(socket, 404, tr("Not found"), tr("There is nothing here."));
        return;
    case CallbackRequest::Verdict::WrongState:
        // Someone else's link, or a forged one: refuse it and keep waiting for the real one.
        Q_EMIT rejected(tr("A sign-in answer with a wrong or missing state was refused."));
        respond(socket, 400, tr("Sign-in refused"),
                tr("This sign-in answer does not belong to the sign-in Creator Desk started. "
                   "Return to Creator Desk and start again if needed."));
        return;
    case CallbackRequest::Verdict::Denied:
        respond(socket, 200, tr("Sign-in cancelled"),
                tr("The sign-in was not allowed. You can close this window and return to Creator "
                   "Desk."));
        close(Outcome::Denied);
        return;
    case CallbackRequest::Verdict::MissingCode:
        Q_EMIT rejected(tr("A sign-in answer without a code was refused."));
        respond(socket, 400, tr("Sign-in refused"), tr("This sign-in answer has no code."));
        return;
    case CallbackRequest::Verdict::Accepted:
        break;
    }
    respond(socket, 200, tr("Signed in"),
            tr("Creator Desk received the sign-in. You can close this window."));
    m_done = true;
    Q_EMIT callbackReceived(request.query);
    close(Outcome::Received);
}

void LoopbackListener::respond(QTcpSocket *socket, int status, const QString &title,
                               const QString &text)
{
    const QByteArray page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body style=\"font-family:sans-serif;margin:4em auto;max-width:32em\">"
                       "<h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " " +
                      (status == 200 ? "OK" : "Error") +
                      "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                      QByteArray::number(page.size()) +
                      "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(head + page);
    socket->disconnectFromHost();
}

void LoopbackListener::close(Outcome outcome)
{
    if (!m_server.isListening() && m_done)
        return;
    m_done = true;
    m_overallTimer.stop();
    m_server.close();
    qCInfo(lcAuth) << "loopback listener closed:" << outcome;
    Q_EMIT finished(outcome);
}

} // namespace CreatorDesk
