// SPDX-License-Identifier: GPL-3.0-or-later
// The API keys pane offscreen against a real sandbox: adding keys with live validation,
// creating a key shown once (clipboard cleared), revoking (also the key in use), rotating,
// the keychain banner, and no full key in any file afterwards.
#include "KeyPaneFixture.h"
#include "common/BannerBar.h"
#include "common/ClipboardGuard.h"
#include "common/LoadState.h"
#include "common/RemoteListPanel.h"
#include "connections/RemoteKeyModel.h"
#include "drafts/DraftsPane.h"
#include "keys/AddKeyDialog.h"
#include "keys/ApiKeysPane.h"
#include "keys/ConnectionsPanel.h"
#include "keys/NewKeyDialog.h"
#include "keys/OneTimeKeyView.h"
#include "keys/RotationDialog.h"
#include "keys/ServerKeysPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace std::chrono_literals;

namespace {
const QString xq =
    QStringLiteral("xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
} // namespace

class tst_ApiKeysPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void addKeyValidation_data();
    void addKeyValidation();
    void addKeyStoresConnection();
    void keychainMissingSaysSo();
    void revokeInUseWithoutOtherIsRefused();
    void createKeyShownOnce();
    void revokeAsksFirst();
    void revokeInUseAsksTwiceAndSwitches();
    void rotateFromPane();
    void noKeyInAnyFile();

private:
    ApiKeysPane *pane() const { return m_fixture.window->apiKeysPane(); }
    ServerKeysPanel *serverKeys() const { return pane()->serverKeysPanel(); }
    int serverRowNamed(const QString &name) const;

    KeyPaneFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_connectionsTester;
    std::unique_ptr<QAbstractItemModelTester> m_keysTester;
};

