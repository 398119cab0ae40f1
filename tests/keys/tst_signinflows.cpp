// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in from the API keys pane (email, Google through a browser the test plays, Cancel),
// the social sets view, and the banners for an expired social sign-in and a refused key.
#include "KeyPaneFixture.h"
#include "api/ApiClient.h"
#include "common/BannerBar.h"
#include "common/LoadState.h"
#include "connections/RemoteKeyModel.h"
#include "connections/SocialSetModel.h"
#include "drafts/DraftsPane.h"
#include "keys/ApiKeysPane.h"
#include "keys/BrowserWaitPanel.h"
#include "keys/ConnectXAccountDialog.h"
#include "keys/ConnectionsPanel.h"
#include "keys/OneTimeKeyView.h"
#include "keys/ServerKeysPanel.h"
#include "keys/SignInDialog.h"
#include "keys/SocialSetsPanel.h"
#include <QTableView>

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkReply>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A keychain that does not answer (no Secret Service).
class NoKeychain final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    void write(const QString &, const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler);
    }
    void read(const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler);
    }
    void remove(const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler);
    }
    void probe(QObject *context, SecretHandler handler) override { answer(context, handler); }

private:
    static void answer(QObject *context, const SecretHandler &handler)
    {
        QTimer::singleShot(0, context, [handler] {
            handler({SecretResult::Status::Unavailable,
                     {},
                     QStringLiteral("No keychain can be reached.")});
        });
    }
};
} // namespace

class tst_SignInFlows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInWithEmail();
    void signInWithGoogle();
    void cancelWhileWaitingForBrowser();
    void socialSetsListDemoSets();
    void tokenExpiredShowsBanner();
    void refusedKeyShowsBanner();
    void serviceWithoutCreationCannotRotate();
    void signInTwiceKeepsNamesApart();
    void noKeychainAsksBeforeSigningIn();
    void connectXWithDocumentedOptions();
    void verifyThatCostsAsksFirst();
    void noKeyInAnyFileOrLog();

private:
    ApiKeysPane *pane() const { return m_fixture.window->apiKeysPane(); }
    // The demo sandbox's log of the requests whose path ends with `pathSuffix`.
    nlohmann::json sandboxRequests(const QString &pathSuffix);
    SignInDialog *openSignIn();
    QModelIndex setNamed(const QString &name) const;

    KeyPaneFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_connectionsTester;
    std::unique_ptr<QAbstractItemModelTester> m_setsTester;
};

void tst_SignInFlows::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signinflows"));
    const QString problem = m_fixture.start();
    if (problem.startsWith(QLatin1String("CREATORDESK_SANDBOX")))
        QSKIP(qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_connectionsTester = std::make_unique<QAbstractItemModelTester>(
        m_fixture.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_setsTester = std::make_unique<QAbstractItemModelTester>(
        pane()->socialSetsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SignInFlows::cleanupTestCase()
{
    m_setsTester.reset();
    m_connectionsTester.reset();
    m_fixture.stop();
    qInstallMessageHandler(g_previousHandler);
}

QModelIndex tst_SignInFlows::setNamed(const QString &name) const
{
    const SocialSetModel *model = pane()->socialSetsPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, 0);
    }
    return {};
}

SignInDialog *tst_SignInFlows::openSignIn()
{
    pane()->connectionsPanel()->signInButton()->click();
    SignInDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = KeyPaneFixture::findDialog<SignInDialog>()); },
                          3000);
    return dialog;
}

