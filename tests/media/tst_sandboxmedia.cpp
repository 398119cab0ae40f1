// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's upload route over raw HTTP: the documented answer for every accepted format,
// and the same limits as the app (413 over a size limit, 400 for a file that is not media or
// is empty) in the documented error shape.
#include "MediaSamples.h"
#include "SandboxProcess.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class tst_SandboxMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upload_data();
    void upload();

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void tst_SandboxMedia::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_SandboxMedia::upload_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("answer"); // the type, or a part of the error message
    using F = MediaProbe::Format;
    constexpr qint64 MB = 1024 * 1024;
    QTest::newRow("jpeg") << int(F::Jpeg) << qint64(1000) << 200 << u"image"_s;
    QTest::newRow("png 5 MB") << int(F::Png) << 5 * MB << 200 << u"image"_s;
    QTest::newRow("webp") << int(F::WebP) << qint64(1000) << 200 << u"image"_s;
    QTest::newRow("gif 15 MB") << int(F::Gif) << 15 * MB << 200 << u"gif"_s;
    QTest::newRow("mp4") << int(F::Mp4) << qint64(5000) << 200 << u"video"_s;
    QTest::newRow("mov") << int(F::QuickTime) << qint64(5000) << 200 << u"video"_s;
    QTest::newRow("webm") << int(F::WebM) << qint64(5000) << 200 << u"video"_s;
    QTest::newRow("png 5 MB + 1") << int(F::Png) << 5 * MB + 1 << 413
                                  << u"larger than the image limit of 5 MB"_s;
    QTest::newRow("gif 15 MB + 1")
        << int(F::Gif) << 15 * MB + 1 << 413 << u"larger than the gif limit of 15 MB"_s;
    QTest::newRow("text") << int(F::Unknown) << qint64(0) << 400
                          << u"is not a JPEG, PNG, WebP, GIF, MP4, MOV or WebM file"_s;
    QTest::newRow("empty") << -1 << qint64(0) << 400 << u"is empty"_s;
}

void tst_SandboxMedia::upload()
{
    QFETCH(int, format);
    QFETCH(qint64, size);
    QFETCH(int, status);
    QFETCH(QString, answer);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(format < 0 ? writeFile(path, {}) : writeSample(path, MediaProbe::Format(format), size));

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto *file = new QFile(path, multipart);
    QVERIFY(file->open(QIODevice::ReadOnly));
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   u"form-data; name=\"files\"; filename=\"upload.bin\""_s);
    part.setBodyDevice(file);
    multipart->append(part);
    QNetworkRequest request(
        QUrl(m_sandbox.serviceUrl(u"/api/v1"_s).toString() + u"/twitter/media/upload"_s));
    request.setRawHeader("xai-key", "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b");
    QNetworkReply *reply = m_network.post(request, multipart);
    multipart->setParent(reply);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30'000);
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200) {
        QCOMPARE(body.value(u"code"_s).toInt(-1), 0);
        const QJsonArray uploads = body.value(u"data"_s).toObject().value(u"uploads"_s).toArray();
        QCOMPARE(uploads.size(), 1);
        const QJsonObject upload = uploads.first().toObject();
        QCOMPARE(upload.value(u"type"_s).toString(), answer);
        QVERIFY(!upload.value(u"mediaId"_s).toString().isEmpty());
        QVERIFY(upload.value(u"url"_s).toString().endsWith(upload.value(u"mediaId"_s).toString()));
    } else {
        QCOMPARE(body.value(u"success"_s).toBool(true), false);
        QCOMPARE(body.value(u"error"_s).toString(), u"INVALID_INPUT"_s);
        QVERIFY2(body.value(u"message"_s).toString().contains(answer),
                 qPrintable(body.value(u"message"_s).toString()));
    }
}

QTEST_GUILESS_MAIN(tst_SandboxMedia)
#include "tst_sandboxmedia.moc"
