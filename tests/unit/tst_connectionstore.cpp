// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/MemorySecretStore.h"
#include "storage/ConnectionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

namespace {

SecretResult wait(const std::function<void(SecretHandler)> &call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
    return result.value_or(
        SecretResult{SecretResult::Status::Failed, {}, QStringLiteral("time-out")});
}

ConnectionRecord record(const QString &name, bool sessionOnly = false)
{
    ConnectionRecord r;
    r.serviceId = QStringLiteral("xquik");
    r.displayName = name;
    r.baseUrl = QUrl(QStringLiteral("https://xquik.com/api/v1"));
    r.keyPrefix = QStringLiteral("xq_a1b2\u2026");
    r.environment = KeyEnvironment::Live;
    r.sessionOnly = sessionOnly;
    return r;
}

const QString secretKey = QStringLiteral("xq_a1b2") + QStringLiteral("f").repeated(60);

} // namespace

class TestConnectionStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addPersistsRecordNotKey();
    void removeDeletesKey();
    void sessionOnlyIsForgotten();
    void replaceKeyAndVerification();
    void failedKeyWriteAddsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
};

// A keychain that refuses every write, as a locked or missing one does.
class RefusingStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    void write(const QString &, const QString &, QObject *, SecretHandler handler) override
    {
        handler({SecretResult::Status::Unavailable, {}, QStringLiteral("no keychain")});
    }
    void read(const QString &, QObject *, SecretHandler handler) override
    {
        handler({SecretResult::Status::Unavailable, {}, {}});
    }
    void remove(const QString &, QObject *, SecretHandler handler) override
    {
        handler({SecretResult::Status::Unavailable, {}, {}});
    }
    void probe(QObject *, SecretHandler handler) override
    {
        handler({SecretResult::Status::Unavailable, {}, {}});
    }
};

void TestConnectionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectionStore::addPersistsRecordNotKey()
{
    MemorySecretStore keychain;
    MemorySecretStore session;
    {
        ConnectionStore store(&keychain, &session, settingsFile());
        QSignalSpy changed(&store, &ConnectionStore::changed);
        QVERIFY(wait([&](SecretHandler h) {
                    store.add(record(QStringLiteral("Work")), secretKey, this, h);
                }).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.records().size(), 1);
        QVERIFY(keychain.contains(store.records().first().secretAccount()));
    }
    // A new store (a restart) finds the record; its key is only in the keychain.
    ConnectionStore reopened(&keychain, &session, settingsFile());
    QCOMPARE(reopened.records().size(), 1);
    const ConnectionRecord found = reopened.records().first();
    QCOMPARE(found.displayName, QStringLiteral("Work"));
    QCOMPARE(found.environment, std::optional<KeyEnvironment>(KeyEnvironment::Live));
    QVERIFY(found.secretAccount().startsWith(QLatin1String("creatordesk:xquik:xquik.com:")));
    const SecretResult key = wait([&](SecretHandler h) { reopened.readKey(found.id, this, h); });
    QVERIFY(key.ok());
    QCOMPARE(key.secret, secretKey);

    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Work"));
    QVERIFY2(!contents.contains(secretKey.toUtf8()), "the key must never be in the settings file");
    QVERIFY(!contents.contains(secretKey.mid(8).toUtf8()));
}

void TestConnectionStore::removeDeletesKey()
{
    MemorySecretStore keychain;
    MemorySecretStore session;
    ConnectionStore store(&keychain, &session, settingsFile());
    QVERIFY(wait([&](SecretHandler h) {
                store.add(record(QStringLiteral("A")), secretKey, this, h);
            }).ok());
    const ConnectionRecord added = store.records().first();
    QVERIFY(wait([&](SecretHandler h) { store.remove(added.id, this, h); }).ok());
    QVERIFY(store.records().isEmpty());
    QVERIFY(!keychain.contains(added.secretAccount()));
    QCOMPARE(wait([&](SecretHandler h) { store.remove(added.id, this, h); }).status,
             SecretResult::Status::NotFound);
    QCOMPARE(ConnectionStore(&keychain, &session, settingsFile()).records().size(), 0);
}

void TestConnectionStore::sessionOnlyIsForgotten()
{
    MemorySecretStore keychain;
    MemorySecretStore session;
    ConnectionStore store(&keychain, &session, settingsFile());
    QVERIFY(wait([&](SecretHandler h) {
                store.add(record(QStringLiteral("Temp"), true), secretKey, this, h);
            }).ok());
    const ConnectionRecord added = store.records().first();
    QVERIFY(session.contains(added.secretAccount()));
    QVERIFY(!keychain.contains(added.secretAccount()));
    QCOMPARE(store.records().size(), 1);
    QCOMPARE(ConnectionStore(&keychain, &session, settingsFile()).records().size(), 0);
}

void TestConnectionStore::replaceKeyAndVerification()
{
    MemorySecretStore keychain;
    MemorySecretStore session;
    ConnectionStore store(&keychain, &session, settingsFile());
    QVERIFY(wait([&](SecretHandler h) {
                store.add(record(QStringLiteral("R")), secretKey, this, h);
            }).ok());
    const QString id = store.records().first().id;
    const QString newKey = QStringLiteral("xq_c3d4") + QStringLiteral("0").repeated(60);
    QVERIFY(wait([&](SecretHandler h) {
                store.replaceKey(id, newKey, QStringLiteral("xq_c3d4\u2026"), this, h);
            }).ok());
    QCOMPARE(wait([&](SecretHandler h) { store.readKey(id, this, h); }).secret, newKey);
    QCOMPARE(store.record(id)->keyPrefix, QStringLiteral("xq_c3d4\u2026"));

    const QDateTime when = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    store.setVerification(id, when, QStringLiteral("Works"));
    const ConnectionStore reopened(&keychain, &session, settingsFile());
    QCOMPARE(reopened.record(id)->lastVerified, when);
    QCOMPARE(reopened.record(id)->lastStatus, QStringLiteral("Works"));
}

void TestConnectionStore::failedKeyWriteAddsNothing()
{
    RefusingStore keychain;
    MemorySecretStore session;
    ConnectionStore store(&keychain, &session, settingsFile());
    const SecretResult result =
        wait([&](SecretHandler h) { store.add(record(QStringLiteral("X")), secretKey, this, h); });
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QVERIFY(store.records().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