void tst_ApiKeysPane::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apikeyspane"));
    const QString problem = m_fixture.start();
    if (problem.startsWith(QLatin1String("CREATORDESK_SANDBOX")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_connectionsTester = std::make_unique<QAbstractItemModelTester>(
        m_fixture.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_keysTester = std::make_unique<QAbstractItemModelTester>(
        serverKeys()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane()->clipboardGuard()->setClearDelay(300ms);
    QTRY_VERIFY(serverKeys()->model()->loadState()->hasLoaded());
}

void tst_ApiKeysPane::cleanupTestCase()
{
    m_keysTester.reset();
    m_connectionsTester.reset();
    m_fixture.stop();
}

int tst_ApiKeysPane::serverRowNamed(const QString &name) const
{
    const RemoteKeyModel *model = serverKeys()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RemoteKeyModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

void tst_ApiKeysPane::addKeyValidation_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<bool>("okEnabled");

    const QString sk = QStringLiteral("sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b");
    QTest::newRow("xaicreator valid") << "xaicreator" << sk << ""
                                      << "" << true;
    QTest::newRow("xquik valid") << "xquik" << xq << ""
                                 << "" << true;
    QTest::newRow("oqui valid") << "oqui"
                                << "ckiq_test_demo0000000000000000000000"
                                << ""
                                << "" << true;
    QTest::newRow("example valid") << "example"
                                   << "sk_live_demo0000000000000000"
                                   << ""
                                   << "" << true;
    QTest::newRow("empty") << "xquik"
                           << ""
                           << ""
                           << "" << false;
    QTest::newRow("xaicreator wrong prefix") << "xaicreator"
                                             << "pk-1234567890abcdef1234"
                                             << "A xAIcreator key starts with sk-."
                                             << "" << false;
    QTest::newRow("oqui given an Xquik key")
        << "oqui" << xq
        << "A oqui key starts with ckiq_live_ or ckiq_test_. This looks like a Xquik key; "
           "choose Xquik as the service."
        << "" << false;
    QTest::newRow("xq_ with 63 hex")
        << "xquik" << xq.chopped(1)
        << "After xq_ the key needs exactly 64 hexadecimal characters (0-9, a-f); this one has 63."
        << "" << false;
    QTest::newRow("pasted with quotes and spaces")
        << "xquik" << QString(QStringLiteral("  \"") + xq + QStringLiteral("\"\n")) << ""
        << "Spaces or line breaks around the key were removed. Quotes around the key were "
           "removed."
        << true;
    QTest::newRow("example test key with a space")
        << "example"
        << "sk_test_demo 0000000000000000"
        << "The key contains a space or line break. Copy it again in one piece."
        << "" << false;
}

void tst_ApiKeysPane::addKeyValidation()
{
    QFETCH(QString, service);
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QFETCH(QString, notes);
    QFETCH(bool, okEnabled);

    AddKeyDialog dialog(m_fixture.registry, m_fixture.model.get(), true);
    dialog.setService(service);
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
    dialog.keyEdit()->setText(input);
    QCOMPARE(dialog.problemText(), problem);
    QCOMPARE(dialog.notesText(), notes);
    QCOMPARE(dialog.okButton()->isEnabled(), okEnabled);
    // The base URL is checked too: plain http is only for this machine.
    dialog.baseUrlEdit()->setText(QStringLiteral("http://api.example.com/v1"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(dialog.okButton()->isEnabled(), okEnabled);
}

void tst_ApiKeysPane::addKeyStoresConnection()
{
    const int before = m_fixture.model->rowCount();
    pane()->connectionsPanel()->addButton()->click();
    AddKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<AddKeyDialog>()));
    dialog->setService(QStringLiteral("xquik"));
    QUrl xquikUrl = m_fixture.sandbox.rootUrl();
    xquikUrl.setPath(m_fixture.registry.find(QStringLiteral("xquik"))->sandboxPath);
    dialog->baseUrlEdit()->setText(xquikUrl.toString());
    dialog->nameEdit()->setText(QStringLiteral("Xquik demo"));
    dialog->keyEdit()->setText(QLatin1Char(' ') + xq + QLatin1Char(' '));
    m_fixture.secrets.append(xq);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->keyEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    const QModelIndex added = m_fixture.model->index(before, 0);
    QCOMPARE(added.data().toString(), QStringLiteral("Xquik demo"));
    QCOMPARE(added.data(ConnectionModel::KeyPrefixRole).toString(),
             QStringLiteral("xq_0123") + QChar(0x2026));
    QCOMPARE(added.data(ConnectionModel::EnvironmentBadgeRole).toString(), QStringLiteral("LIVE"));
    QVERIFY(!added.data(ConnectionModel::SessionOnlyRole).toBool());
    QVERIFY(m_fixture.keychain.contains(
        m_fixture.store->record(added.data(ConnectionModel::IdRole).toString())->secretAccount()));

    // Verify asks the service and keeps the sentence.
    pane()->connectionsPanel()->selectRow(before);
    pane()->connectionsPanel()->verifyButton()->click();
    QTRY_VERIFY(m_fixture.model->index(before, 0)
                    .data(ConnectionModel::LastVerifiedRole)
                    .toDateTime()
                    .isValid());
    QVERIFY2(
        m_fixture.model->index(before, 0)
            .data(ConnectionModel::StatusRole)
            .toString()
            .startsWith(QLatin1String("The key works")),
        qPrintable(m_fixture.model->index(before, 0).data(ConnectionModel::StatusRole).toString()));

    // Switching to it: the server keys follow, Xquik's way; the xAIcreator panes say so.
    m_fixture.window->setActiveConnection(before);
    QTRY_COMPARE(serverKeys()->model()->http(), m_fixture.model->httpAt(before));
    QTRY_VERIFY(serverKeys()->model()->loadState()->hasLoaded());
    QVERIFY(serverRowNamed(QStringLiteral("Demo")) >= 0);
    QVERIFY(serverKeys()
                ->model()
                ->index(serverRowNamed(QStringLiteral("Demo")), 0)
                .data(RemoteKeyModel::InUseRole)
                .toBool());
    QVERIFY(m_fixture.window->activeClient() == nullptr);
    QVERIFY2(m_fixture.window->draftsPane()->serverStatusText().contains(
                 QLatin1String("belongs to xAIcreator")),
             qPrintable(m_fixture.window->draftsPane()->serverStatusText()));

    // Delete (with the key) asks first, naming the connection.
    pane()->connectionsPanel()->selectRow(before);
    pane()->connectionsPanel()->view()->setFocus();
    QTest::keyClick(pane()->connectionsPanel()->view(), Qt::Key_Delete);
    QVERIFY(KeyPaneFixture::answer("confirmButton").contains(QLatin1String("Xquik demo")));
    QTRY_COMPARE(m_fixture.model->rowCount(), before);
    QTRY_VERIFY(m_fixture.keychain.contains(QString()) == false);
    m_fixture.window->setActiveConnection(0);
    QTRY_COMPARE(m_fixture.window->activeRow(), 0);
    QTRY_VERIFY(serverKeys()->model()->loadState()->hasLoaded());
}

void tst_ApiKeysPane::keychainMissingSaysSo()
{
    QVERIFY(!pane()->keychainBanner()->isVisible());
    m_fixture.model->setKeychainStatus(false, QStringLiteral("No keychain can be reached."));
    QVERIFY(pane()->keychainBanner()->isVisible());
    QVERIFY(pane()->keychainBanner()->text().contains(QLatin1String("this run only")));
    AddKeyDialog dialog(m_fixture.registry, m_fixture.model.get(), false);
    QVERIFY(dialog.sessionOnlyBox()->isChecked());
    QVERIFY(!dialog.sessionOnlyBox()->isEnabled());
    m_fixture.model->setKeychainStatus(true, {});
    QVERIFY(!pane()->keychainBanner()->isVisible());
}

void tst_ApiKeysPane::revokeInUseWithoutOtherIsRefused()
{
    const int row = serverRowNamed(QStringLiteral("Default API Key"));
    QVERIFY(row >= 0);
    QVERIFY(serverKeys()->model()->index(row, 0).data(RemoteKeyModel::InUseRole).toBool());
    QVERIFY(
        serverKeys()->model()->index(row, 0).data().toString().contains(QLatin1String("(in use)")));
    serverKeys()->selectRow(row);
    serverKeys()->revokeButton()->click();
    QVERIFY(KeyPaneFixture::answer("").contains(QLatin1String("Rotate")));
    QCOMPARE(serverKeys()->model()->rowCount(), 2);
}

void tst_ApiKeysPane::createKeyShownOnce()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    serverKeys()->createButton()->click();
    NewKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<NewKeyDialog>()));
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->nameEdit()->setText(QStringLiteral("Laptop"));
    dialog->createButton()->click();
    QTRY_VERIFY(!dialog->keyView()->shownKey().isEmpty());
    const QString key = dialog->keyView()->shownKey();
    m_fixture.secrets.append(key);
    QVERIFY(key.startsWith(QLatin1String("sk-")));
    QVERIFY(!dialog->keyView()->warningText().isEmpty());

    // Copy; the clipboard is cleared after the (shortened) delay.
    dialog->keyView()->copyButton()->click();
    QCOMPARE(clipboard->text(), key);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    // Not cleared when something else was copied meanwhile.
    dialog->keyView()->copyButton()->click();
    QCOMPARE(clipboard->text(), key);
    clipboard->setText(QStringLiteral("a note of my own"));
    QSignalSpy guardDone(pane()->clipboardGuard(), &ClipboardGuard::finished);
    QVERIFY(guardDone.wait(3000));
    QCOMPARE(guardDone.at(0).at(0).toBool(), false);
    QCOMPARE(clipboard->text(), QStringLiteral("a note of my own"));

    // Kept as a new connection; the list shows the new key masked.
    const int before = m_fixture.model->rowCount();
    dialog->storeBox()->setChecked(true);
    dialog->doneButton()->click();
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    QCOMPARE(m_fixture.model->index(before, 0).data().toString(), QStringLiteral("Laptop"));
    QTRY_VERIFY(serverRowNamed(QStringLiteral("Laptop")) >= 0);
    const QString shown =
        serverKeys()
            ->model()
            ->index(serverRowNamed(QStringLiteral("Laptop")), RemoteKeyModel::KeyColumn)
            .data()
            .toString();
    QVERIFY(shown.contains(QLatin1String("...")));
    QVERIFY(!shown.contains(key));
}

