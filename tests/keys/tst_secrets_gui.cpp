// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9 for the widgets: the dialogs a person uses to paste, sign in, create, copy and
// rotate keys and to connect an X account, driven offscreen with known secrets against the
// sandbox and the real keychain (the test runs in a dbus/gnome-keyring session), every Qt
// message captured at debug level. Afterwards no secret may be in the log, in any text a
// remaining widget shows or announces, or in any file under the test's config/data/cache.
#include "KeyPaneFixture.h"
#include "LogCapture.h"
#include "SecretScan.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/KeychainSecretStore.h"
#include "common/ClipboardGuard.h"
#include "common/LoadState.h"
#include "connections/RemoteKeyModel.h"
#include "connections/SocialSetModel.h"
#include "keys/AddKeyDialog.h"
#include "keys/ApiKeysPane.h"
#include "keys/ConnectXAccountDialog.h"
#include "keys/ConnectionsPanel.h"
#include "keys/NewKeyDialog.h"
#include "keys/OneTimeKeyView.h"
#include "keys/RotationDialog.h"
#include "keys/ServerKeysPanel.h"
#include "keys/SignInDialog.h"
#include "keys/SocialSetsPanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStatusBar>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace std::chrono_literals;

class tst_SecretsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pasteVerifyAndSaveKey();
    void signInWithPasswordsAndGoogle();
    void createdKeyShownOnceAndCopied();
    void rotateKey();
    void connectXAccount();
    void scanFindsACanary();
    void nothingLeaked();

private:
    ApiKeysPane *pane() const { return m_fixture.window->apiKeysPane(); }
    QString keychainRead(const QString &connectionId);
    bool keyAccepted(const QString &key);

    KeychainSecretStore m_keychain{QStringLiteral("CreatorDeskTests-secrets-gui")};
    KeyPaneFixture m_fixture;
};

Q_LOGGING_CATEGORY(lcTestCanary, "creatordesk.test.canary")

