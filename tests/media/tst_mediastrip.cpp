// SPDX-License-Identifier: GPL-3.0-or-later
// The media strip offscreen, on a draft editor connected to a real sandbox: files dropped on a
// post (QDropEvent with file URLs) are checked, shown, uploaded and kept in the draft; refusals
// are said; tiles reorder by keyboard and by drag; the media survive a restart.
#include "ApiFixture.h"
#include "MediaSamples.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/MediaStrip.h"
#include "drafts/MediaTile.h"
#include "drafts/PostEditor.h"
#include "drafts/ThreadModel.h"
#include "media/MediaAttachmentModel.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;
using State = MediaAttachmentModel::State;

class tst_MediaStrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void droppedFilesUploadAndStayAfterRestart();
    void refusalsAreSaidAndNothingElseHappens();
    void mixingRuleRefusesVideoWithPictures();
    void keyboardAndDragReorder();
    void pastedImageBecomesAFile();

private:
    DraftEditor *editor() const { return m_pane->editor(); }
    ThreadModel *thread() const { return m_pane->document()->thread(); }
    MediaStrip *strip(int row = 0) const { return editor()->postEditor(row)->mediaStrip(); }
    MediaAttachmentModel *attachments(int row = 0) const { return strip(row)->attachments(); }
    void drop(QWidget *target, const QStringList &paths);
    QString picture(const QString &name, const QColor &color);

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    SocialSetSource m_socialSets;
    std::unique_ptr<DraftsPane> m_pane;
};

void tst_MediaStrip::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_connection = std::make_unique<Connection>(m_sandbox, u"xaicreator"_s, demoKey);
}

