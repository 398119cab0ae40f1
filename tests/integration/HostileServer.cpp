// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileServer.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace CreatorDesk::Testing {

namespace {
constexpr qint64 PieceBytes = 1024 * 1024;
} // namespace

QByteArray HostileServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key == name.toLower())
            return value;
    return {};
}

bool HostileServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers)
        if (header.first == name.toLower())
            return true;
    return false;
}

HostileServer::HostileServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (!m_garbage.isEmpty()) {
                socket->write(m_garbage);
                socket->flush();
            }
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        }
    });
}

bool HostileServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void HostileServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

QString HostileServer::origin(const QString &scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(serverPort());
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration configuration = socket->sslConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the client shows no certificate
    socket->setSslConfiguration(configuration);
    socket->startServerEncryption();
    addPendingConnection(socket);
}

void HostileServer::readFrom(QTcpSocket *socket)
{
    const QByteArray chunk = socket->readAll();
    m_received += chunk;
    QByteArray buffer = socket->property("buffer").toByteArray() + chunk;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype bodyLength = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + bodyLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", buffer.mid(headerEnd + 4 + bodyLength));
    m_requests.append(request);
    if (m_responder)
        m_responder(socket, request);
}

void HostileServer::respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                            const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    if (!contentType.isEmpty())
        answer += "Content-Type: " + contentType + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
              "\r\n" + body;
    socket->write(answer);
}

void HostileServer::streamBody(QTcpSocket *socket, qint64 total, bool declareLength)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += declareLength ? "Content-Length: " + QByteArray::number(total) + "\r\n\r\n"
                          : QByteArray("Transfer-Encoding: chunked\r\n\r\n");
    socket->write(head);
    const QByteArray piece(PieceBytes, 'x');
    auto sent = std::make_shared<qint64>(0);
    auto ended = std::make_shared<bool>(false);
    auto pump = [this, socket, total, declareLength, piece, sent, ended] {
        // Only a little at a time, so the server's own memory stays small.
        while (*sent < total && socket->bytesToWrite() < 2 * PieceBytes &&
               socket->state() == QAbstractSocket::ConnectedState) {
            if (declareLength) {
                socket->write(piece);
            } else {
                socket->write(QByteArray::number(PieceBytes, 16) + "\r\n");
                socket->write(piece);
                socket->write("\r\n");
            }
            *sent += PieceBytes;
            m_bytesStreamed += PieceBytes;
        }
        if (*sent >= total && !declareLength && !*ended)
            socket->write("0\r\n\r\n");
        *ended = *sent >= total;
    };
    connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

} // namespace CreatorDesk::Testing
