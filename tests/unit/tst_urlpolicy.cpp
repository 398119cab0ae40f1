// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/UrlPolicy.h"

#include <QTest>

using namespace CreatorDesk;

class TestUrlPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void violation_data();
    void violation();
};

void TestUrlPolicy::violation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << "https://xaicreator.com/api/v1" << true;
    QTest::newRow("https port") << "https://staging.example:8443/v1" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:5000/api/v1" << true;
    QTest::newRow("http loopback range") << "http://127.8.9.10/api" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:5000/api" << true;
    QTest::newRow("http localhost") << "http://localhost:5000" << true;
    QTest::newRow("http remote") << "http://xaicreator.com/api/v1" << false;
    QTest::newRow("http private lan") << "http://192.168.1.5/api" << false;
    QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example/api" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example/api" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("user info") << "https://user:pw@xaicreator.com/" << false;
    QTest::newRow("no host") << "https:///path" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestUrlPolicy::violation()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = UrlPolicy::violation(QUrl(url));
    QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
