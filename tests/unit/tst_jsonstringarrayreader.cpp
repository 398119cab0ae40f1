// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming reader behind `count --json`: the same elements as a whole-document parser,
// whatever the chunk size (an element, an escape or a surrogate pair cut between two reads),
// and a clear error, never a crash, for what is not an array of strings.
#include "cli/JsonStringArrayReader.h"

#include <QTemporaryFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace CreatorDesk;

namespace {
// Every element through a FILE* read `chunk` bytes at a time; nullopt on an error.
std::optional<std::vector<std::string>> readAll(const QByteArray &input, std::size_t chunk,
                                                QString *error = nullptr)
{
    std::FILE *file = std::tmpfile();
    std::fwrite(input.constData(), 1, std::size_t(input.size()), file);
    std::rewind(file);
    JsonStringArrayReader reader(file, chunk);
    std::vector<std::string> items;
    std::string item;
    for (;;) {
        const auto status = reader.next(item);
        if (status == JsonStringArrayReader::Status::Item) {
            items.push_back(item);
            continue;
        }
        std::fclose(file);
        if (status == JsonStringArrayReader::Status::End)
            return items;
        if (error)
            *error = reader.errorString();
        return std::nullopt;
    }
}
} // namespace

class TestJsonStringArrayReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsDocumentParser_data();
    void sameAsDocumentParser();
    void errors_data();
    void errors();
    void loneSurrogatesBecomeReplacement();
};

void TestJsonStringArrayReader::sameAsDocumentParser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("spaces") << QByteArray(" \n[ \"a\" ,\t\"b\" ]\r\n");
    QTest::newRow("escapes") << QByteArray(R"(["q\"b\\s\/n\nt\tr\rb\bf\f"])");
    QTest::newRow("unicode escape") << QByteArray(R"(["caf\u00e9 \u20AC"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\udc4d thumbs"])");
    QTest::newRow("raw utf-8") << QByteArray(
        "[\"gr\xc3\xbc\xc3\x9f \xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\"]");
    QTest::newRow("empty strings") << QByteArray(R"(["","",""])");
    QTest::newRow("long") << (QByteArray("[\"") + QByteArray(100'000, 'x') + "\",\"y\"]");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf[\"a\"]");
}

void TestJsonStringArrayReader::sameAsDocumentParser()
{
    QFETCH(QByteArray, input);
    QByteArray withoutBom = input;
    if (withoutBom.startsWith("\xef\xbb\xbf"))
        withoutBom.remove(0, 3);
    const auto expected = nlohmann::json::parse(withoutBom.constBegin(), withoutBom.constEnd())
                              .get<std::vector<std::string>>();
    for (std::size_t chunk :
         {std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(7), std::size_t(1 << 16)}) {
        const auto items = readAll(input, chunk);
        QVERIFY2(items.has_value(), qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(*items, expected);
    }
}

void TestJsonStringArrayReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << "does not start with [";
    QTest::newRow("object") << QByteArray(R"({"a":"b"})") << "does not start with [";
    QTest::newRow("number") << QByteArray("[1]") << "must be a string";
    QTest::newRow("null") << QByteArray("[\"a\",null]") << "must be a string";
    QTest::newRow("nested") << QByteArray(R"([["a"]])") << "must be a string";
    QTest::newRow("missing comma") << QByteArray(R"(["a" "b"])") << "expected , or ]";
    QTest::newRow("trailing comma") << QByteArray(R"(["a",])") << "must be a string";
    QTest::newRow("unclosed string") << QByteArray(R"(["abc)") << "not closed";
    QTest::newRow("unclosed array") << QByteArray(R"(["abc")") << "expected , or ]";
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << "control character";
    QTest::newRow("unknown escape") << QByteArray(R"(["\x41"])") << "unknown escape";
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << "four hexadecimal";
    QTest::newRow("after the end") << QByteArray(R"(["a"]])") << "more after";
}

void TestJsonStringArrayReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    for (std::size_t chunk : {std::size_t(1), std::size_t(4096)}) {
        QString error;
        QVERIFY(!readAll(input, chunk, &error).has_value());
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("at byte")), qPrintable(error));
    }
}

void TestJsonStringArrayReader::loneSurrogatesBecomeReplacement()
{
    const auto items = readAll(R"(["\ud83d", "\udc4d", "\ud83dx"])", 2);
    QVERIFY(items.has_value());
    const std::string replacement = "\xef\xbf\xbd";
    QCOMPARE(*items, (std::vector<std::string>{replacement, replacement, replacement + "x"}));
}

QTEST_GUILESS_MAIN(TestJsonStringArrayReader)
#include "tst_jsonstringarrayreader.moc"
