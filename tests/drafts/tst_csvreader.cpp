// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 records, line ends, the byte order mark, what it refuses (with the line),
// and memory that does not grow with the input.
#include "drafts/CsvReader.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using namespace CreatorDesk;

namespace {
using Records = QList<QStringList>;

struct ReadAll
{
    Records records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
};

ReadAll readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    ReadAll result;
    QStringList fields;
    while (reader.next(fields)) {
        result.records.append(fields);
        result.lines.append(reader.lineNumber());
    }
    if (reader.hasError()) {
        result.error = reader.errorString();
        result.errorLine = reader.lineNumber();
    }
    return result;
}
} // namespace

class tst_CsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void lineNumbers();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void errors_data();
    void errors();
    void limitsAreInclusive();
    void memoryStaysFlat();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    const QStringList header{QStringLiteral("a"), QStringLiteral("b")};
    const QStringList values{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records{header, values};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << Records{header, values};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{header, values};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << Records{header, values};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a,b\n1,2\n")
                                     << Records{header, values};
    QTest::newRow("empty input") << QByteArray() << Records{};
    QTest::newRow("byte order mark alone") << QByteArray("\xEF\xBB\xBF") << Records{};
    QTest::newRow("comma in quotes")
        << QByteArray("\"a,b\",c\n") << Records{{QStringLiteral("a,b"), QStringLiteral("c")}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                    << Records{{QStringLiteral("say \"hi\""), QStringLiteral("x")}};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"\n") << Records{{QStringLiteral("\"")}};
    QTest::newRow("line end in quotes")
        << QByteArray("\"one\ntwo\",x\nnext\n")
        << Records{{QStringLiteral("one\ntwo"), QStringLiteral("x")}, {QStringLiteral("next")}};
    QTest::newRow("CRLF in quotes is LF")
        << QByteArray("\"one\r\ntwo\rthree\"\r\n") << Records{{QStringLiteral("one\ntwo\nthree")}};
    QTest::newRow("empty fields") << QByteArray(",,\n")
                                  << Records{{QString(), QString(), QString()}};
    QTest::newRow("quoted empty field")
        << QByteArray("\"\",a\n") << Records{{QString(), QStringLiteral("a")}};
    QTest::newRow("trailing comma")
        << QByteArray("a,\n") << Records{{QStringLiteral("a"), QString()}};
    QTest::newRow("blank line is one empty field")
        << QByteArray("a\n\nb\n")
        << Records{{QStringLiteral("a")}, {QString()}, {QStringLiteral("b")}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n")
                                 << Records{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("5\" screen,x\n")
        << Records{{QStringLiteral("5\" screen"), QStringLiteral("x")}};
    QTest::newRow("UTF-8") << QByteArray("h\xC3\xA9llo,\xF0\x9F\x91\x8B\n")
                           << Records{{QStringLiteral("héllo"), QStringLiteral("👋")}};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    const ReadAll read = readAll(input);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records, expected);
}

void tst_CsvReader::lineNumbers()
{
    // A record's line is where it starts; a quoted line end moves the next record down.
    const ReadAll read = readAll("a\r\n\"b\nc\nd\",e\r\nf\n\ng");
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records.size(), 5);
    QCOMPARE(read.lines, (QList<qint64>{1, 2, 5, 6, 7}));
}

void tst_CsvReader::chunkBoundaries_data()
{
    // Each of these straddles the end of the first chunk the reader takes from the device.
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("lastField");
    QTest::addColumn<int>("offset"); // bytes of the tail before the boundary
    for (int offset = 1; offset <= 3; ++offset) {
        QTest::addRow("CRLF at -%d", offset)
            << QByteArray(",x\r\ny\r\n") << QStringLiteral("y") << offset;
        QTest::addRow("emoji at -%d", offset)
            << QByteArray(",\xF0\x9F\x91\x8B\n") << QStringLiteral("👋") << offset;
        QTest::addRow("doubled quote at -%d", offset)
            << QByteArray(",\"\"\"\"\n") << QStringLiteral("\"") << offset;
    }
}

