// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPreviewModel: a file read off the UI thread into rows with their verdicts, the limit on
// rows, a file that cannot be read, and the results an import writes back.
#include "drafts/ImportPreviewModel.h"
#include "schedule/ImportVerdicts.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

class tst_ImportPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewModel();
    void previewStopsAtMaximumRows();
    void previewShowsTheFileError();

private:
    QTemporaryDir m_dir;
};

void tst_ImportPreview::previewModel()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("preview.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("text,accounts\nHello,acc-x\n\"" + QByteArray(300, 'a') + "\",acc-x\n,acc-x\n");
    file.close();

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportVerdicts::Context context;
    context.accounts = {{QStringLiteral("acc-x"), Platform::Twitter, {}, {}}};
    model.setChecker([context](ImportRow &row) { ImportVerdicts::apply(row, context); });
    QSignalSpy finished(&model, &ImportPreviewModel::loadFinished);
    model.load(path);
    QCOMPARE(model.state(), ImportPreviewModel::State::Parsing);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(model.state(), ImportPreviewModel::State::Complete);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.importableCount(), 1);
    QCOMPARE(model.blockedCount(), 2);
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, ImportPreviewModel::VerdictColumn), QStringLiteral("fits everywhere"));
    QCOMPARE(text(1, ImportPreviewModel::VerdictColumn),
             QStringLiteral("X: The post is over the limit: 300 of 280."));
    QCOMPARE(text(2, ImportPreviewModel::VerdictColumn), QStringLiteral("This row has no text."));
    QCOMPARE(text(1, ImportPreviewModel::FirstPostColumn).size(), 60);
    QCOMPARE(model.index(0, ImportPreviewModel::PostsColumn).data().toInt(), 1);
    QCOMPARE(model.bytesRead(), QFileInfo(path).size());

    model.setResult(0, true, QStringLiteral("created"));
    QCOMPARE(text(0, ImportPreviewModel::ResultColumn), QStringLiteral("created"));
    QCOMPARE(model.index(0, 0).data(ImportPreviewModel::ResultOkRole).toBool(), true);
    QVERIFY(!model.index(1, 0).data(ImportPreviewModel::ResultOkRole).isValid());
}

void tst_ImportPreview::previewStopsAtMaximumRows()
{
    const QString path = m_dir.filePath(QStringLiteral("eleven.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 11; ++i)
        file.write("post\n---\n");
    file.close();
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumRows(10);
    QSignalSpy finished(&model, &ImportPreviewModel::loadFinished);
    model.load(path);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(model.state(), ImportPreviewModel::State::Failed);
    QVERIFY2(model.errorString().contains(QLatin1String("more than 10 rows")),
             qPrintable(model.errorString()));
    QCOMPARE(model.rowCount(), 10);

    model.setMaximumRows(11);
    model.load(path);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(model.state(), ImportPreviewModel::State::Complete);
    QCOMPARE(model.rowCount(), 11);
}

void tst_ImportPreview::previewShowsTheFileError()
{
    const QString path = m_dir.filePath(QStringLiteral("junk.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("text\nfine\n\"broken\"quote\n");
    file.close();
    ImportPreviewModel model;
    QSignalSpy finished(&model, &ImportPreviewModel::loadFinished);
    model.load(path);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(model.state(), ImportPreviewModel::State::Failed);
    QVERIFY2(model.errorString().contains(QLatin1String("Line 3")),
             qPrintable(model.errorString()));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_ImportPreview)
#include "tst_importpreview.moc"
