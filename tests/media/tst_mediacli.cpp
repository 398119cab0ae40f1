// SPDX-License-Identifier: GPL-3.0-or-later
// creatordesk-cli media upload against a sandbox: 5 files in two requests with --json, a bad
// file refused before anything is sent, and no progress line when stderr is not a terminal.
#include "MediaSamples.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class tst_MediaCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadsFiveFiles();
    void refusesBadFileAndSendsNothing();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
};

void tst_MediaCli::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

tst_MediaCli::Run tst_MediaCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"CREATORDESK_API_KEY"_s, u"sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b"_s);
    process.setProcessEnvironment(environment);
    const QString cli =
        QFileInfo(qEnvironmentVariable("CREATORDESK_SANDBOX")).dir().filePath(u"creatordesk-cli"_s);
    process.start(cli, QStringList{u"--base-url"_s, m_sandbox.serviceUrl(u"/api/v1"_s).toString()} +
                           arguments);
    Run result;
    if (!process.waitForFinished(60'000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_MediaCli::uploadsFiveFiles()
{
    QStringList files;
    for (int i = 0; i < 5; ++i) {
        const QString path = m_dir.filePath(u"shot-%1.jpg"_s.arg(i));
        QVERIFY(writeSample(path, MediaProbe::Format::Jpeg, 10'000 + i));
        files.append(path);
    }
    const qint64 before = m_sandbox.stats().value("mediaCount", qint64(-1));
    const Run result = run(QStringList{u"--json"_s, u"media"_s, u"upload"_s} + files);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.err.contains("Uploading"), result.err.constData()); // not a terminal
    const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
    const QJsonArray uploads = answer.value(u"uploads"_s).toArray();
    QCOMPARE(uploads.size(), 5);
    QCOMPARE(answer.value(u"failed"_s).toArray().size(), 0);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject upload = uploads.at(i).toObject();
        // As the person's system writes paths (backslashes on Windows).
        QCOMPARE(upload.value(u"file"_s).toString(), QDir::toNativeSeparators(files.at(i)));
        QCOMPARE(upload.value(u"type"_s).toString(), u"image"_s);
        QVERIFY(upload.value(u"url"_s).toString().endsWith(upload.value(u"mediaId"_s).toString()));
    }
    QCOMPARE(m_sandbox.stats().value("mediaCount", qint64(-1)), before + 5);
}

void tst_MediaCli::refusesBadFileAndSendsNothing()
{
    const QString good = m_dir.filePath(u"good.png"_s);
    QVERIFY(writeSample(good, MediaProbe::Format::Png));
    const QString big = m_dir.filePath(u"big.gif"_s);
    QVERIFY(writeSample(big, MediaProbe::Format::Gif, 16 * 1024 * 1024));
    const qint64 before = m_sandbox.stats().value("mediaCount", qint64(-1));
    const Run result = run({u"media"_s, u"upload"_s, good, big});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("a GIF may be at most 15 MB"), result.err.constData());
    QVERIFY(result.err.contains("Nothing was uploaded."));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_sandbox.stats().value("mediaCount", qint64(-1)), before);

    const Run usage = run({u"media"_s, u"download"_s});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains("Usage: media upload FILE..."));
}

QTEST_GUILESS_MAIN(tst_MediaCli)
#include "tst_mediacli.moc"
