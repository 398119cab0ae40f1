// SPDX-License-Identifier: GPL-3.0-or-later
// GraphemeClusters against QTextBoundaryFinder, which it must agree with everywhere.
#include "text/GraphemeClusters.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace CreatorDesk;

namespace {
QList<qsizetype> finderEnds(const QString &text)
{
    QList<qsizetype> ends;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        if (next > 0)
            ends.append(next);
    }
    return ends;
}

QList<qsizetype> clusterEnds(const QString &text)
{
    QList<qsizetype> ends;
    qsizetype expectedStart = 0;
    GraphemeClusters::forEach(text, [&](qsizetype start, qsizetype end) {
        QCOMPARE(start, expectedStart); // clusters are contiguous
        ends.append(end);
        expectedStart = end;
    });
    return ends;
}

QString describe(const QString &text)
{
    QString units;
    for (QChar c : text)
        units += QStringLiteral(" %1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("differs for%1").arg(units);
}

// Pieces whose Grapheme_Cluster_Break differs from Other, or which are pictographs.
const QStringList &neighbours()
{
    static const QStringList pieces{
        QStringLiteral("\r"),
        QStringLiteral("\n"),
        QStringLiteral("\u0001"),
        QStringLiteral("\u0301"),
        QStringLiteral("\u200D"),
        QStringLiteral("\u0903"),
        QStringLiteral("\u0600"),
        QStringLiteral("\U0001F1E6"),
        QStringLiteral("\u1100"),
        QStringLiteral("\u1161"),
        QStringLiteral("\u11A8"),
        QStringLiteral("\uAC00"),
        QStringLiteral("\U0001F600"),
        QStringLiteral("\uFE0F"),
        QStringLiteral("\u00A9"),
        QStringLiteral("\u0E33"),
        QStringLiteral("\U0001F3FD"),
        QString(QChar(0xD83D)),
        QStringLiteral("\U0001F600\u200D"),
        QStringLiteral("a"),
        QStringLiteral("\u00AD"),
    };
    return pieces;
}
} // namespace

class TstGraphemeClusters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every unit isPlain() accepts, beside itself and every kind of neighbour.
    void everyPlainUnit_data()
    {
        QTest::addColumn<QString>("neighbour");
        for (const QString &piece : neighbours())
            QTest::newRow(qPrintable(QString::number(piece.at(0).unicode(), 16))) << piece;
    }

    void everyPlainUnit()
    {
        QFETCH(QString, neighbour);
        int plain = 0;
        for (char32_t unit = 0; unit <= 0xFFFF; ++unit) {
            if (!GraphemeClusters::isPlain(char16_t(unit)))
                continue;
            ++plain;
            const QString c{QChar(char16_t(unit))};
            for (const QString &text : {QString(neighbour + c + c), QString(c + c + neighbour),
                                        QString(c + neighbour + c)}) {
                if (clusterEnds(text) != finderEnds(text))
                    QFAIL(qPrintable(describe(text)));
            }
        }
        QVERIFY(plain > 29000); // CJK ideographs alone are over 27,000
    }

    void sameAsBoundaryFinder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ASCII") << QStringLiteral("Hello, world!");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb\n\rc");
        QTest::newRow("combining") << QStringLiteral("cafe\u0301 na\u0308ive");
        QTest::newRow("family") << QStringLiteral(
            "hi \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 there");
        QTest::newRow("flags") << QStringLiteral("\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA!");
        QTest::newRow("three indicators") << QStringLiteral("x\U0001F1E6\U0001F1E7\U0001F1E8y");
        QTest::newRow("Hangul jamo") << QStringLiteral("\u1100\u1161\u11A8 \uD55C\uAD6D\uC5B4");
        QTest::newRow("Devanagari") << QStringLiteral("\u0928\u092E\u0938\u094D\u0924\u0947");
        QTest::newRow("Thai") << QStringLiteral("\u0E01\u0E33\u0E02\u0E31\u0E04");
        QTest::newRow("prepend then letter") << QStringLiteral("a\u0600bc");
        QTest::newRow("ZWJ then (C)") << QStringLiteral("\U0001F468\u200D\u00A9ab");
        QTest::newRow("lone surrogates")
            << QStringLiteral("a") + QChar(0xD83D) + u"b" + QChar(0xDE00) + u"c";
        QTest::newRow("CJK and kana")
            << QStringLiteral("\u65E5\u672C\u8A9E\u3072\u3089\u304C\u306A");
        QTest::newRow("long mixed") << QStringLiteral("e\u0301\U0001F44D\U0001F3FDx").repeated(200);
    }

    void sameAsBoundaryFinder()
    {
        QFETCH(QString, text);
        QCOMPARE(clusterEnds(text), finderEnds(text));
        QCOMPARE(GraphemeClusters::count(text), qsizetype(finderEnds(text).size()));
    }

    // Random texts from plain letters and every kind of neighbour, in any order.
    void randomTexts()
    {
        QRandomGenerator random(20261202);
        QStringList alphabet = neighbours();
        alphabet << QStringLiteral("x") << QStringLiteral("\u00E9") << QStringLiteral("\u4E2D")
                 << QStringLiteral("\u05D0") << QStringLiteral(" ") << QStringLiteral("\u0645")
                 << QStringLiteral("5") << QStringLiteral(".") << QStringLiteral("\u0915")
                 << QStringLiteral("\u094D") << QStringLiteral("\u0E01")
                 << QStringLiteral("\u30AB");
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int pieces = random.bounded(1, 12);
            for (int i = 0; i < pieces; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            if (clusterEnds(text) != finderEnds(text))
                QFAIL(qPrintable(describe(text)));
        }
    }
};

QTEST_APPLESS_MAIN(TstGraphemeClusters)
#include "tst_graphemeclusters.moc"
