// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import posts… offscreen: the preview with its verdicts, Import creating the local
// drafts (and, against a real creatordesk-sandbox, uploading media and scheduling), malformed
// and huge files that give an error without freezing the window, a failure that stops the
// import and says which rows were done, and closing during an import.
#include "drafts/ImportDialog.h"
#include "drafts/ImportPreviewModel.h"
#include "integration/ApiFixture.h"
#include "storage/DraftStore.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
const QList<ImportAccount> accounts{{QStringLiteral("acc-personal-twitter"), Platform::Twitter,
                                     QStringLiteral("demo"), QStringLiteral("set-personal")},
                                    {QStringLiteral("acc-personal-linkedin"), Platform::LinkedIn,
                                     QStringLiteral("demo"), QStringLiteral("set-personal")}};

const QByteArray onePixelPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000000100000001080600000"
                        "01f15c4890000000d49444154789c6360000002000154a24f5d0000000"
                        "049454e44ae426082");

QString cell(const ImportDialog &dialog, int row, int column)
{
    return dialog.model()->index(row, column).data().toString();
}

QStringList textsOf(const QList<LocalDraft> &drafts)
{
    QStringList texts;
    for (const LocalDraft &draft : drafts) {
        QStringList posts;
        for (const LocalDraft::Post &post : draft.posts)
            posts.append(post.text);
        texts.append(posts.join(QLatin1Char('|')));
    }
    texts.sort();
    return texts;
}
} // namespace

class tst_ImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewThenImport();
    void malformedFileShowsItsError_data();
    void malformedFileShowsItsError();
    void hugeFileKeepsTheWindowResponsive_data();
    void hugeFileKeepsTheWindowResponsive();
    void failureStopsAndSaysWhichRowsAreDone();
    void mediaAndScheduleThroughTheSandbox();
    void closingDuringAnImportAsksFirst();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_ImportDialog::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void tst_ImportDialog::previewThenImport()
{
    const QString path =
        write(QStringLiteral("three.csv"),
              "text,accounts\nHello one,acc-personal-twitter\n\"" + QByteArray(300, 'x') +
                  "\",acc-personal-twitter\n\"Third\n\nwith a second post\",\n");
    QVERIFY(!path.isEmpty());
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, nullptr, accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget *widget :
         {static_cast<QWidget *>(dialog.importButton()),
          static_cast<QWidget *>(dialog.closeButton()), static_cast<QWidget *>(dialog.table())})
        QVERIFY(!widget->accessibleName().isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());

    dialog.openFile(path);
    QTRY_VERIFY(dialog.model()->isComplete());
    QCOMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(cell(dialog, 0, ImportPreviewModel::VerdictColumn), QStringLiteral("fits everywhere"));
    QCOMPARE(cell(dialog, 1, ImportPreviewModel::VerdictColumn),
             QStringLiteral("X: The post is over the limit: 300 of 280."));
    QCOMPARE(cell(dialog, 2, ImportPreviewModel::PostsColumn), QStringLiteral("2"));
    QVERIFY(dialog.errorLabel()->isHidden());
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("1 with problems")));
    // Nothing is created before the person confirms.
    QVERIFY(store.loadAll().isEmpty());
    QVERIFY(dialog.importButton()->isEnabled());

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    const QString summary = finished.first().first().toString();
    // Plural forms come from the translations, which tests do not load.
    QVERIFY2(summary.startsWith(QLatin1String("2 draft")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(" created. 1 row")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("skipped because of their problems.")),
             qPrintable(summary));
    QCOMPARE(textsOf(store.loadAll()), (QStringList{QStringLiteral("Hello one"),
                                                    QStringLiteral("Third|with a second post")}));
    QCOMPARE(cell(dialog, 0, ImportPreviewModel::ResultColumn), QStringLiteral("created"));
    QVERIFY(cell(dialog, 1, ImportPreviewModel::ResultColumn).startsWith(QLatin1String("skipped")));
    QCOMPARE(cell(dialog, 2, ImportPreviewModel::ResultColumn), QStringLiteral("created"));
    QCOMPARE(store.loadAll().first().accounts.size() + store.loadAll().last().accounts.size(), 1);
    QVERIFY(!dialog.importButton()->isVisible());
    QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Close"));
}

