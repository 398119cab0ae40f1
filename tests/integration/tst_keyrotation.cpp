// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"
#include "auth/KeyRotation.h"
#include "auth/KeyVerifier.h"
#include "auth/MemorySecretStore.h"
#include "storage/ConnectionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {

// A keychain that takes the first key and refuses every later write, as a keychain that
// locks mid-way does.
class LockingSecretStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    void write(const QString &account, const QString &secret, QObject *context,
               SecretHandler handler) override
    {
        if (m_writes++ > 0) {
            handler({SecretResult::Status::Denied, {}, QStringLiteral("the keychain is locked")});
            return;
        }
        m_memory.write(account, secret, context, std::move(handler));
    }
    void read(const QString &account, QObject *context, SecretHandler handler) override
    {
        m_memory.read(account, context, std::move(handler));
    }
    void remove(const QString &account, QObject *context, SecretHandler handler) override
    {
        m_memory.remove(account, context, std::move(handler));
    }
    void probe(QObject *context, SecretHandler handler) override
    {
        m_memory.probe(context, std::move(handler));
    }

private:
    MemorySecretStore m_memory;
    int m_writes = 0;
};

bool keyWorks(Connection &connection, const QString &key)
{
    connection.http->setApiKey(key);
    return await<Verification>(
               [&](QObject *c, auto h) { return KeyVerifier::verify(*connection.http, c, h); })
        .ok();
}

} // namespace

class TestKeyRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rotates_data();
    void rotates();
    void failureWhileSwitchingRollsBack();
    void failureWhileCreatingChangesNothing();
    void serviceWithoutCreation();

private:
    // A key of its own for each case, so revoking it touches no other test.
    QString freshKey(const QString &service);
    struct Setup
    {
        std::unique_ptr<Connection> connection;
        std::unique_ptr<ConnectionStore> store;
        QString id;
    };
    Setup setUp(const QString &service, const QString &key, SecretStore *keychain);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    MemorySecretStore m_session;
};

void TestKeyRotation::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestKeyRotation::cleanup()
{
    QVERIFY(m_sandbox.setFaults(0));
}

QString TestKeyRotation::freshKey(const QString &service)
{
    Connection seed(
        m_sandbox, service,
        service == QLatin1String("xquik")
            ? QStringLiteral("xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            : demoKey);
    const auto remote = RemoteKeys::create(seed.http.get());
    const auto created = await<CreatedKey>(
        [&](QObject *c, auto h) { return remote->create(QStringLiteral("rotation test"), c, h); });
    return created.ok() ? created.value().fullKey : QString();
}

TestKeyRotation::Setup TestKeyRotation::setUp(const QString &service, const QString &key,
                                              SecretStore *keychain)
{
    Setup setup;
    setup.connection = std::make_unique<Connection>(m_sandbox, service, key);
    setup.store = std::make_unique<ConnectionStore>(
        keychain, &m_session,
        m_dir.filePath(QUuid::createUuid().toString() + QStringLiteral(".ini")));
    ConnectionRecord record;
    record.serviceId = service;
    record.displayName = QStringLiteral("Rotating");
    record.baseUrl = setup.connection->http->baseUrl();
    std::optional<SecretResult> added;
    setup.store->add(record, key, this, [&added](const SecretResult &r) { added = r; });
    (void)QTest::qWaitFor([&] { return added.has_value(); }, 5000);
    setup.id = setup.store->records().value(0).id;
    return setup;
}

void TestKeyRotation::rotates_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("xaicreator") << "xaicreator";
    QTest::newRow("xquik") << "xquik";
}

void TestKeyRotation::rotates()
{
    QFETCH(QString, service);
    const QString oldKey = freshKey(service);
    QVERIFY(!oldKey.isEmpty());
    MemorySecretStore keychain;
    Setup setup = setUp(service, oldKey, &keychain);
    QVERIFY(!setup.id.isEmpty());

    KeyRotation rotation(setup.connection->http.get(), setup.store.get(), setup.id,
                         &setup.connection->network);
    QSignalSpy steps(&rotation, &KeyRotation::stepChanged);
    QSignalSpy finished(&rotation, &KeyRotation::finished);
    rotation.start();
    QVERIFY(finished.wait(20'000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("old one is revoked")));
    QCOMPARE(steps.count(), 5);

    std::optional<SecretResult> stored;
    setup.store->readKey(setup.id, this, [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    const QString newKey = stored->secret;
    QVERIFY(newKey != oldKey);
    QVERIFY(setup.connection->http->service().formatOf(newKey).has_value());
    QVERIFY(keyWorks(*setup.connection, newKey));
    QVERIFY(!keyWorks(*setup.connection, oldKey));
}

void TestKeyRotation::failureWhileSwitchingRollsBack()
{
    const QString oldKey = freshKey(QStringLiteral("xaicreator"));
    LockingSecretStore keychain;
    Setup setup = setUp(QStringLiteral("xaicreator"), oldKey, &keychain);
    QVERIFY(!setup.id.isEmpty());
    const int keysBefore =
        await<ApiKeyList>([&](QObject *c, auto h) { return setup.connection->api->apiKeys(c, h); })
            .value()
            .keys.size();

    KeyRotation rotation(setup.connection->http.get(), setup.store.get(), setup.id,
                         &setup.connection->network);
    QSignalSpy finished(&rotation, &KeyRotation::finished);
    rotation.start();
    QVERIFY(finished.wait(20'000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("could not be saved")) &&
                 message.contains(QStringLiteral("keeps its old key")),
             qPrintable(message));

    // The old key still works, and the new key is gone again.
    QVERIFY(keyWorks(*setup.connection, oldKey));
    const auto keys =
        await<ApiKeyList>([&](QObject *c, auto h) { return setup.connection->api->apiKeys(c, h); });
    QCOMPARE(keys.value().keys.size(), keysBefore);
}

void TestKeyRotation::failureWhileCreatingChangesNothing()
{
    const QString oldKey = freshKey(QStringLiteral("xaicreator"));
    MemorySecretStore keychain;
    Setup setup = setUp(QStringLiteral("xaicreator"), oldKey, &keychain);
    QVERIFY(m_sandbox.setFaults(1.0));
    KeyRotation rotation(setup.connection->http.get(), setup.store.get(), setup.id,
                         &setup.connection->network);
    QSignalSpy finished(&rotation, &KeyRotation::finished);
    rotation.start();
    QVERIFY(finished.wait(20'000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(m_sandbox.setFaults(0));
    QVERIFY(keyWorks(*setup.connection, oldKey));
}

void TestKeyRotation::serviceWithoutCreation()
{
    MemorySecretStore keychain;
    Setup setup =
        setUp(QStringLiteral("example"), QStringLiteral("sk_test_demo0000000000000000"), &keychain);
    KeyRotation rotation(setup.connection->http.get(), setup.store.get(), setup.id,
                         &setup.connection->network);
    QSignalSpy finished(&rotation, &KeyRotation::finished);
    rotation.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("dashboard")));
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