void tst_MediaStrip::init()
{
    QVERIFY(m_sandbox.setFaults(0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    m_pane = std::make_unique<DraftsPane>(m_store.get(), &m_socialSets);
    m_pane->setClient(m_connection->api.get());
    m_socialSets.setClient(m_connection->api.get());
    m_pane->resize(1200, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void tst_MediaStrip::cleanup()
{
    m_pane.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_MediaStrip::picture(const QString &name, const QColor &color)
{
    const QString path = m_files.filePath(name);
    if (!QFileInfo::exists(path))
        (void)writePicture(path, color, name.endsWith(u".jpg"_s) ? "JPG" : "PNG");
    return path;
}

void tst_MediaStrip::drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void tst_MediaStrip::droppedFilesUploadAndStayAfterRestart()
{
    const QStringList paths{picture(u"sunrise.png"_s, QColor(0xf0, 0xa0, 0x30)),
                            picture(u"harbour.jpg"_s, QColor(0x30, 0x70, 0xc0))};
    // Dropped on the text itself (the viewport of the post's text editor).
    drop(editor()->postEditor(0)->textEdit()->viewport(), paths);
    QCOMPARE(strip()->tileCount(), 2);
    QCOMPARE(strip()->tile(0)->accessibleName().left(11), u"sunrise.png"_s);
    QTRY_COMPARE_WITH_TIMEOUT(attachments()->countIn(State::Uploaded), 2, 20'000);
    QTRY_COMPARE(strip()->thumbnailCount(), 2);
    QVERIFY(strip()->tile(0)->stateText().contains(u"Uploaded"_s));
    QVERIFY(!strip()->overallProgress()->isVisible());
    QCOMPARE(thread()->mediaIds(0).size(), 2);
    const QList<DraftMedia> media = thread()->media(0);
    QCOMPARE(media.at(0).fileName, u"sunrise.png"_s);
    QCOMPARE(media.at(1).type, u"image"_s);
    QVERIFY(media.at(1).url.toString().contains(media.at(1).mediaId));
    QCOMPARE(media.at(1).size, QFileInfo(paths.at(1)).size());

    // A restart: the pane is gone, a new one opens the same draft from disk.
    const QString id = m_pane->document()->id();
    m_pane.reset();
    m_store->flush();
    DraftStore reopenedStore(m_dir->path());
    SocialSetSource restoredSets;
    DraftsPane restored(&reopenedStore, &restoredSets);
    QCOMPARE(restored.document()->id(), id);
    QCOMPARE(restored.document()->thread()->media(0), media);
    MediaStrip *again = restored.editor()->postEditor(0)->mediaStrip();
    QCOMPARE(again->tileCount(), 2);
    QCOMPARE(again->attachments()->countIn(State::Uploaded), 2);
    QCOMPARE(again->attachments()->index(0).data(MediaAttachmentModel::MediaIdRole).toString(),
             media.at(0).mediaId);
}

void tst_MediaStrip::refusalsAreSaidAndNothingElseHappens()
{
    const QString folder = m_files.filePath(u"a-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString empty = m_files.filePath(u"empty.png"_s);
    QVERIFY(writeFile(empty, {}));
    const QString text = m_files.filePath(u"letter.jpg"_s);
    QVERIFY(writeSample(text, MediaProbe::Format::Unknown));
    const qint64 before = m_sandbox.stats().value("mediaCount", qint64(-1));
    drop(editor()->postEditor(0), {folder, empty, text});
    QCOMPARE(strip()->tileCount(), 0);
    const QString message = strip()->messageText();
    QVERIFY2(message.contains(u"is a folder"_s), qPrintable(message));
    QVERIFY2(message.contains(u"is empty"_s), qPrintable(message));
    QVERIFY2(message.contains(u"not a JPEG"_s), qPrintable(message));
    QTest::qWait(100);
    QCOMPARE(m_sandbox.stats().value("mediaCount", qint64(-1)), before);
    QVERIFY(thread()->mediaIds(0).isEmpty());

    // Too large for a picture.
    const QString big = m_files.filePath(u"huge.jpg"_s);
    QVERIFY(writeSample(big, MediaProbe::Format::Jpeg, 6 * 1024 * 1024));
    drop(strip(), {big});
    QCOMPARE(strip()->tileCount(), 0);
    QVERIFY(strip()->messageText().contains(u"a picture may be at most 5 MB"_s));
}

void tst_MediaStrip::mixingRuleRefusesVideoWithPictures()
{
    const QString video = m_files.filePath(u"clip.mp4"_s);
    QVERIFY(writeSample(video, MediaProbe::Format::Mp4, 200'000));
    drop(editor()->postEditor(0)->textEdit()->viewport(), {picture(u"one.png"_s, Qt::red), video});
    QCOMPARE(strip()->tileCount(), 1);
    QVERIFY2(strip()->messageText().contains(u"On X a video cannot share a post with pictures"_s),
             qPrintable(strip()->messageText()));
    // Alone in the next post the video is fine, with its mark for a thumbnail.
    editor()->addPost();
    QCOMPARE(editor()->postCount(), 2);
    drop(editor()->postEditor(1), {video});
    QCOMPARE(strip(1)->tileCount(), 1);
    QVERIFY(strip(1)->messageText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(attachments(1)->countIn(State::Uploaded), 1, 20'000);
    QCOMPARE(thread()->media(1).first().type, u"video"_s);
    QTRY_COMPARE(strip(1)->thumbnailCount(), 1);
}

void tst_MediaStrip::keyboardAndDragReorder()
{
    drop(strip(), {picture(u"r1.png"_s, Qt::red), picture(u"r2.png"_s, Qt::green),
                   picture(u"r3.png"_s, Qt::blue)});
    QTRY_COMPARE_WITH_TIMEOUT(attachments()->countIn(State::Uploaded), 3, 20'000);
    auto names = [this] {
        QStringList list;
        for (const DraftMedia &media : thread()->media(0))
            list.append(media.fileName);
        return list;
    };
    QCOMPARE(names(), (QStringList{u"r1.png"_s, u"r2.png"_s, u"r3.png"_s}));
    strip()->tile(0)->setFocus();
    QTest::keyClick(strip()->tile(0), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(names(), (QStringList{u"r2.png"_s, u"r1.png"_s, u"r3.png"_s}));
    QTRY_VERIFY(strip()->tile(1)->hasFocus()); // the moved tile keeps the focus
    QTest::keyClick(strip()->tile(1), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(names(), (QStringList{u"r2.png"_s, u"r3.png"_s, u"r1.png"_s}));

    // A tile dragged to the front of the strip.
    QMimeData mime;
    mime.setData(QLatin1String(MediaTile::MimeType),
                 QByteArray::number(strip()->tile(2)->itemId()));
    const QPoint front = strip()->tile(0)->mapTo(strip(), QPoint(2, 10));
    // Qt hands a drop to the widget that accepted the drag's enter event.
    QDragEnterEvent enter(front, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(strip(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(front), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(strip(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    QCOMPARE(names(), (QStringList{u"r1.png"_s, u"r2.png"_s, u"r3.png"_s}));

    // Delete removes a tile, and its media leaves the post.
    strip()->tile(1)->setFocus();
    QTest::keyClick(strip()->tile(1), Qt::Key_Delete);
    QCOMPARE(names(), (QStringList{u"r1.png"_s, u"r3.png"_s}));
    QCOMPARE(strip()->tileCount(), 2);
}

void tst_MediaStrip::pastedImageBecomesAFile()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0x60, 0x20, 0x90));
    QApplication::clipboard()->setImage(image);
    if (!QApplication::clipboard()->mimeData() ||
        !QApplication::clipboard()->mimeData()->hasImage())
        QSKIP("this platform plugin keeps no clipboard image");
    QVERIFY(strip()->pasteImage());
    QCOMPARE(strip()->tileCount(), 1);
    const QString path = attachments()->index(0).data(MediaAttachmentModel::PathRole).toString();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QCOMPARE(QImage(path).size(), QSize(120, 80));
    QTRY_COMPARE_WITH_TIMEOUT(attachments()->countIn(State::Uploaded), 1, 20'000);
}

QTEST_MAIN(tst_MediaStrip)
#include "tst_mediastrip.moc"
