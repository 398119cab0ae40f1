// SPDX-License-Identifier: GPL-3.0-or-later
// ImportReader's two formats, the files it refuses, and ImportVerdicts on rows.
#include "drafts/ImportInput.h"
#include "drafts/ImportReader.h"
#include "schedule/ImportVerdicts.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

namespace {
struct Expected
{
    QStringList posts;
    QStringList accounts = {};
    QStringList media = {};
    QDateTime scheduledAt = {};
    QString error = {};
    qint64 line = 0;
};
using ExpectedRows = QList<Expected>;

QList<ImportRow> readAll(const QByteArray &bytes, ImportReader::Format format,
                         QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportReader reader(&buffer, format, QStringLiteral("/base"));
    QList<ImportRow> rows;
    ImportRow row;
    while (reader.next(row))
        rows.append(row);
    if (error)
        *error = reader.errorString();
    return rows;
}

// A whole one-pixel PNG: MediaProbe judges files by their framing.
const QByteArray onePixelPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d494844520000000100000001080600000"
                        "01f15c4890000000d49444154789c6360000002000154a24f5d0000000"
                        "049454e44ae426082");
} // namespace

Q_DECLARE_METATYPE(Expected)

class tst_ImportReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRows_data();
    void csvRows();
    void textRows_data();
    void textRows();
    void fileErrors_data();
    void fileErrors();
    void verdicts_data();
    void verdicts();
    void textMemoryStaysFlat();

private:
    QTemporaryDir m_dir;
};

void tst_ImportReader::csvRows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ExpectedRows>("expected");

    QTest::newRow("any case and order, other columns ignored")
        << QByteArray("Accounts,TEXT,Notes\nacc-1;acc-2,Hello,ignored\n")
        << ExpectedRows{{{QStringLiteral("Hello")},
                         {QStringLiteral("acc-1"), QStringLiteral("acc-2")},
                         {},
                         {},
                         {},
                         2}};
    QTest::newRow("thread: a blank line separates posts")
        << QByteArray("text\n\"one\n\ntwo\n  \nthree\"\n")
        << ExpectedRows{{{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")},
                         {},
                         {},
                         {},
                         {},
                         2}};
    QTest::newRow("thread: a line --- separates posts")
        << QByteArray("text\r\n\"first line\r\nsecond line\r\n---\r\nnext\"\r\n")
        << ExpectedRows{{{QStringLiteral("first line\nsecond line"), QStringLiteral("next")},
                         {},
                         {},
                         {},
                         {},
                         2}};
    QTest::newRow("UTC time from an offset")
        << QByteArray("\xEF\xBB\xBFtext,scheduled_at\nhi,2030-05-01T10:00:00+02:00\n")
        << ExpectedRows{{{QStringLiteral("hi")},
                         {},
                         {},
                         QDateTime(QDate(2030, 5, 1), QTime(8, 0), Qt::UTC),
                         {},
                         2}};
    QTest::newRow("a time that is no time")
        << QByteArray("text,scheduled_at\nhi,tomorrow\n")
        << ExpectedRows{
               {{QStringLiteral("hi")}, {}, {}, {}, QStringLiteral("“tomorrow” is not a time"), 2}};
    QTest::newRow("a date alone") << QByteArray("text,scheduled_at\nhi,2030-05-01\n")
                                  << ExpectedRows{{{QStringLiteral("hi")},
                                                   {},
                                                   {},
                                                   {},
                                                   QStringLiteral("“2030-05-01” is not a time"),
                                                   2}};
    QTest::newRow("no text")
        << QByteArray("text,accounts\n  ,acc-1\n")
        << ExpectedRows{
               {{}, {QStringLiteral("acc-1")}, {}, {}, QStringLiteral("This row has no text."), 2}};
    QTest::newRow("media lists, relative to the file")
        << QByteArray("text,media\nhi,a.png| sub/b.png ;/abs/c.png\n")
        << ExpectedRows{{{QStringLiteral("hi")},
                         {},
                         {QStringLiteral("/base/a.png"), QStringLiteral("/base/sub/b.png"),
                          QStringLiteral("/abs/c.png")},
                         {},
                         {},
                         2}};
    QTest::newRow("accounts with commas, quoted")
        << QByteArray("text,accounts\nhi,\"acc-1, acc-2,,\"\n")
        << ExpectedRows{{{QStringLiteral("hi")},
                         {QStringLiteral("acc-1"), QStringLiteral("acc-2")},
                         {},
                         {},
                         {},
                         2}};
    QTest::newRow("blank lines skipped, rows numbered")
        << QByteArray("\ntext\n\nhi\n,\n\nthere")
        << ExpectedRows{{{QStringLiteral("hi")}, {}, {}, {}, {}, 4},
                        {{QStringLiteral("there")}, {}, {}, {}, {}, 7}};
}

