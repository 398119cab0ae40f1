// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real OS keychain (in CI: gnome-keyring in a private D-Bus session).
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "storage/ConnectionStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace CreatorDesk;

namespace {
SecretResult wait(const std::function<void(SecretHandler)> &call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
    return result.value_or(
        SecretResult{SecretResult::Status::Failed, {}, QStringLiteral("time-out")});
}
} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove_data();
    void writeReadRemove();
    void connectionLifecycle();

private:
    KeychainSecretStore m_keychain{QStringLiteral("CreatorDesk-tests")};
};

void TestKeychain::initTestCase()
{
    const SecretResult probe = wait([&](SecretHandler h) { m_keychain.probe(this, h); });
    QVERIFY2(probe.ok(),
             qPrintable(QStringLiteral("no keychain in this session: ") + probe.message));
}

void TestKeychain::writeReadRemove_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("xquik") << QString(QStringLiteral("xq_") + QStringLiteral("ab").repeated(32));
    QTest::newRow("oqui") << "ckiq_test_abcdefghijklmnopqrstuv";
    QTest::newRow("unicode") << QStringLiteral("sk-\u00e9\u4e2d\U0001F511-key-000000000");
}

void TestKeychain::writeReadRemove()
{
    QFETCH(QString, secret);
    const QString account =
        QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(wait([&](SecretHandler h) { m_keychain.read(account, this, h); }).status,
             SecretResult::Status::NotFound);
    QVERIFY(wait([&](SecretHandler h) { m_keychain.write(account, secret, this, h); }).ok());
    const SecretResult read = wait([&](SecretHandler h) { m_keychain.read(account, this, h); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);
    QVERIFY(wait([&](SecretHandler h) { m_keychain.remove(account, this, h); }).ok());
    QCOMPARE(wait([&](SecretHandler h) { m_keychain.read(account, this, h); }).status,
             SecretResult::Status::NotFound);
    QVERIFY(wait([&](SecretHandler h) { m_keychain.remove(account, this, h); }).ok()); // idempotent
}

void TestKeychain::connectionLifecycle()
{
    QTemporaryDir dir;
    MemorySecretStore session;
    const QString settings = dir.filePath(QStringLiteral("settings.ini"));
    const QString key = QStringLiteral("xq_") + QStringLiteral("cd").repeated(32);
    ConnectionRecord record;
    record.serviceId = QStringLiteral("xquik");
    record.displayName = QStringLiteral("Keychain test");
    record.baseUrl = QUrl(QStringLiteral("https://xquik.com/api/v1"));
    QString id;
    {
        ConnectionStore store(&m_keychain, &session, settings);
        QVERIFY(wait([&](SecretHandler h) { store.add(record, key, this, h); }).ok());
        id = store.records().first().id;
    }
    ConnectionStore reopened(&m_keychain, &session, settings);
    QCOMPARE(wait([&](SecretHandler h) { reopened.readKey(id, this, h); }).secret, key);
    const QString account = reopened.record(id)->secretAccount();
    QVERIFY(wait([&](SecretHandler h) { reopened.remove(id, this, h); }).ok());
    QCOMPARE(wait([&](SecretHandler h) { m_keychain.read(account, this, h); }).status,
             SecretResult::Status::NotFound);

    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