void tst_ApiKeysPane::revokeAsksFirst()
{
    RemoteKeyModel *keys = serverKeys()->model();
    bool created = false;
    keys->createKey(QStringLiteral("Spare"), this, [&](const Result<CreatedKey> &r) {
        created = r.ok();
        if (r)
            m_fixture.secrets.append(r.value().fullKey);
    });
    QTRY_VERIFY(created);
    QTRY_VERIFY(serverRowNamed(QStringLiteral("Spare")) >= 0);

    // Cancel keeps it.
    serverKeys()->selectRow(serverRowNamed(QStringLiteral("Spare")));
    serverKeys()->view()->setFocus();
    QTest::keyClick(serverKeys()->view(), Qt::Key_Delete);
    QVERIFY(KeyPaneFixture::answer("cancelButton").contains(QLatin1String("\"Spare\"")));
    QTest::qWait(200);
    QVERIFY(serverRowNamed(QStringLiteral("Spare")) >= 0);

    // Confirming revokes it.
    serverKeys()->selectRow(serverRowNamed(QStringLiteral("Spare")));
    serverKeys()->revokeButton()->click();
    QVERIFY(KeyPaneFixture::answer("confirmButton").contains(QLatin1String("\"Spare\"")));
    QTRY_COMPARE(serverRowNamed(QStringLiteral("Spare")), -1);
}