namespace {
// The key the sandbox's Xquik service accepts, so that "Verify" has something to confirm.
const QString pastedKey =
    QStringLiteral("xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString wrongPassword = QStringLiteral("W0rng-P4ss-for-the-gui-scan");
const QString canary = QStringLiteral("sk-canary-7c1e9a3b5d2f4e6a8b0c1d3e5f7a9b2c");

// Every text a widget shows, announces to assistive technology or offers as a hint.
QString widgetTexts(QWidget *widget)
{
    QStringList texts{
        widget->windowTitle(), widget->accessibleName(), widget->accessibleDescription(),
        widget->toolTip(),     widget->statusTip(),      widget->whatsThis()};
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts.append(label->text());
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << edit->text() << edit->placeholderText();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts.append(button->text());
    if (auto *bar = qobject_cast<QStatusBar *>(widget))
        texts.append(bar->currentMessage());
    return texts.join(QLatin1Char('\n'));
}
} // namespace

void tst_SecretsGui::initTestCase()
{
    LogCapture::start();
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secrets_gui"));
    bool probed = false;
    SecretResult probe;
    m_keychain.probe(this, [&](const SecretResult &r) {
        probe = r;
        probed = true;
    });
    QTRY_VERIFY(probed);
    if (!probe.ok())
        QSKIP("no keychain: run inside dbus-run-session with gnome-keyring unlocked");
    m_fixture.osKeychain = &m_keychain;
    const QString problem = m_fixture.start();
    if (problem.startsWith(QLatin1String("CREATORDESK_SANDBOX")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    pane()->clipboardGuard()->setClearDelay(300ms);
    m_fixture.secrets << pastedKey << wrongPassword << QLatin1String(DemoConnector::DemoPassword);
}

void tst_SecretsGui::cleanupTestCase()
{
    // Leave nothing in a keychain that may outlive this session.
    int pending = 0;
    for (int row = 0; m_fixture.store && row < m_fixture.model->rowCount(); ++row) {
        const auto record = m_fixture.store->record(
            m_fixture.model->index(row, 0).data(ConnectionModel::IdRole).toString());
        if (!record)
            continue;
        ++pending;
        m_keychain.remove(record->secretAccount(), this,
                          [&pending](const SecretResult &) { --pending; });
    }
    (void)QTest::qWaitFor([&] { return pending == 0; }, 10000);
    m_fixture.stop();
    LogCapture::stop();
}

QString tst_SecretsGui::keychainRead(const QString &connectionId)
{
    const auto record = m_fixture.store->record(connectionId);
    if (!record)
        return {};
    std::optional<SecretResult> read;
    m_keychain.read(record->secretAccount(), this, [&read](const SecretResult &r) { read = r; });
    (void)QTest::qWaitFor([&] { return read.has_value(); }, 10000);
    return read ? read->secret : QString();
}

// Asks the service with `key` alone, outside the app's connections.
bool tst_SecretsGui::keyAccepted(const QString &key)
{
    HttpClient http(&m_fixture.network, *m_fixture.registry.find(QStringLiteral("xaicreator")),
                    m_fixture.xaiUrl());
    http.setApiKey(key);
    ApiClient api(&http);
    std::optional<bool> ok;
    api.credits(this, [&ok](const Result<CreditBalance> &r) { ok = r.ok(); });
    (void)QTest::qWaitFor([&] { return ok.has_value(); }, 10000);
    return ok.value_or(false);
}

void tst_SecretsGui::pasteVerifyAndSaveKey()
{
    const int before = m_fixture.model->rowCount();
    pane()->connectionsPanel()->addButton()->click();
    AddKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<AddKeyDialog>()));
    dialog->setService(QStringLiteral("xquik"));
    QUrl url = m_fixture.sandbox.rootUrl();
    url.setPath(m_fixture.registry.find(QStringLiteral("xquik"))->sandboxPath);
    dialog->baseUrlEdit()->setText(url.toString());
    dialog->nameEdit()->setText(QStringLiteral("Pasted"));
    dialog->keyEdit()->setText(QLatin1Char('"') + pastedKey + QStringLiteral("\"\n"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->keyEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    const QString id = m_fixture.model->index(before, 0).data(ConnectionModel::IdRole).toString();
    QCOMPARE(keychainRead(id), pastedKey); // in the OS keychain, not only in memory
    pane()->connectionsPanel()->selectRow(before);
    pane()->connectionsPanel()->verifyButton()->click();
    const QModelIndex added = m_fixture.model->index(before, 0);
    QTRY_VERIFY_WITH_TIMEOUT(added.data(ConnectionModel::LastVerifiedRole).toDateTime().isValid(),
                             10000);
    QVERIFY2(added.data(ConnectionModel::StatusRole)
                 .toString()
                 .startsWith(QLatin1String("The key works")),
             qPrintable(added.data(ConnectionModel::StatusRole).toString()));
}

void tst_SecretsGui::signInWithPasswordsAndGoogle()
{
    const int before = m_fixture.model->rowCount();
    pane()->connectionsPanel()->signInButton()->click();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<SignInDialog>()));
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->emailEdit()->setText(QLatin1String(DemoConnector::DemoEmail));
    QTest::keyClicks(dialog->passwordEdit(), wrongPassword);
    dialog->signInButton()->click();
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(!dialog->errorText().contains(wrongPassword));
    QCOMPARE(dialog->page(), SignInDialog::FormPage);
    dialog->passwordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), QLatin1String(DemoConnector::DemoPassword));
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE(dialog->page(), SignInDialog::KeyPage);
    const QString key = dialog->keyView()->shownKey();
    QVERIFY(key.startsWith(QLatin1String("sk-")));
    m_fixture.secrets.append(key);
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    const QString id = m_fixture.model->index(before, 0).data(ConnectionModel::IdRole).toString();
    if (!m_fixture.store->record(id)->sessionOnly)
        QCOMPARE(keychainRead(id), key);
    dialog->close();
    QTRY_VERIFY(!KeyPaneFixture::findDialog<SignInDialog>());

    // Google through the browser: an authorization code through the loopback listener.
    m_fixture.browser.behaviour = FakeBrowser::Behaviour::Follow;
    const qsizetype codes = m_fixture.browser.codes.size();
    pane()->connectionsPanel()->signInButton()->click();
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<SignInDialog>()));
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->googleButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), SignInDialog::KeyPage, 15000);
    QCOMPARE(m_fixture.browser.codes.size(), codes + 1);
    m_fixture.secrets << m_fixture.browser.codes.last() << dialog->keyView()->shownKey();
    dialog->close();
    QTRY_VERIFY(!KeyPaneFixture::findDialog<SignInDialog>());
}