void tst_SignInFlows::signInWithEmail()
{
    const int before = m_fixture.model->rowCount();
    SignInDialog *dialog = openSignIn();
    QVERIFY(dialog);
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->emailEdit()->setText(QLatin1String(DemoConnector::DemoEmail));
    dialog->passwordEdit()->setText(QStringLiteral("wrong-password"));
    dialog->signInButton()->click();
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->page(), SignInDialog::FormPage);

    dialog->passwordEdit()->setText(QLatin1String(DemoConnector::DemoPassword));
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE(dialog->page(), SignInDialog::KeyPage);
    const QString key = dialog->keyView()->shownKey();
    m_fixture.secrets.append(key);
    QVERIFY(key.startsWith(QLatin1String("sk-")));
    QVERIFY(!dialog->keyView()->warningText().isEmpty());
    QTRY_VERIFY(dialog->savedText().startsWith(QLatin1String("Saved as the connection")));
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    QCOMPARE(m_fixture.model->index(before, 0).data().toString(),
             QStringLiteral("demo@creatordesk.test (xAIcreator, email)"));
    dialog->close();
    // The key is forgotten by the dialog once closed.
    QTRY_VERIFY(!KeyPaneFixture::findDialog<SignInDialog>());
}

void tst_SignInFlows::signInWithGoogle()
{
    m_fixture.browser.behaviour = FakeBrowser::Behaviour::Follow;
    const int before = m_fixture.model->rowCount();
    SignInDialog *dialog = openSignIn();
    QVERIFY(dialog);
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->googleButton()->click();
    QCOMPARE(dialog->page(), SignInDialog::WaitingPage);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), SignInDialog::KeyPage, 15000);
    QCOMPARE(m_fixture.browser.listenerStatuses.value(0), 200);
    const QString key = dialog->keyView()->shownKey();
    m_fixture.secrets.append(key);
    QVERIFY(key.startsWith(QLatin1String("sk-")));
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    QVERIFY(
        m_fixture.model->index(before, 0).data().toString().contains(QLatin1String("google-user")));
    dialog->close();
}

void tst_SignInFlows::cancelWhileWaitingForBrowser()
{
    m_fixture.browser.behaviour = FakeBrowser::Behaviour::DoNothing;
    const int before = m_fixture.model->rowCount();
    const int opened = m_fixture.browser.opened;
    SignInDialog *dialog = openSignIn();
    QVERIFY(dialog);
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->twitterButton()->click();
    QTRY_COMPARE(m_fixture.browser.opened, opened + 1);
    QTRY_VERIFY(dialog->waitPanel()->statusText().contains(QLatin1String("open this address")));
    dialog->waitPanel()->cancelButton()->click();
    QCOMPARE(dialog->page(), SignInDialog::FormPage);
    // Cancel right after starting, before the service has even answered.
    dialog->googleButton()->click();
    dialog->waitPanel()->cancelButton()->click();
    QCOMPARE(dialog->page(), SignInDialog::FormPage);
    QTest::qWait(300);
    QCOMPARE(dialog->page(), SignInDialog::FormPage);
    QCOMPARE(m_fixture.model->rowCount(), before);
    dialog->close();
    m_fixture.browser.behaviour = FakeBrowser::Behaviour::Follow;
}

void tst_SignInFlows::socialSetsListDemoSets()
{
    m_fixture.window->setActiveConnection(0);
    QTRY_COMPARE(m_fixture.window->activeRow(), 0);
    pane()->setCurrentTab(ApiKeysPane::SocialSetsTab);
    SocialSetModel *model = pane()->socialSetsPanel()->model();
    QTRY_COMPARE(model->rowCount(), 2);
    const QModelIndex personal = setNamed(QStringLiteral("Personal"));
    QVERIFY(personal.isValid());
    QCOMPARE(model->rowCount(personal), 5); // five platforms, one account each
    const QModelIndex brand = setNamed(QStringLiteral("Brand"));
    QVERIFY(brand.isValid());
    QCOMPARE(model->rowCount(brand), 2); // X and LinkedIn
    const QModelIndex x = model->index(0, 0, brand);
    QCOMPARE(x.data().toString(), QStringLiteral("X (Twitter)"));
    QCOMPARE(model->rowCount(x), 2);
    QCOMPARE(model->index(0, 0, x).data().toString(), QStringLiteral("@creatordesk_brand"));
    QCOMPARE(model->index(1, 0, x).data(SocialSetModel::AccountIdRole).toString(),
             QStringLiteral("acc-brand-twitter-expired"));
    QVERIFY(pane()->socialSetsPanel()->connectButton()->isEnabled());
}