void tst_ApiKeysPane::revokeInUseAsksTwiceAndSwitches()
{
    MainWindow *window = m_fixture.window.get();
    const int demoRow = window->activeRow();
    const QString demoId = m_fixture.model->connectionAt(demoRow).id;
    const int laptopRow =
        m_fixture.model->rowOfId(m_fixture.model->index(m_fixture.model->rowCount() - 1, 0)
                                     .data(ConnectionModel::IdRole)
                                     .toString());
    QCOMPARE(m_fixture.model->connectionAt(laptopRow).displayName, QStringLiteral("Laptop"));
    const int row = serverRowNamed(QStringLiteral("Default API Key"));
    serverKeys()->selectRow(row);
    serverKeys()->revokeButton()->click();
    QVERIFY(KeyPaneFixture::answer("confirmButton").contains(QLatin1String("active connection")));
    QVERIFY(
        KeyPaneFixture::answer("confirmButton").contains(QLatin1String("switch to \"Laptop\"")));
    QTRY_COMPARE(window->activeRow(), laptopRow);
    // Switched, revoked and listed again: the old key is gone, the new one is there.
    QTRY_VERIFY(!serverKeys()->model()->loadState()->isLoading() &&
                serverRowNamed(QStringLiteral("Default API Key")) < 0 &&
                serverRowNamed(QStringLiteral("Laptop")) >= 0);
    QTRY_VERIFY(m_fixture.model->connectionAt(m_fixture.model->rowOfId(demoId))
                    .status.contains(QLatin1String("revoked")));
}

void tst_ApiKeysPane::rotateFromPane()
{
    MainWindow *window = m_fixture.window.get();
    const int row = window->activeRow();
    const QString before = m_fixture.model->connectionAt(row).keyPrefix;
    QVERIFY(serverKeys()->rotateButton()->isEnabled());
    serverKeys()->rotateButton()->click();
    RotationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<RotationDialog>()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 15000);
    QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
    QCOMPARE(dialog->resultText(),
             QStringLiteral("The key was rotated: the connection uses the new key and the old one "
                            "is revoked."));
    QCOMPARE(dialog->stepTexts().size(), 5);
    QVERIFY(dialog->stepTexts().first().contains(QLatin1String("Creating a new key")));
    m_fixture.secrets.append(window->activeHttp()->apiKey());
    dialog->closeButton()->click();
    QTRY_VERIFY(m_fixture.model->connectionAt(row).keyPrefix != before);
    QTRY_COMPARE(serverRowNamed(QStringLiteral("Laptop")), -1);
    QVERIFY(serverKeys()->model()->rowCount() >= 2);

    // The new key is the one in use.
    bool inUse = false;
    for (int r = 0; r < serverKeys()->model()->rowCount(); ++r)
        inUse |= serverKeys()->model()->index(r, 0).data(RemoteKeyModel::InUseRole).toBool();
    QVERIFY(inUse);
}

void tst_ApiKeysPane::noKeyInAnyFile()
{
    m_fixture.window->close(); // writes its settings
    QSettings().sync();
    QVERIFY(QFile::exists(AppPaths::connectionsFile()));
    int scanned = 0;
    const QStringList leaks = KeyPaneFixture::filesContaining(m_fixture.secrets, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(scanned >= 2);
    QVERIFY(m_fixture.secrets.size() >= 5);
}

QTEST_MAIN(tst_ApiKeysPane)
#include "tst_apikeyspane.moc"