void tst_SecretsGui::createdKeyShownOnceAndCopied()
{
    m_fixture.window->setActiveConnection(0);
    QTRY_VERIFY(pane()->serverKeysPanel()->model()->loadState()->hasLoaded());
    QClipboard *clipboard = QGuiApplication::clipboard();
    pane()->serverKeysPanel()->createButton()->click();
    NewKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<NewKeyDialog>()));
    dialog->nameEdit()->setText(QStringLiteral("Shown once"));
    dialog->createButton()->click();
    QTRY_VERIFY(!dialog->keyView()->shownKey().isEmpty());
    const QString key = dialog->keyView()->shownKey();
    m_fixture.secrets.append(key);
    QVERIFY(keyAccepted(key)); // created on the sandbox for real
    dialog->keyView()->copyButton()->click();
    QCOMPARE(clipboard->text(), key);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000); // ClipboardGuard cleared it
    const int before = m_fixture.model->rowCount();
    dialog->storeBox()->setChecked(true);
    dialog->doneButton()->click();
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    const QString id = m_fixture.model->index(before, 0).data(ConnectionModel::IdRole).toString();
    QCOMPARE(keychainRead(id), key);
    QTRY_VERIFY(!KeyPaneFixture::findDialog<NewKeyDialog>());
}

void tst_SecretsGui::rotateKey()
{
    MainWindow *window = m_fixture.window.get();
    const int row = m_fixture.model->rowCount() - 1; // "Shown once", kept in the keychain
    window->setActiveConnection(row);
    QTRY_COMPARE(window->activeRow(), row);
    const QString id = m_fixture.model->index(row, 0).data(ConnectionModel::IdRole).toString();
    const QString oldKey = window->activeHttp()->apiKey();
    ServerKeysPanel *keys = pane()->serverKeysPanel();
    QTRY_VERIFY(keys->model()->loadState()->hasLoaded() && keys->rotateButton()->isEnabled());
    keys->rotateButton()->click();
    RotationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<RotationDialog>()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 15000);
    QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
    const QString newKey = window->activeHttp()->apiKey();
    m_fixture.secrets.append(newKey);
    QVERIFY(newKey != oldKey);
    for (const QString &text : dialog->stepTexts())
        QVERIFY(!text.contains(newKey) && !text.contains(oldKey));
    dialog->closeButton()->click();
    QTRY_COMPARE(keychainRead(id), newKey); // stored
    QVERIFY(keyAccepted(newKey));
    QVERIFY(!keyAccepted(oldKey)); // revoked
    window->setActiveConnection(0);
    QTRY_COMPARE(window->activeRow(), 0);
}

