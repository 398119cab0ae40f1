// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, tool bar and the actions behind them.
#include "MainWindow.h"

#include "PaneStack.h"
#include "SectionSidebar.h"
#include "connections/AccountLimits.h"
#include "connections/AccountStatus.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftsPane.h"
#include "drafts/ImportDialog.h"
#include "keys/ApiKeysPane.h"
#include "schedule/SchedulePane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace CreatorDesk {

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction =
        fileMenu->addAction(tr("&Import posts…"), this, [this] { importPosts(); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAction->setStatusTip(tr("Drafts from a CSV, text or Markdown file, previewed first"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int pane = 0; pane < PaneCount; ++pane) {
        QAction *action =
            goMenu->addAction(m_sidebar->item(pane)->icon(), m_sidebar->item(pane)->text(), this,
                              [this, pane] { setCurrentPane(Pane(pane)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + pane)));
        // Shown beside each section so the shortcut can be found without the menu.
        m_sidebar->item(pane)->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
    goMenu->addSeparator();
    // One action for the menu and the tool bar.
    m_refreshAction = goMenu->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                        tr("&Refresh"), this, &MainWindow::refreshCurrentPane);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(
        tr("Load the current section again (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Creator Desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    auto *label = new QLabel(tr("C&onnection:"), toolBar);
    label->setBuddy(m_connectionBox);
    label->setContentsMargins(6, 0, 6, 0);
    m_connectionBox->setAccessibleName(tr("Active connection"));
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionBox->setMinimumContentsLength(24);
    m_connectionBox->setPlaceholderText(tr("No connection"));
    toolBar->addWidget(label);
    toolBar->addWidget(m_connectionBox);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

void MainWindow::refreshCurrentPane()
{
    switch (currentPane()) {
    case ApiKeys:
        apiKeysPane()->refresh();
        break;
    case Drafts:
        m_draftsPane->refresh();
        break;
    case Schedule:
        schedulePane()->refresh();
        break;
    case Credits:
    case PaneCount:
        break;
    }
    m_accountStatus->refresh();
}

ImportDialog *MainWindow::importPosts(const QString &file)
{
    // The rows may name any account of the social sets; they are judged with the strictest of
    // those accounts' own limits, as the editor judges a draft to several accounts.
    const QList<SocialSet> &sets = m_socialSets->sets();
    QList<LocalDraft::Account> accounts;
    for (const SocialSet &set : sets) {
        for (const SocialAccount &account : set.accounts)
            accounts.append({account.accountId, set.id, account.platformName, account.username});
    }
    const PlatformLimits limits =
        m_accountLimits ? m_accountLimits->limitsFor(accounts) : PlatformLimits();
    auto *dialog = new ImportDialog(m_draftsPane->store(), m_activeClient,
                                    ImportAccount::fromSocialSets(sets), limits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](const QString &summary) {
        statusBar()->showMessage(summary, 15'000);
        if (isPaneBuilt(Schedule))
            schedulePane()->refresh();
    });
    dialog->open();
    if (file.isEmpty())
        dialog->chooseFile();
    else
        dialog->openFile(file);
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Creator Desk"),
                       tr("<h3>Creator Desk %1</h3><p>Write, schedule and publish posts through "
                          "API-key services.</p><p>Licensed under the GNU General Public License, "
                          "version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace CreatorDesk
