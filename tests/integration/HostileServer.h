// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace CreatorDesk::Testing {

// A deliberately misbehaving HTTP server on 127.0.0.1 for answers the sandbox cannot give
// (endless bodies, other origins, broken TLS). Records every request it reads, so that a
// test can assert what the client sent - and what it did not.
class HostileServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };
    using Responder = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit HostileServer(QObject *parent = nullptr);

    bool start();
    // Speaks TLS with this certificate (QSslSocket server side) instead of plain HTTP.
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    // Writes `garbage` as soon as a connection opens, whatever the client says.
    void answerWithGarbage(const QByteArray &garbage) { m_garbage = garbage; }
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    QString origin(const QString &scheme = QStringLiteral("http")) const;

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    // Every byte the client sent, decrypted where TLS was spoken; for "was this sent?" checks.
    const QByteArray &received() const { return m_received; }
    qint64 bytesStreamed() const { return m_bytesStreamed; }

    static void respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                        const QByteArray &body, const QByteArray &extraHeaders = {});
    // Sends `total` bytes of "x" in 1 MB pieces as the client reads them; with
    // declareLength, a Content-Length header says so up front, else the body is chunked.
    void streamBody(QTcpSocket *socket, qint64 total, bool declareLength);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readFrom(QTcpSocket *socket);

    Responder m_responder;
    QByteArray m_garbage;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    QList<Request> m_requests;
    QByteArray m_received;
    int m_connections = 0;
    qint64 m_bytesStreamed = 0;
};

} // namespace CreatorDesk::Testing
