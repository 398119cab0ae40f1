// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's sections are built when first needed: shown, asked for, or in the
// background after the first paint; each exactly once, in place of its placeholder.
#include "PaneStack.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace CreatorDesk;

class TestPaneStack final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtWhenShown_data();
    void builtWhenShown();
    void builtOnce();
    void remainingBuiltInBackground();

private:
    // Page 0 and 2 lazy, page 1 built at once, as the main window's drafts are.
    void fill();

    std::unique_ptr<PaneStack> m_stack;
    QList<int> m_factoryCalls;
};

void TestPaneStack::init()
{
    m_stack = std::make_unique<PaneStack>();
    m_factoryCalls.clear();
    fill();
}

void TestPaneStack::cleanup()
{
    m_stack.reset();
}

void TestPaneStack::fill()
{
    const auto lazyPage = [this](int index) {
        return [this, index] {
            m_factoryCalls << index;
            auto *label = new QLabel(QStringLiteral("page %1").arg(index), m_stack.get());
            label->setObjectName(QStringLiteral("page%1").arg(index));
            return label;
        };
    };
    m_stack->addLazyPane(lazyPage(0));
    auto *eager = new QLabel(QStringLiteral("page 1"));
    eager->setObjectName(QStringLiteral("page1"));
    m_stack->addPane(eager);
    m_stack->addLazyPane(lazyPage(2));
}

void TestPaneStack::builtWhenShown_data()
{
    QTest::addColumn<int>("shown");
    QTest::addColumn<QList<int>>("built");

    QTest::newRow("the page built at once") << 1 << QList<int>{1};
    QTest::newRow("the first page, current as a placeholder") << 0 << QList<int>{0, 1};
    QTest::newRow("the last page") << 2 << QList<int>{1, 2};
}

void TestPaneStack::builtWhenShown()
{
    QFETCH(int, shown);
    QFETCH(QList<int>, built);

    QCOMPARE(m_stack->count(), 3);
    QVERIFY(!m_stack->isBuilt(0));
    QVERIFY(m_stack->isBuilt(1));
    QVERIFY(!m_stack->isBuilt(2));
    QCOMPARE(m_stack->builtPane(0), nullptr);
    QSignalSpy builtSpy(m_stack.get(), &PaneStack::paneBuilt);

    m_stack->showPane(shown);
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_stack->currentIndex(), shown);
    QCOMPARE(m_stack->currentWidget()->objectName(), QStringLiteral("page%1").arg(shown));
    for (int index = 0; index < m_stack->count(); ++index)
        QCOMPARE(m_stack->isBuilt(index), built.contains(index));
    const bool lazy = shown != 1;
    QCOMPARE(m_factoryCalls, lazy ? QList<int>{shown} : QList<int>{});
    QCOMPARE(builtSpy.size(), lazy ? 1 : 0);
    if (lazy) {
        QCOMPARE(builtSpy.first().at(0).toInt(), shown);
        QCOMPARE(builtSpy.first().at(1).value<QWidget *>(), m_stack->widget(shown));
    }
    // The other pages are still in their places.
    QCOMPARE(m_stack->widget(1)->objectName(), QStringLiteral("page1"));
}

void TestPaneStack::builtOnce()
{
    QWidget *first = m_stack->pane(2);
    QVERIFY(first);
    QCOMPARE(m_stack->pane(2), first);
    m_stack->showPane(2);
    QCOMPARE(m_stack->currentWidget(), first);
    QCOMPARE(m_factoryCalls, QList<int>{2});
    QCOMPARE(m_stack->pane(3), nullptr);
    QCOMPARE(m_stack->pane(-1), nullptr);
}

void TestPaneStack::remainingBuiltInBackground()
{
    m_stack->showPane(1);
    QSignalSpy builtSpy(m_stack.get(), &PaneStack::paneBuilt);
    m_stack->buildRemainingInBackground();
    QVERIFY2(m_factoryCalls.isEmpty(), "built before the event loop ran");
    QTRY_COMPARE(m_factoryCalls, (QList<int>{0, 2}));
    QCOMPARE(builtSpy.size(), 2);
    for (int index = 0; index < m_stack->count(); ++index)
        QCOMPARE(m_stack->widget(index)->objectName(), QStringLiteral("page%1").arg(index));
    QCOMPARE(m_stack->currentIndex(), 1); // what the person sees stays
    m_stack->buildRemainingInBackground();
    QTest::qWait(20);
    QCOMPARE(m_factoryCalls, (QList<int>{0, 2}));
}

QTEST_MAIN(TestPaneStack)
#include "tst_panestack.moc"