void tst_ImportDialog::malformedFileShowsItsError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");

    QTest::newRow("unterminated quote")
        << QStringLiteral("quote.csv") << QByteArray("text\nfine\n\"open\nstill open\n")
        << QStringLiteral("The quote that opens a field on line 3 is never closed.");
    QTest::newRow("Latin-1") << QStringLiteral("latin.csv") << QByteArray("text\nfine\ncaf\xE9\n")
                             << QStringLiteral("Line 3 is not UTF-8 text");
    QTest::newRow("UTF-16") << QStringLiteral("wide.txt") << QByteArray("\xFF\xFEh\0i\0", 6)
                            << QStringLiteral("UTF-16");
    QTest::newRow("no text column")
        << QStringLiteral("columns.csv") << QByteArray("title,body\na,b\n")
        << QStringLiteral("must be “text”");
    QTest::newRow("a spreadsheet") << QStringLiteral("sheet.xlsx") << QByteArray("PK\x03\x04")
                                   << QStringLiteral("choose a .csv, .txt or .md file");
}

void tst_ImportDialog::malformedFileShowsItsError()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    const QString path = write(name, content);
    QVERIFY(!path.isEmpty());
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, nullptr, accounts);
    dialog.show();
    QSignalSpy finished(dialog.model(), &ImportPreviewModel::loadFinished);
    dialog.openFile(path);
    QVERIFY(finished.wait(10'000));
    QTRY_VERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(said), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.progressBar()->isVisible());
}

void tst_ImportDialog::hugeFileKeepsTheWindowResponsive_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("said"); // in the error line
    QTest::newRow("50 MB of random bytes") << QByteArray("random") << QStringLiteral("not UTF-8");
    QTest::newRow("50 MB on one line")
        << QByteArray("one line") << QStringLiteral("longer than 1 MB");
    QTest::newRow("50 MB of rows") << QByteArray("rows") << QStringLiteral("more than 100000 rows");
}

