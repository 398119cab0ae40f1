// SPDX-License-Identifier: GPL-3.0-or-later
// MediaProbe: type by content for every accepted format, and every bad file the person can
// drop: empty, cut off, unreadable, a folder, a symbolic-link loop, a missing file, a text file
// named like a picture.
#include "MediaSamples.h"
#include "probe/MediaProbe.h"

#include <QDir>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class tst_MediaProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodFiles_data();
    void goodFiles();
    void badFiles_data();
    void badFiles();
    void extensionDoesNotDecide();
    void unreadableSocket();
    void sizeText_data();
    void sizeText();

private:
    QTemporaryDir m_dir;
};

void tst_MediaProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_MediaProbe::goodFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mime");
    using F = MediaProbe::Format;
    using K = MediaProbe::Kind;
    QTest::newRow("jpeg") << int(F::Jpeg) << qint64(2000) << int(K::Image) << u"image/jpeg"_s;
    QTest::newRow("png") << int(F::Png) << qint64(5000) << int(K::Image) << u"image/png"_s;
    QTest::newRow("webp") << int(F::WebP) << qint64(900) << int(K::Image) << u"image/webp"_s;
    QTest::newRow("gif") << int(F::Gif) << qint64(300) << int(K::Gif) << u"image/gif"_s;
    QTest::newRow("mp4") << int(F::Mp4) << qint64(100'000) << int(K::Video) << u"video/mp4"_s;
    QTest::newRow("mov") << int(F::QuickTime) << qint64(4096) << int(K::Video)
                         << u"video/quicktime"_s;
    QTest::newRow("webm") << int(F::WebM) << qint64(4096) << int(K::Video) << u"video/webm"_s;
}

void tst_MediaProbe::goodFiles()
{
    QFETCH(int, format);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    QFETCH(QString, mime);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(writeSample(path, MediaProbe::Format(format), size));
    const MediaProbe::Result result = MediaProbe::probe(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(int(result.format), format);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.size, QFileInfo(path).size());
    QCOMPARE(result.mimeType(), mime);
    QVERIFY(result.message.isEmpty());
}

void tst_MediaProbe::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("says");
    using F = MediaProbe::Format;
    using P = MediaProbe::Problem;
    QTest::newRow("empty") << u"empty.jpg"_s << QByteArray() << int(P::Empty) << u"empty"_s;
    QTest::newRow("text named .png")
        << u"notes.png"_s << sampleBytes(F::Unknown) << int(P::UnknownType) << u"not a JPEG"_s;
    QTest::newRow("truncated jpeg") << u"cut.jpg"_s << sampleBytes(F::Jpeg, 4000).left(3000)
                                    << int(P::Truncated) << u"cut off"_s;
    QTest::newRow("truncated png") << u"cut.png"_s << sampleBytes(F::Png, 4000).left(2500)
                                   << int(P::Truncated) << u"cut off"_s;
    QTest::newRow("truncated gif")
        << u"cut.gif"_s << sampleBytes(F::Gif, 400).left(399) << int(P::Truncated) << u"cut off"_s;
    QTest::newRow("truncated webp") << u"cut.webp"_s << sampleBytes(F::WebP, 4000).left(100)
                                    << int(P::Truncated) << u"cut off"_s;
    QTest::newRow("truncated mp4") << u"cut.mp4"_s << sampleBytes(F::Mp4, 10'000).left(7000)
                                   << int(P::Truncated) << u"cut off"_s;
}

void tst_MediaProbe::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, problem);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    const MediaProbe::Result result = MediaProbe::probe(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.problem), problem);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QVERIFY2(result.message.contains(name), qPrintable(result.message));
}

void tst_MediaProbe::extensionDoesNotDecide()
{
    // A PNG named .jpg is a PNG; a video named .gif is a video.
    const QString png = m_dir.filePath(u"really-a-png.jpg"_s);
    QVERIFY(writeSample(png, MediaProbe::Format::Png));
    QCOMPARE(MediaProbe::probe(png).format, MediaProbe::Format::Png);
    const QString video = m_dir.filePath(u"really-a-video.gif"_s);
    QVERIFY(writeSample(video, MediaProbe::Format::Mp4, 2048));
    QCOMPARE(MediaProbe::probe(video).kind, MediaProbe::Kind::Video);

    // A folder, a missing file and a symbolic-link loop.
    QVERIFY(QDir(m_dir.path()).mkdir(u"holiday"_s));
    const MediaProbe::Result folder = MediaProbe::probe(m_dir.filePath(u"holiday"_s));
    QCOMPARE(folder.problem, MediaProbe::Problem::Folder);
    QVERIFY(folder.message.contains(u"folder"_s));
    QCOMPARE(MediaProbe::probe(m_dir.filePath(u"gone.jpg"_s)).problem,
             MediaProbe::Problem::Missing);
#ifdef Q_OS_WIN
    QSKIP("QFile::link makes a shell shortcut (.lnk) on Windows, not a symbolic link");
#endif
    QVERIFY(QFile::link(m_dir.filePath(u"loop-b"_s), m_dir.filePath(u"loop-a"_s)));
    QVERIFY(QFile::link(m_dir.filePath(u"loop-a"_s), m_dir.filePath(u"loop-b"_s)));
    const MediaProbe::Result loop = MediaProbe::probe(m_dir.filePath(u"loop-a"_s));
    QCOMPARE(loop.problem, MediaProbe::Problem::SymlinkLoop);
    QVERIFY(loop.message.contains(u"leads back to itself"_s));
    // A good link is followed.
    QVERIFY(QFile::link(png, m_dir.filePath(u"link-to-png"_s)));
    QVERIFY(MediaProbe::probe(m_dir.filePath(u"link-to-png"_s)).ok());
}

void tst_MediaProbe::unreadableSocket()
{
    // Even root cannot read a socket: the one unreadable file every test machine can make.
#ifdef Q_OS_WIN
    QSKIP("A local socket is a named pipe on Windows, not a file in a folder");
#endif
    QLocalServer server;
    server.setSocketOptions(QLocalServer::WorldAccessOption);
    const QString path = m_dir.filePath(u"socket.jpg"_s);
    QVERIFY(server.listen(path));
    const MediaProbe::Result result = MediaProbe::probe(path);
    QCOMPARE(result.problem, MediaProbe::Problem::Unreadable);
    QVERIFY2(result.message.contains(u"cannot be read"_s), qPrintable(result.message));
}

void tst_MediaProbe::sizeText_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(12) << u"12 bytes"_s;
    QTest::newRow("KB") << qint64(830 * 1024) << u"830 KB"_s;
    QTest::newRow("MB") << qint64(5 * 1024 * 1024 + 300 * 1024) << u"5.3 MB"_s;
    QTest::newRow("GB") << qint64(3) * 1024 * 1024 * 1024 << u"3.00 GB"_s;
}

void tst_MediaProbe::sizeText()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(MediaProbe::sizeText(bytes), text);
}

QTEST_GUILESS_MAIN(tst_MediaProbe)
#include "tst_mediaprobe.moc"