void tst_ImportReader::csvRows()
{
    QFETCH(QByteArray, input);
    QFETCH(ExpectedRows, expected);
    QString error;
    const QList<ImportRow> rows = readAll(input, ImportReader::Format::Csv, &error);
    QCOMPARE(error, QString());
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRow &row = rows.at(i);
        const Expected &want = expected.at(i);
        QCOMPARE(row.number, int(i + 1));
        QCOMPARE(row.line, want.line);
        QCOMPARE(row.posts, want.posts);
        QCOMPARE(row.accountIds, want.accounts);
        QCOMPARE(row.mediaPaths, want.media);
        QCOMPARE(row.scheduledAt, want.scheduledAt);
        if (want.error.isEmpty())
            QCOMPARE(row.error, QString());
        else
            QVERIFY2(row.error.contains(want.error), qPrintable(row.error));
    }
}

void tst_ImportReader::textRows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("posts");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("Markdown: paragraphs stay in their post")
        << QByteArray("# Launch\n\nParagraph one.\n\nParagraph two.\n---\nSecond draft\n")
        << QStringList{QStringLiteral("# Launch\n\nParagraph one.\n\nParagraph two."),
                       QStringLiteral("Second draft")}
        << QList<qint64>{1, 7};
    QTest::newRow("empty blocks skipped")
        << QByteArray("---\n\nfront\n---\n\n---\n  ---  \nlast")
        << QStringList{QStringLiteral("front"), QStringLiteral("last")} << QList<qint64>{3, 8};
    QTest::newRow("CRLF") << QByteArray("one\r\n---\r\ntwo\r\n")
                          << QStringList{QStringLiteral("one"), QStringLiteral("two")}
                          << QList<qint64>{1, 3};
    QTest::newRow("--- inside a line is text")
        << QByteArray("a --- b\n----\n") << QStringList{QStringLiteral("a --- b\n----")}
        << QList<qint64>{1};
}

void tst_ImportReader::textRows()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, posts);
    QFETCH(QList<qint64>, lines);
    QString error;
    const QList<ImportRow> rows = readAll(input, ImportReader::Format::Text, &error);
    QCOMPARE(error, QString());
    QCOMPARE(rows.size(), posts.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).posts, QStringList{posts.at(i)});
        QCOMPARE(rows.at(i).line, lines.at(i));
        QCOMPARE(rows.at(i).number, int(i + 1));
        QVERIFY(!rows.at(i).scheduledAt.isValid());
    }
}