void tst_CsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, tail);
    QFETCH(QString, lastField);
    QFETCH(int, offset);
    const QByteArray input = QByteArray(ImportInput::ChunkBytes - offset, 'a') + tail;
    const ReadAll read = readAll(input);
    QCOMPARE(read.error, QString());
    QVERIFY(!read.records.isEmpty());
    QCOMPARE(read.records.constLast().constLast(), lastField);
    QCOMPARE(read.records.constFirst().constFirst().size(), ImportInput::ChunkBytes - offset);
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("said");

    QTest::newRow("Latin-1 on line 3") << QByteArray("text\nok\ncaf\xE9\n") << 2 << qint64(3)
                                       << QStringLiteral("Line 3 is not UTF-8 text");
    QTest::newRow("bad byte inside quotes on its second line")
        << QByteArray("a\n\"one\ntw\xFFo\"\n") << 1 << qint64(3)
        << QStringLiteral("Line 3 is not UTF-8 text");
    QTest::newRow("overlong slash")
        << QByteArray("\xC0\xAF\n") << 0 << qint64(1) << QStringLiteral("not UTF-8");
    QTest::newRow("surrogate") << QByteArray("ok\n\xED\xA0\x80\n") << 1 << qint64(2)
                               << QStringLiteral("not UTF-8");
    QTest::newRow("above U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << 0 << qint64(1) << QStringLiteral("not UTF-8");
    QTest::newRow("cut inside a character")
        << QByteArray("a\nb\xE2\x82") << 1 << qint64(2) << QStringLiteral("not UTF-8");
    QTest::newRow("NUL byte") << QByteArray("a\nb\0c\n", 6) << 1 << qint64(2)
                              << QStringLiteral("not UTF-8");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEt\0e\0x\0t\0", 10) << 0 << qint64(1)
                            << QStringLiteral("UTF-16");
    QTest::newRow("quote never closed")
        << QByteArray("a\n\"open,\nmore\nand more\n") << 1 << qint64(2)
        << QStringLiteral("The quote that opens a field on line 2 is never closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("a\nb\n\"c\"d,e\n") << 2 << qint64(3)
        << QStringLiteral("Line 3: there is text after a closing quote");
    QTest::newRow("field over 1 MB")
        << (QByteArray("a\n") + QByteArray(CsvReader::MaxFieldBytes + 1, 'x')) << 1 << qint64(2)
        << QStringLiteral("Line 2: a field is longer than 1 MB");
    QByteArray wide = "a\n";
    for (int i = 0; i <= CsvReader::MaxFields; ++i)
        wide += "f,";
    QTest::newRow("more than 64 fields")
        << wide << 1 << qint64(2) << QStringLiteral("Line 2 has more than 64 fields");
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBefore);
    QFETCH(qint64, line);
    QFETCH(QString, said);
    const ReadAll read = readAll(input);
    QVERIFY2(read.error.contains(said), qPrintable(read.error));
    QCOMPARE(read.errorLine, line);
    QCOMPARE(read.records.size(), recordsBefore);
}

void tst_CsvReader::limitsAreInclusive()
{
    QByteArray input(CsvReader::MaxFieldBytes, 'x');
    for (int i = 1; i < CsvReader::MaxFields; ++i)
        input += ",y";
    const ReadAll read = readAll(input + '\n');
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records.size(), 1);
    QCOMPARE(read.records.first().size(), CsvReader::MaxFields);
    QCOMPARE(read.records.first().first().size(), CsvReader::MaxFieldBytes);
}

void tst_CsvReader::memoryStaysFlat()
{
    // The reader's buffers after 1,000 rows and after 100,000: one chunk and one field.
    const auto peakFor = [](int rows, qsizetype *peak) {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("text,scheduled_at,accounts\n");
        for (int row = 0; row < rows; ++row)
            file.write(QByteArrayLiteral("\"Post number ") + QByteArray::number(row) +
                       QByteArrayLiteral(", with \"\"quotes\"\"\nand a second line\","
                                         "2030-01-01T09:00:00Z,acc-1;acc-2\r\n"));
        QVERIFY(file.flush());
        QVERIFY(file.seek(0));
        CsvReader reader(&file);
        QStringList fields;
        int records = 0;
        while (reader.next(fields))
            ++records;
        QCOMPARE(reader.errorString(), QString());
        QCOMPARE(records, rows + 1);
        QCOMPARE(fields, QStringList());
        QCOMPARE(reader.bytesRead(), file.size());
        *peak = reader.peakBufferBytes();
    };
    qsizetype small = 0;
    qsizetype large = 0;
    peakFor(1'000, &small);
    peakFor(100'000, &large);
    // A hundred times the input, the same buffers (give or take a longer row number's bytes).
    QVERIFY(small > 0);
    QVERIFY2(large - small < 256, qPrintable(QStringLiteral("%1 %2").arg(small).arg(large)));
    QVERIFY2(large <= ImportInput::ChunkBytes + 1024, qPrintable(QString::number(large)));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
