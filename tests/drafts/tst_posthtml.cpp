// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/PostHtml.h"

#include <QTest>

using namespace CreatorDesk;

class tst_PostHtml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void roundTrip_data();
    void roundTrip();
};

void tst_PostHtml::toHtml_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("html");
    QTest::newRow("one line") << QStringLiteral("Hello") << QStringLiteral("<p>Hello</p>");
    QTest::newRow("escaped") << QStringLiteral("a < b & \"c\"")
                             << QStringLiteral("<p>a &lt; b &amp; &quot;c&quot;</p>");
    QTest::newRow("paragraphs") << QStringLiteral("one\ntwo")
                                << QStringLiteral("<p>one</p><p>two</p>");
    QTest::newRow("blank line kept")
        << QStringLiteral("one\n\ntwo") << QStringLiteral("<p>one</p><p></p><p>two</p>");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("<p>one</p><p>two</p>");
}

void tst_PostHtml::toHtml()
{
    QFETCH(QString, plain);
    QFETCH(QString, html);
    QCOMPARE(PostHtml::toHtml(plain), html);
}

void tst_PostHtml::roundTrip_data()
{
    QTest::addColumn<QString>("plain");
    for (const QString &text :
         {QStringLiteral(""), QStringLiteral("plain"), QStringLiteral("<p>not a tag</p>"),
          QStringLiteral("&amp; stays &amp;"), QStringLiteral("a\n\n\nb\n"),
          QStringLiteral("  leading and trailing  "),
          QStringLiteral("emoji 👨‍👩‍👧 and 漢字"),
          QStringLiteral("it's <b>bold</b>?"), QStringLiteral("tab\there")})
        QTest::newRow(qPrintable(text.left(20))) << text;
}

void tst_PostHtml::roundTrip()
{
    QFETCH(QString, plain);
    QCOMPARE(PostHtml::fromHtml(PostHtml::toHtml(plain)), plain);
}

QTEST_GUILESS_MAIN(tst_PostHtml)
#include "tst_posthtml.moc"