void tst_SignInFlows::tokenExpiredShowsBanner()
{
    MainWindow *window = m_fixture.window.get();
    window->setCurrentPane(MainWindow::Drafts);
    ApiClient *api = window->activeClient();
    QVERIFY(api);
    BannerBar *banner = window->problemBanner();
    QVERIFY(!banner->isVisible());
    TwitterPublishRequest request;
    request.draftId = QStringLiteral("draft-idea");
    request.accountIds = {QStringLiteral("acc-brand-twitter-expired")};
    request.jobId = QStringLiteral("tst-token-expired");
    std::optional<ApiError> error;
    api->publishToTwitter(request, this, [&error](const Result<PublishOutcome> &r) {
        error = r ? std::nullopt : std::optional<ApiError>(r.error());
    });
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(error && error->code == QLatin1String("TOKEN_EXPIRED"));
    QVERIFY2(banner->text().contains(QLatin1String("expired")), qPrintable(banner->text()));
    // The person stays where they were.
    QCOMPARE(window->currentPane(), MainWindow::Drafts);

    // Reconnect from the banner: the X account flow, in a dialog of its own.
    banner->actionButton()->click();
    ConnectXAccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<ConnectXAccountDialog>()));
    dialog->selectSet(QStringLiteral("set-brand"));
    dialog->connectButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ConnectXAccountDialog::ResultPage, 15000);
    QVERIFY2(dialog->resultText().contains(QLatin1String("connected to \"Brand\"")),
             qPrintable(dialog->resultText()));
    dialog->close();
    QCOMPARE(window->currentPane(), MainWindow::Drafts);
    // The new account appears under X in "Brand".
    SocialSetModel *model = pane()->socialSetsPanel()->model();
    QTRY_VERIFY(setNamed(QStringLiteral("Brand")).isValid() &&
                model->rowCount(model->index(0, 0, setNamed(QStringLiteral("Brand")))) == 3);
}

void tst_SignInFlows::refusedKeyShowsBanner()
{
    MainWindow *window = m_fixture.window.get();
    HttpClient *http = window->activeHttp();
    const QString key = http->apiKey();
    http->setApiKey(QStringLiteral("sk-unknown-000000000000000000000000"));
    window->draftsPane()->refresh();
    QTRY_VERIFY(window->problemBanner()->text().contains(QLatin1String("refused the key")));
    http->setApiKey(key);
    window->problemBanner()->actionButton()->click();
    QCOMPARE(window->currentPane(), MainWindow::ApiKeys);
}

