// SPDX-License-Identifier: GPL-3.0-or-later
// Runs twitter-text's own conformance cases (../shared/conformance/twitter-text) against
// TwitterCounter and UrlExtractor: every weighted-length group of validate.yml with the
// configuration upstream uses for it, the tweet validity group, and every URL case of
// extract.yml and tlds.yml.
#include "ConformanceYaml.h"
#include "text/TwitterCounter.h"
#include "text/UrlExtractor.h"

#include <QTest>

#include <map>

using namespace CreatorDesk;
using Testing::ConformanceYaml;

namespace {
const nlohmann::json &conformance(const char *file)
{
    static std::map<std::string, nlohmann::json> cache;
    auto it = cache.find(file);
    if (it == cache.end()) {
        const QString path =
            QStringLiteral(CREATORDESK_CONFORMANCE_DIR) + u'/' + QString::fromLatin1(file);
        it = cache.emplace(file, ConformanceYaml::load(path)).first;
    }
    return it->second;
}

QString qs(const nlohmann::json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

QByteArray rowName(const std::string &group, const nlohmann::json &test)
{
    return QByteArray::fromStdString(group + ": " + test.at("description").get<std::string>());
}

// Conformance indices count code points; ours are UTF-16 units.
qsizetype codePointIndex(const QString &text, qsizetype utf16Index)
{
    return QStringView(text).left(utf16Index).toUcs4().size();
}

void addUrlRows(const char *file, const std::vector<std::string> &groups)
{
    for (const std::string &group : groups) {
        const nlohmann::json &tests = conformance(file).at("tests").at(group);
        QVERIFY2(!tests.empty(), group.c_str());
        for (const nlohmann::json &test : tests) {
            QStringList urls;
            QList<qsizetype> indices;
            for (const nlohmann::json &expected : test.at("expected")) {
                if (expected.is_string()) {
                    urls << qs(expected);
                    continue;
                }
                urls << qs(expected.at("url"));
                indices << expected.at("indices").at(0).get<qsizetype>()
                        << expected.at("indices").at(1).get<qsizetype>();
            }
            QTest::newRow(rowName(group, test).constData())
                << qs(test.at("text")) << urls << indices;
        }
    }
}
} // namespace

class TstTwitterConformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("configVersion");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("permillage");
        QTest::addColumn<qsizetype>("displayRangeStart");
        QTest::addColumn<qsizetype>("displayRangeEnd");
        QTest::addColumn<qsizetype>("validRangeStart");
        QTest::addColumn<qsizetype>("validRangeEnd");
        // Upstream's runners pair each group with a configuration (README of the folder).
        const std::map<std::string, int> configOf = {
            {"WeightedTweetsCounterTest", 2},
            {"WeightedTweetsWithDiscountedEmojiCounterTest", 3},
            {"UnicodeDirectionalMarkerCounterTest", 3},
        };
        int groups = 0;
        for (const auto &[group, tests] : conformance("validate.yml").at("tests").items()) {
            if (tests.empty() || !tests.front().at("expected").is_object())
                continue;
            const auto config = configOf.find(group);
            QVERIFY2(config != configOf.end(), ("weighted group without config: " + group).c_str());
            ++groups;
            for (const nlohmann::json &test : tests) {
                const nlohmann::json &e = test.at("expected");
                QTest::newRow(rowName(group, test).constData())
                    << qs(test.at("text")) << config->second << e.at("weightedLength").get<int>()
                    << e.at("valid").get<bool>() << e.at("permillage").get<int>()
                    << e.at("displayRangeStart").get<qsizetype>()
                    << e.at("displayRangeEnd").get<qsizetype>()
                    << e.at("validRangeStart").get<qsizetype>()
                    << e.at("validRangeEnd").get<qsizetype>();
            }
        }
        QCOMPARE(groups, int(configOf.size()));
    }

    void weightedLength()
    {
        QFETCH(QString, text);
        QFETCH(int, configVersion);
        const TwitterCount count = TwitterCounter::count(
            text, configVersion == 2 ? TwitterConfig::v2() : TwitterConfig::v3());
        QTEST(count.weightedLength, "weightedLength");
        QTEST(count.valid, "valid");
        QTEST(count.permillage, "permillage");
        QTEST(count.displayRangeStart, "displayRangeStart");
        QTEST(count.displayRangeEnd, "displayRangeEnd");
        QTEST(count.validRangeStart, "validRangeStart");
        QTEST(count.validRangeEnd, "validRangeEnd");
    }

    // The "tweets" group predates 280: its 141-character cases are invalid only under the
    // 140-character v1 configuration, which is what upstream's validator ran it with.
    void tweetValidity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const nlohmann::json &test : conformance("validate.yml").at("tests").at("tweets"))
            QTest::newRow(rowName("tweets", test).constData())
                << qs(test.at("text")) << test.at("expected").get<bool>();
    }

    void tweetValidity()
    {
        QFETCH(QString, text);
        QTEST(TwitterCounter::count(text, TwitterConfig::v1()).valid, "valid");
    }

    void extractUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<QList<qsizetype>>("indices"); // empty: the group has none
        addUrlRows("extract.yml", {"urls", "urls_with_indices", "urls_with_directional_markers",
                                   "tco_urls_with_params"});
    }

    void extractUrls()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, urls);
        QFETCH(QList<qsizetype>, indices);
        QStringList found;
        QList<qsizetype> foundIndices;
        for (const ExtractedUrl &url : UrlExtractor::extract(text)) {
            found << url.url;
            foundIndices << codePointIndex(text, url.start) << codePointIndex(text, url.end());
        }
        QCOMPARE(found, urls);
        if (!indices.isEmpty())
            QCOMPARE(foundIndices, indices);
    }

    void tlds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<QList<qsizetype>>("indices");
        addUrlRows("tlds.yml", {"country", "generic"});
    }

    void tlds() { extractUrls(); }
};

QTEST_GUILESS_MAIN(TstTwitterConformance)
#include "tst_twitterconformance.moc"