void tst_SecretsGui::connectXAccount()
{
    // The authorization code travels browser -> loopback listener -> service; the test's
    // browser remembers it, and nothingLeaked() also looks for any "code=" in the log.
    m_fixture.browser.behaviour = FakeBrowser::Behaviour::Follow;
    pane()->setCurrentTab(ApiKeysPane::SocialSetsTab);
    QTRY_VERIFY(pane()->socialSetsPanel()->model()->rowCount() > 0);
    ConnectXAccountDialog *dialog = pane()->socialSetsPanel()->openConnectDialog();
    QVERIFY(dialog);
    dialog->selectSet(QStringLiteral("set-personal"));
    dialog->connectButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ConnectXAccountDialog::ResultPage, 15000);
    QVERIFY2(dialog->resultText().contains(QLatin1String("connected")),
             qPrintable(dialog->resultText()));
    QVERIFY(!m_fixture.browser.listenerStatuses.isEmpty());
    QVERIFY(!m_fixture.browser.codes.isEmpty());
    m_fixture.secrets.append(m_fixture.browser.codes.last());
    dialog->close();
    pane()->setCurrentTab(ApiKeysPane::KeysTab);
}

void tst_SecretsGui::scanFindsACanary()
{
    // The scans below would pass vacuously if they looked nowhere: each must find a secret
    // planted where it looks.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/nested")));
    QFile planted(dir + QStringLiteral("/nested/canary.txt"));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("row 1\ncanary: " + canary.toUtf8() + "\n");
    planted.close();
    SecretScan files({canary});
    files.scanFiles(SecretScan::standardRoots());
    QCOMPARE(files.found().size(), 1);
    QVERIFY(files.found().first().contains(QLatin1String("canary.txt")));
    QVERIFY(planted.remove());

    qCDebug(lcTestCanary) << "canary" << canary;
    QVERIFY(
        LogCapture::lines().last().contains(canary)); // debug of any category reaches the handler
    LogCapture::lines().removeLast();

    QLabel label;
    label.setToolTip(canary);
    SecretScan widgets({canary});
    widgets.scanText(QStringLiteral("label"), widgetTexts(&label));
    QCOMPARE(widgets.found().size(), 1);
}

void tst_SecretsGui::nothingLeaked()
{
    QVERIFY(m_fixture.secrets.size() >= 10);
    SecretScan scan(m_fixture.secrets);
    // What stays on screen after the dialogs closed: every widget's texts and the connections.
    int widgets = 0;
    for (QWidget *widget : QApplication::allWidgets()) {
        ++widgets;
        scan.scanText(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                          widget->objectName(),
                      widgetTexts(widget));
    }
    for (int row = 0; row < m_fixture.model->rowCount(); ++row) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                         int(ConnectionModel::StatusRole)})
            scan.scanText(QStringLiteral("connection row %1").arg(row),
                          m_fixture.model->index(row, 0).data(role).toString());
    }
    scan.scanText(QStringLiteral("the clipboard"), QGuiApplication::clipboard()->text());
    m_fixture.window->close();
    QSettings().sync();
    scan.scanText(QStringLiteral("the log"), LogCapture::lines().join(QLatin1Char('\n')));
    scan.scanFiles(
        SecretScan::standardRoots({QSettings().fileName(), AppPaths::connectionsFile()}));
    QVERIFY2(scan.found().isEmpty(), qPrintable(scan.found().join(QLatin1Char('\n'))));
    static const QRegularExpression codeInUrl(QStringLiteral("[?&]code=[^&\\s\"]+"));
    const QString log = LogCapture::lines().join(QLatin1Char('\n'));
    QVERIFY2(!codeInUrl.match(log).hasMatch(), qPrintable(codeInUrl.match(log).captured()));
    QVERIFY(LogCapture::lines().size() > 20); // debug output was on and captured
    QVERIFY(scan.files() >= 2);
    LogCapture::stop(); // the figures go to the test's output
    qInfo("%lld secrets searched in %d widgets, %lld log lines and %d files (%lld bytes)",
          qsizetype(m_fixture.secrets.size()), widgets, LogCapture::lines().size(), scan.files(),
          scan.bytes());
}

QTEST_MAIN(tst_SecretsGui)
#include "tst_secrets_gui.moc"
