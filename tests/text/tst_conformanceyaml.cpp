// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML reader is test infrastructure; this checks it against the JSON copies of the same
// conformance files (twitter-text/json/, converted once upstream of us) and a few fixed inputs.
#include "ConformanceYaml.h"

#include <QFile>
#include <QTest>

using CreatorDesk::Testing::ConformanceYaml;

class TstConformanceYaml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesJsonCopy_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"validate", "extract", "tlds"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void matchesJsonCopy()
    {
        QFETCH(QString, name);
        const QString dir = QStringLiteral(CREATORDESK_CONFORMANCE_DIR);
        QFile json(dir + u"/json/" + name + u".json");
        if (!json.exists())
            QSKIP("no JSON copy of this file");
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        const nlohmann::json expected = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
        const nlohmann::json actual = ConformanceYaml::load(dir + u'/' + name + u".yml");
        QVERIFY(actual == expected);
    }

    void scalars_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("json");
        QTest::newRow("escapes") << QStringLiteral("a: \"x\\u00e9\\U0001F431\\n\\\"\\\\\"")
                                 << QStringLiteral("{\"a\":\"x\\u00e9\\ud83d\\udc31\\n\\\"\\\\\"}");
        QTest::newRow("single quotes")
            << QStringLiteral("- 'no'\n- 'it''s'") << QStringLiteral("[\"no\",\"it's\"]");
        QTest::newRow("plain") << QStringLiteral("a: 12\nb: true\nc: http://x.y/z")
                               << QStringLiteral("{\"a\":12,\"b\":true,\"c\":\"http://x.y/z\"}");
        QTest::newRow("flow") << QStringLiteral("a: [1, \"b\", []]")
                              << QStringLiteral("{\"a\":[1,\"b\",[]]}");
        QTest::newRow("sequence at key indent")
            << QStringLiteral("a:\n- x: 1\n  y: [2, 3]\n- z")
            << QStringLiteral("{\"a\":[{\"x\":1,\"y\":[2,3]},\"z\"]}");
    }

    void scalars()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, json);
        QCOMPARE(QString::fromStdString(ConformanceYaml::parse(yaml).dump()),
                 QString::fromStdString(nlohmann::json::parse(json.toStdString()).dump()));
    }

    void rejectsWhatItCannotRead()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 ConformanceYaml::parse(QStringLiteral("a: \"open")));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 ConformanceYaml::parse(QStringLiteral("a: |\n  block")));
    }
};

QTEST_GUILESS_MAIN(TstConformanceYaml)
#include "tst_conformanceyaml.moc"