void tst_ImportReader::fileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // written to `name` unless null
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("said");

    QTest::newRow("no text column")
        << QStringLiteral("posts.csv") << QByteArray("body,when\nhi,now\n") << 0
        << QStringLiteral("one of them must be “text”. Found: body, when.");
    QTest::newRow("empty CSV") << QStringLiteral("empty.csv") << QByteArray("") << 0
                               << QStringLiteral("There are no posts in this file.");
    QTest::newRow("header alone") << QStringLiteral("header.csv") << QByteArray("text\n\n") << 0
                                  << QStringLiteral("There are no posts in this file.");
    QTest::newRow("Latin-1 Markdown")
        << QStringLiteral("notes.md") << QByteArray("Caf\xC3\xA9\n---\nCaf\xE9\n") << 1
        << QStringLiteral("Line 3 is not UTF-8 text");
    QTest::newRow("unterminated quote")
        << QStringLiteral("quote.csv") << QByteArray("text\nok\n\"never closed\nat all\n") << 1
        << QStringLiteral("The quote that opens a field on line 3 is never closed.");
    QTest::newRow("separators only") << QStringLiteral("blank.txt") << QByteArray("---\n\n---\n")
                                     << 0 << QStringLiteral("There are no posts in this file.");
    QTest::newRow("unknown kind") << QStringLiteral("posts.xlsx") << QByteArray("PK\x03\x04") << 0
                                  << QStringLiteral("is not a file Creator Desk imports");
    QTest::newRow("missing file") << QStringLiteral("missing.csv") << QByteArray() << 0
                                  << QStringLiteral("Could not open");
}

void tst_ImportReader::fileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, rowsBefore);
    QFETCH(QString, said);
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()) + QLatin1Char('-') + name);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    ImportReader reader(path);
    ImportRow row;
    int rows = 0;
    while (reader.next(row))
        ++rows;
    QCOMPARE(rows, rowsBefore);
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(said), qPrintable(reader.errorString()));
}

void tst_ImportReader::verdicts_data()
{
    QTest::addColumn<QStringList>("posts");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QStringList>("media"); // in the test folder
    QTest::addColumn<int>("secondsAhead");  // 0: no time
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QStringList>("expected"); // "target: part of the problem"

    const QString over300(300, QLatin1Char('a'));
    const QStringList x{QStringLiteral("acc-x")};
    QTest::newRow("fits") << QStringList{QStringLiteral("hi")} << x << QStringList() << 0 << true
                          << QStringList();
    QTest::newRow("over X, not LinkedIn")
        << QStringList{over300} << QStringList{QStringLiteral("acc-x"), QStringLiteral("acc-li")}
        << QStringList() << 0 << true
        << QStringList{QStringLiteral("X: The post is over the limit: 300 of 280.")};
    QTest::newRow("LinkedIn alone takes it")
        << QStringList{over300} << QStringList{QStringLiteral("acc-li")} << QStringList() << 0
        << true << QStringList();
    QTest::newRow("no accounts: counted for X")
        << QStringList{over300} << QStringList() << QStringList() << 0 << true
        << QStringList{QStringLiteral("X: The post is over the limit")};
    QTest::newRow("second post over Bluesky")
        << QStringList{QStringLiteral("short"), QString(301, QLatin1Char('b'))}
        << QStringList{QStringLiteral("acc-bs")} << QStringList() << 0 << true
        << QStringList{QStringLiteral("Bluesky: Post 2 is over the limit: 301 of 300.")};
    QTest::newRow("unknown account")
        << QStringList{QStringLiteral("hi")} << QStringList{QStringLiteral("nobody")}
        << QStringList() << 0 << true
        << QStringList{QStringLiteral("nobody: There is no account with this id")};
    QTest::newRow("missing media file")
        << QStringList{QStringLiteral("hi")} << x << QStringList{QStringLiteral("gone.png")} << 0
        << true
        << QStringList{QStringLiteral("media: ") + QStringLiteral("gone.png does not exist")};
    QTest::newRow("five pictures for X")
        << QStringList{QStringLiteral("hi")} << x
        << QStringList{QStringLiteral("1.png"), QStringLiteral("2.png"), QStringLiteral("3.png"),
                       QStringLiteral("4.png"), QStringLiteral("5.png")}
        << 0 << true << QStringList{QStringLiteral("media: X takes at most 4 pictures")};
    QTest::newRow("four pictures fit X")
        << QStringList{QStringLiteral("hi")} << x
        << QStringList{QStringLiteral("1.png"), QStringLiteral("2.png"), QStringLiteral("3.png"),
                       QStringLiteral("4.png")}
        << 0 << true << QStringList();
    QTest::newRow("a time in the past")
        << QStringList{QStringLiteral("hi")} << x << QStringList() << -3600 << true
        << QStringList{QStringLiteral("schedule: That time has already passed")};
    QTest::newRow("a time too soon")
        << QStringList{QStringLiteral("hi")} << x << QStringList() << 30 << true
        << QStringList{QStringLiteral("schedule: That is too soon")};
    QTest::newRow("a future time") << QStringList{QStringLiteral("hi")} << x << QStringList()
                                   << 86400 << true << QStringList();
    QTest::newRow("a time without accounts")
        << QStringList{QStringLiteral("hi")} << QStringList() << QStringList() << 86400 << true
        << QStringList{QStringLiteral("schedule: A row with a time needs at least one account")};
    QTest::newRow("offline: media and time refused")
        << QStringList{QStringLiteral("hi")} << x << QStringList{QStringLiteral("1.png")} << 86400
        << false
        << QStringList{QStringLiteral("media: Media files are uploaded as the drafts are created"),
                       QStringLiteral("schedule: Scheduling needs a connection")};
}