void tst_SignInFlows::serviceWithoutCreationCannotRotate()
{
    // The generic API lists and revokes keys but creates them only in its dashboard.
    const ServiceDescriptor *example = m_fixture.registry.find(QStringLiteral("example"));
    QUrl url = m_fixture.sandbox.rootUrl();
    url.setPath(example->sandboxPath);
    const QString key = QStringLiteral("sk_test_demo0000000000000000");
    m_fixture.secrets.append(key);
    ConnectionRecord record =
        ConnectionRecord::forKey(*example, QStringLiteral("Generic"), url, key);
    bool stored = false;
    m_fixture.store->add(record, key, this, [&stored](const SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    const int row = m_fixture.model->rowCount() - 1;
    QCOMPARE(m_fixture.model->index(row, 0).data(ConnectionModel::EnvironmentBadgeRole).toString(),
             QStringLiteral("TEST"));

    // Enter on a connection makes it the active one; its key comes from the keychain.
    m_fixture.window->setCurrentPane(MainWindow::ApiKeys);
    pane()->setCurrentTab(ApiKeysPane::KeysTab);
    QTableView *view = pane()->connectionsPanel()->view();
    pane()->connectionsPanel()->selectRow(row);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_fixture.window->activeRow(), row);
    ServerKeysPanel *keys = pane()->serverKeysPanel();
    QTRY_VERIFY(keys->model()->loadState()->hasLoaded());
    QCOMPARE(keys->model()->rowCount(), 2);
    bool marked = false;
    for (int r = 0; r < keys->model()->rowCount(); ++r)
        marked |= keys->model()->index(r, 0).data(RemoteKeyModel::NeedsRotationRole).toBool();
    QVERIFY(marked); // "Old Test Key" is 120 days old
    QVERIFY(!keys->createButton()->isEnabled());
    QVERIFY(!keys->rotateButton()->isEnabled());
    QVERIFY(keys->rotateButton()->toolTip().contains(QLatin1String("cannot rotate")));
    m_fixture.window->setActiveConnection(0);
}

nlohmann::json tst_SignInFlows::sandboxRequests(const QString &pathSuffix)
{
    QUrl url = m_fixture.sandbox.rootUrl();
    url.setPath(QStringLiteral("/_sandbox/requests"));
    QNetworkReply *reply = m_fixture.network.get(QNetworkRequest(url));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const auto all = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    nlohmann::json kept = nlohmann::json::array();
    if (!all.is_object() || !all.contains("requests"))
        return kept;
    for (const auto &entry : all["requests"]) {
        if (QString::fromStdString(entry.value("path", std::string())).endsWith(pathSuffix))
            kept.push_back(entry);
    }
    return kept;
}

void tst_SignInFlows::signInTwiceKeepsNamesApart()
{
    const int before = m_fixture.model->rowCount();
    SignInDialog *dialog = openSignIn();
    QVERIFY(dialog);
    dialog->setBaseUrl(m_fixture.xaiUrl());
    dialog->emailEdit()->setText(QLatin1String(DemoConnector::DemoEmail));
    dialog->passwordEdit()->setText(QLatin1String(DemoConnector::DemoPassword));
    dialog->signInButton()->click();
    QTRY_COMPARE(dialog->page(), SignInDialog::KeyPage);
    m_fixture.secrets.append(dialog->keyView()->shownKey());
    QTRY_COMPARE(m_fixture.model->rowCount(), before + 1);
    QCOMPARE(m_fixture.model->index(before, 0).data().toString(),
             QStringLiteral("demo@creatordesk.test (xAIcreator, email) (2)"));
    dialog->close();
    QTRY_VERIFY(!KeyPaneFixture::findDialog<SignInDialog>());
}

void tst_SignInFlows::noKeychainAsksBeforeSigningIn()
{
    // A keychain that does not answer: nothing is asked of the server until the person agrees.
    NoKeychain none;
    MemorySecretStore session;
    QTemporaryDir dir;
    ConnectionStore store(&none, &session, dir.filePath(QStringLiteral("c.ini")));
    ConnectionModel connections;
    connections.setStore(&store, &m_fixture.registry, &m_fixture.network);
    SignInDialog dialog(m_fixture.registry, &connections, &m_fixture.network,
                        m_fixture.browser.launcher(), nullptr);
    dialog.setBaseUrl(m_fixture.xaiUrl());
    dialog.show();
    dialog.emailEdit()->setText(QLatin1String(DemoConnector::DemoEmail));
    dialog.passwordEdit()->setText(QLatin1String(DemoConnector::DemoPassword));
    const size_t logins = sandboxRequests(QStringLiteral("/auth/login")).size();
    dialog.signInButton()->click();
    const QString question = KeyPaneFixture::answer("cancelButton");
    QVERIFY2(question.contains(QLatin1String("shows a new key only once")), qPrintable(question));
    QCOMPARE(dialog.page(), SignInDialog::FormPage);
    QCOMPARE(sandboxRequests(QStringLiteral("/auth/login")).size(), logins);

    dialog.signInButton()->click();
    QVERIFY(!KeyPaneFixture::answer("confirmButton").isEmpty());
    QTRY_COMPARE(dialog.page(), SignInDialog::KeyPage);
    m_fixture.secrets.append(dialog.keyView()->shownKey());
    QVERIFY2(dialog.savedText().contains(QLatin1String("this run only")),
             qPrintable(dialog.savedText()));
    QCOMPARE(store.records().size(), 1);
    QVERIFY(store.records().first().sessionOnly);
    dialog.close();
}

void tst_SignInFlows::connectXWithDocumentedOptions()
{
    MainWindow *window = m_fixture.window.get();
    window->setActiveConnection(0);
    window->setCurrentPane(MainWindow::ApiKeys);
    pane()->setCurrentTab(ApiKeysPane::SocialSetsTab);
    SocialSetModel *model = pane()->socialSetsPanel()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    const int sets = model->rowCount();
    pane()->socialSetsPanel()->connectButton()->click();
    ConnectXAccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = KeyPaneFixture::findDialog<ConnectXAccountDialog>()));
    dialog->createNewButton()->click();
    dialog->followBox()->setChecked(true);
    dialog->connectButton()->click();
    QCOMPARE(dialog->page(), ConnectXAccountDialog::WaitingPage);
    // The wait says what it waits for, and Cancel stays there.
    QTRY_VERIFY(!dialog->waitPanel()->noteText().isEmpty());
    QVERIFY(dialog->waitPanel()->cancelButton()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ConnectXAccountDialog::ResultPage, 15000);
    QVERIFY2(dialog->resultText().contains(QLatin1String("connected")),
             qPrintable(dialog->resultText()));
    dialog->close();
    const auto sent = sandboxRequests(QStringLiteral("/api/v1/twitter/auth"));
    QVERIFY(!sent.empty());
    QCOMPARE(QString::fromStdString(sent.back()["body"].dump()),
             QStringLiteral(R"({"followOnX":true,"mode":"create_new"})"));
    QTRY_COMPARE(model->rowCount(), sets + 1); // the new social set
}