void tst_ImportDialog::hugeFileKeepsTheWindowResponsive()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, said);
    constexpr qsizetype Size = 50 * 1024 * 1024;
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        if (kind == "random") {
            for (qsizetype i = 0; i < block.size(); i += 4)
                *reinterpret_cast<quint32 *>(block.data() + i) =
                    QRandomGenerator::global()->generate();
            // A byte UTF-8 never has, first (and no BOM's): by chance, a short first line could
            // be valid UTF-8 and be taken for a header ("Found: ...") rather than refused.
            block[0] = char(0xC0);
        } else if (kind == "one line") {
            block.fill('j');
        } else {
            // Rows of text with a header: 50 MB of them is about 700,000 rows.
            block.clear();
            while (block.size() < 1024 * 1024)
                block += "Some junk text that fits every platform, row after row after row\n";
            file.write("text\n");
        }
        while (file.size() < Size)
            QVERIFY(file.write(block) == block.size());
    }
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, nullptr, accounts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A timer that the event loop serves while the file is read: its longest gap is how long
    // the window would have been frozen.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    QSignalSpy finished(dialog.model(), &ImportPreviewModel::loadFinished);
    sinceTick.start();
    ticker.start();
    dialog.openFile(path);
    QVERIFY(finished.wait(120'000));
    longestGap = qMax(longestGap, sinceTick.elapsed());
    ticker.stop();
    QVERIFY2(dialog.errorLabel()->text().contains(said), qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    // Generous for a busy shared machine; a read on the UI thread would take seconds.
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
}

void tst_ImportDialog::failureStopsAndSaysWhichRowsAreDone()
{
    // Nothing listens on this port: the third row's server draft cannot be created.
    Connection nowhere(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")),
                       QStringLiteral("xaicreator"), demoKey);
    const QString when = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const QString path =
        write(QStringLiteral("fails.csv"), "text,scheduled_at,accounts\none,,\ntwo,,\nthree," +
                                               when.toUtf8() + ",acc-personal-twitter\nfour,,\n");
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, nowhere.api.get(), accounts);
    dialog.show();
    dialog.openFile(path);
    QTRY_VERIFY(dialog.importButton()->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.importButton()->click();
    QVERIFY(finished.wait(30'000));
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.startsWith(QStringLiteral("Rows 1–2 done, row 3 failed: Could not create the "
                                               "server draft")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Nothing after row 3 was imported.")),
             qPrintable(summary));
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(cell(dialog, 1, ImportPreviewModel::ResultColumn), QStringLiteral("created"));
    QVERIFY(cell(dialog, 2, ImportPreviewModel::ResultColumn).startsWith(QLatin1String("failed:")));
    QCOMPARE(cell(dialog, 3, ImportPreviewModel::ResultColumn), QString());
    // Rows 1 and 2, and row 3 kept on this computer (the failure says so); never row 4.
    QCOMPARE(textsOf(store.loadAll()),
             (QStringList{QStringLiteral("one"), QStringLiteral("three"), QStringLiteral("two")}));
}

void tst_ImportDialog::mediaAndScheduleThroughTheSandbox()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Connection connection(sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(!write(QStringLiteral("pixel.png"), onePixelPng).isEmpty());
    const QString when = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
    const QString path =
        write(QStringLiteral("scheduled.csv"),
              "text,scheduled_at,accounts,media\n\"Scheduled\n---\nsecond\"," + when.toUtf8() +
                  ",acc-personal-twitter;acc-personal-linkedin,pixel.png\n");
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, connection.api.get(), accounts);
    dialog.show();
    dialog.openFile(path);
    QTRY_VERIFY(dialog.importButton()->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.importButton()->click();
    QVERIFY(finished.wait(30'000));
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.startsWith(QLatin1String("1 draft")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 of them scheduled.")), qPrintable(summary));
    QVERIFY(cell(dialog, 0, ImportPreviewModel::ResultColumn)
                .startsWith(QLatin1String("scheduled for")));

    const QList<LocalDraft> stored = store.loadAll();
    QCOMPARE(stored.size(), 1);
    const LocalDraft &draft = stored.first();
    QCOMPARE(draft.posts.size(), 2);
    QCOMPARE(draft.posts.first().media.size(), 1);
    QVERIFY(!draft.posts.first().mediaIds.first().isEmpty());
    QCOMPARE(draft.serverCopies.size(), 1);
    QCOMPARE(draft.socialSetId, QStringLiteral("set-personal"));
    const auto schedule = sandbox.requests(QStringLiteral("/twitter/schedule"));
    QCOMPARE(int(schedule.size()), 1);
    QCOMPARE(QString::fromStdString(schedule[0]["body"]["draftId"].get<std::string>()),
             draft.serverCopies.first().id);
    QCOMPARE(int(schedule[0]["body"]["targetAccounts"].size()), 2);
    const auto created = sandbox.requests(QStringLiteral("/twitter/drafts"));
    QCOMPARE(int(created.size()), 1);
    QCOMPARE(QString::fromStdString(created[0]["body"]["tweets"][0]["media"][0].get<std::string>()),
             draft.posts.first().mediaIds.first());
}

void tst_ImportDialog::closingDuringAnImportAsksFirst()
{
    QByteArray content = "text\n";
    for (int i = 0; i < 500; ++i)
        content += "Post " + QByteArray::number(i) + '\n';
    const QString path = write(QStringLiteral("many.csv"), content);
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    ImportDialog dialog(&store, nullptr, accounts);
    dialog.show();
    dialog.openFile(path);
    QTRY_VERIFY(dialog.importButton()->isEnabled());
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.importButton()->click();
    QTRY_VERIFY(dialog.progressBar()->value() > 0);
    dialog.reject();
    QVERIFY(dialog.isVisible()); // not before the person says so
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog.findChild<QMessageBox *>(QStringLiteral("confirmation"))));
    auto *stop = question->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(stop);
    stop->click();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(finished.size(), 1);
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.startsWith(QStringLiteral("Stopped: row")), qPrintable(summary));
    const qsizetype created = store.loadAll().size();
    QVERIFY(created > 0 && created < 500);
    QVERIFY2(summary.contains(QStringLiteral(" %1 draft").arg(created)), qPrintable(summary));
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