void tst_ImportReader::verdicts()
{
    QFETCH(QStringList, posts);
    QFETCH(QStringList, accounts);
    QFETCH(QStringList, media);
    QFETCH(int, secondsAhead);
    QFETCH(bool, connected);
    QFETCH(QStringList, expected);
    QVERIFY(m_dir.isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ImportVerdicts::Context context;
    context.accounts = {{QStringLiteral("acc-x"), Platform::Twitter, QStringLiteral("ana"),
                         QStringLiteral("set-1")},
                        {QStringLiteral("acc-li"), Platform::LinkedIn, QStringLiteral("ana"),
                         QStringLiteral("set-1")},
                        {QStringLiteral("acc-bs"), Platform::Bluesky, QStringLiteral("ana.bsky"),
                         QStringLiteral("set-1")}};
    context.connected = connected;
    context.now = now;
    ImportRow row;
    row.posts = posts;
    row.accountIds = accounts;
    for (const QString &name : media) {
        const QString path = m_dir.filePath(name);
        if (name != QLatin1String("gone.png")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(onePixelPng);
        }
        row.mediaPaths.append(path);
    }
    if (secondsAhead != 0)
        row.scheduledAt = now.addSecs(secondsAhead);
    ImportVerdicts::apply(row, context);
    QStringList said;
    for (const ImportRow::Verdict &verdict : std::as_const(row.verdicts))
        said.append(verdict.target + QStringLiteral(": ") + verdict.problem);
    QCOMPARE(said.size(), expected.size());
    for (qsizetype i = 0; i < said.size(); ++i) {
        const QString want =
            QString(expected.at(i))
                .replace(QStringLiteral("gone.png"),
                         QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("gone.png"))));
        QVERIFY2(said.at(i).startsWith(want), qPrintable(said.at(i)));
    }
    QCOMPARE(row.isImportable(), expected.isEmpty());
}

void tst_ImportReader::textMemoryStaysFlat()
{
    const auto peakFor = [](int blocks) {
        QByteArray bytes;
        for (int i = 0; i < blocks; ++i)
            bytes += QByteArrayLiteral("A post of a few words, number ") + QByteArray::number(i) +
                     QByteArrayLiteral("\n\nwith a second paragraph.\n---\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportReader reader(&buffer, ImportReader::Format::Text);
        ImportRow row;
        int rows = 0;
        while (reader.next(row))
            ++rows;
        return rows == blocks && !reader.hasError() ? reader.peakBufferBytes() : -1;
    };
    // A hundred times the input, the same buffers (give or take a longer row number's bytes).
    const qsizetype small = peakFor(1'000);
    const qsizetype large = peakFor(100'000);
    QVERIFY(small > 0);
    QVERIFY2(large - small < 256, qPrintable(QStringLiteral("%1 %2").arg(small).arg(large)));
    QVERIFY(large < ImportInput::ChunkBytes + 4096);
}

QTEST_GUILESS_MAIN(tst_ImportReader)
#include "tst_importreader.moc"