void tst_SignInFlows::verifyThatCostsAsksFirst()
{
    const ServiceDescriptor *oqui = m_fixture.registry.find(QStringLiteral("oqui"));
    QUrl url = m_fixture.sandbox.rootUrl();
    url.setPath(oqui->sandboxPath);
    const QString key = QStringLiteral("ckiq_test_demo0000000000000000000000");
    m_fixture.secrets.append(key);
    bool stored = false;
    m_fixture.store->add(ConnectionRecord::forKey(*oqui, QStringLiteral("Assessments"), url, key),
                         key, this, [&stored](const SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    const int row = m_fixture.model->rowCount() - 1;
    m_fixture.window->setCurrentPane(MainWindow::ApiKeys);
    pane()->setCurrentTab(ApiKeysPane::KeysTab);
    ConnectionsPanel *panel = pane()->connectionsPanel();
    panel->selectRow(row);
    const size_t assessed = sandboxRequests(QStringLiteral("/assess")).size();
    panel->verifyButton()->click();
    const QString question = KeyPaneFixture::answer("cancelButton");
    QVERIFY2(question.contains(QLatin1String("costs 1 credit")), qPrintable(question));
    QTest::qWait(200);
    QCOMPARE(sandboxRequests(QStringLiteral("/assess")).size(), assessed);

    panel->verifyButton()->click();
    QVERIFY(!KeyPaneFixture::answer("confirmButton").isEmpty());
    QTRY_VERIFY(panel->statusText().contains(QLatin1String("The key works")));
    QCOMPARE(sandboxRequests(QStringLiteral("/assess")).size(), assessed + 1);
    m_fixture.window->setActiveConnection(0);
}

void tst_SignInFlows::noKeyInAnyFileOrLog()
{
    m_fixture.window->close();
    QSettings().sync();
    int scanned = 0;
    const QStringList leaks = KeyPaneFixture::filesContaining(m_fixture.secrets, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(scanned >= 2);
    QVERIFY(m_fixture.secrets.size() >= 3);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : std::as_const(m_fixture.secrets))
            QVERIFY2(!message.contains(secret), "a full key was logged");
    }
}

QTEST_MAIN(tst_SignInFlows)
#include "tst_signinflows.moc"
