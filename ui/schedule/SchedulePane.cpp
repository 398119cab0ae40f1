// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/SchedulePane.h"

#include "common/BannerBar.h"
#include "common/Confirmation.h"
#include "common/Formatting.h"
#include "common/LoadState.h"
#include "connections/AccountStatus.h"
#include "publish/TargetAccountModel.h"
#include "schedule/CalendarToolBar.h"
#include "schedule/DraftScheduler.h"
#include "schedule/MonthView.h"
#include "schedule/QueueCalendar.h"
#include "schedule/RescheduleController.h"
#include "schedule/ScheduleAgendaView.h"
#include "schedule/ScheduleDialog.h"
#include "schedule/ScheduleEntryPanel.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleNotifier.h"
#include "schedule/ScheduleText.h"
#include "schedule/WeekView.h"

#include <QAction>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

SchedulePane::SchedulePane(SocialSetSource *socialSets, QWidget *parent)
    : QWidget(parent)
    , m_model(new ScheduleModel(this))
    , m_controller(new RescheduleController(m_model, this))
    , m_scheduler(new DraftScheduler(this))
    , m_notifier(new ScheduleNotifier(m_model, this))
    , m_accounts(new TargetAccountModel(socialSets, this))
    , m_banner(new BannerBar(this))
    , m_stack(new QStackedWidget(this))
    , m_month(new MonthView(m_model, this))
    , m_week(new WeekView(m_model, this))
    , m_agenda(new ScheduleAgendaView(m_model, this))
    , m_entryPanel(new ScheduleEntryPanel(m_model, this))
    , m_undo(new QAction(tr("Undo move"), this))
    , m_toolBar(new CalendarToolBar(m_undo, this))
{
    setObjectName(QStringLiteral("schedulePane"));
    connect(m_agenda, &ScheduleAgendaView::currentEntryChanged, this,
            &SchedulePane::updateEntryPanel);
    connect(m_agenda, &ScheduleAgendaView::cancelRequested, this, &SchedulePane::cancelSelected);
    connect(m_agenda, &QListView::activated, this, &SchedulePane::editSelectedTime);
    // A "+N more" marker of the week opens the agenda, where every entry is listed.
    connect(m_week, &WeekView::overflowActivated, this, [this](int firstHiddenEntry) {
        setView(Agenda);
        m_agenda->showEntry(firstHiddenEntry);
        m_agenda->setFocus(Qt::OtherFocusReason);
    });
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);
    connectCalendar(m_month);
    connectCalendar(m_week);

    m_undo->setObjectName(QStringLiteral("undoMove"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (const QString reason = m_controller->undo(); !reason.isEmpty())
            showMessage(true, reason);
    });
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &SchedulePane::refresh);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_entryPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({800, 120});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    connect(m_toolBar, &CalendarToolBar::previousRequested, this, &SchedulePane::goPrevious);
    connect(m_toolBar, &CalendarToolBar::todayRequested, this, &SchedulePane::goToday);
    connect(m_toolBar, &CalendarToolBar::nextRequested, this, &SchedulePane::goNext);
    connect(m_toolBar, &CalendarToolBar::viewChosen, this, [this](int id) { setView(View(id)); });
    connect(m_toolBar, &CalendarToolBar::zoneChosen, this, &SchedulePane::setTimeZone);
    connect(m_toolBar, &CalendarToolBar::refreshRequested, this, &SchedulePane::refresh);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_controller, &RescheduleController::undoAvailableChanged, m_undo,
            &QAction::setEnabled);
    connect(m_controller, &RescheduleController::failed, this,
            [this](const QString &message) { showMessage(true, message); });
    connect(m_controller, &RescheduleController::moved, this,
            [this](const QString &draftId, const QDateTime &, const QDateTime &to) {
                showMessage(false, tr("Moved to %1. Undo with Ctrl+Z.")
                                       .arg(ScheduleText::time(to, m_grid.zone(), true)));
                // Keep the moved entry selected once the list is back.
                m_month->selectEntry(draftId, to);
                m_week->selectEntry(draftId, to);
            });
    connect(m_controller, &RescheduleController::cancelled, this,
            [this] { showMessage(false, tr("The post was taken off the schedule.")); });
    connect(m_controller, &RescheduleController::retried, this,
            [this](const QString &, const QString &, const QDateTime &at) {
                showMessage(
                    false,
                    tr("Retry scheduled for %1.").arg(ScheduleText::time(at, m_grid.zone(), true)));
            });
    connect(m_scheduler, &DraftScheduler::failed, this,
            [this](const QString &message) { showMessage(true, message); });
    connect(m_scheduler, &DraftScheduler::scheduled, this,
            [this](const QString &, const QString &, const QDateTime &when) {
                showMessage(
                    false,
                    tr("Scheduled for %1.").arg(ScheduleText::time(when, m_grid.zone(), true)));
                setAnchorDate(m_grid.dateOf(when));
                m_model->refresh();
            });
    connect(m_notifier, &ScheduleNotifier::notified, this,
            [this](const QString &, const QString &message, bool failure, bool viaTray) {
                if (!viaTray)
                    showMessage(failure, message);
            });
    connect(m_entryPanel, &ScheduleEntryPanel::retryRequested, this,
            [this](const ScheduleItem &item) {
                if (const QString reason = m_controller->retry(item); !reason.isEmpty())
                    showMessage(true, reason);
            });
    connect(m_entryPanel, &ScheduleEntryPanel::editRequested, this,
            &SchedulePane::editSelectedTime);
    connect(m_entryPanel, &ScheduleEntryPanel::cancelRequested, this,
            &SchedulePane::cancelSelected);
    connect(m_model, &ScheduleModel::entriesChanged, this, &SchedulePane::updateEntryPanel);
    connect(m_model->loadState(), &LoadState::changed, this, [this] {
        const LoadState *state = m_model->loadState();
        if (state->isLoading())
            m_toolBar->setStateText(tr("Updating…"));
        else if (!state->errorText().isEmpty())
            m_toolBar->setStateText(state->errorText());
        else if (state->hasLoaded() && m_model->rowCount() == 0)
            m_toolBar->setStateText(tr("Nothing is scheduled yet: open a draft and press "
                                       "Schedule…, or drag one from the drafts list here."));
        else if (state->hasLoaded())
            m_toolBar->setStateText(tr("Updated %1").arg(Formatting::localTime(state->loadedAt())));
    });

    setTimeZone(QTimeZone::systemTimeZone());
    setView(Month);
    setClient(nullptr);
}

void SchedulePane::connectCalendar(CalendarView *view)
{
    connect(view, &CalendarView::moveRequested, this,
            [this](const QString &draftId, const QDateTime &from, const QDateTime &to) {
                if (const QString reason = m_controller->move(draftId, from, to); !reason.isEmpty())
                    showMessage(true, reason);
            });
    connect(view, &CalendarView::cancelRequested, this, &SchedulePane::cancelSelected);
    connect(view, &CalendarView::editRequested, this, &SchedulePane::editSelectedTime);
    connect(view, &CalendarView::draftDropped, this, &SchedulePane::scheduleDraft);
    connect(view, &CalendarView::selectionChanged, this, &SchedulePane::updateEntryPanel);
    connect(view, &CalendarView::anchorDateChanged, this, &SchedulePane::setAnchorDate);
}

void SchedulePane::setNotifications(DesktopNotifications *notifications)
{
    m_notifier->setNotifications(notifications);
}

void SchedulePane::setDraftStore(DraftStore *store)
{
    m_store = store;
    m_scheduler->setStore(store);
}

void SchedulePane::setDraftDocument(DraftDocument *document)
{
    m_scheduler->setDocument(document);
}

void SchedulePane::setClient(ApiClient *client)
{
    m_client = client;
    m_controller->setClient(client);
    m_scheduler->setClient(client);
    m_model->setClient(client);
    if (!client)
        m_toolBar->setStateText(m_disconnectedText.isEmpty()
                                    ? tr("Not connected: choose an xAIcreator connection in the "
                                         "toolbar.")
                                    : m_disconnectedText);
}

void SchedulePane::setDisconnectedText(const QString &text)
{
    m_disconnectedText = text;
    if (!m_client)
        setClient(nullptr);
}

void SchedulePane::refresh()
{
    m_model->refresh();
}

QComboBox *SchedulePane::timeZoneBox() const
{
    return m_toolBar->zoneBox();
}

SchedulePane::View SchedulePane::view() const
{
    return View(m_stack->currentIndex());
}

CalendarView *SchedulePane::currentCalendar() const
{
    return qobject_cast<CalendarView *>(m_stack->currentWidget());
}

void SchedulePane::setView(View view)
{
    m_stack->setCurrentIndex(int(view));
    m_toolBar->setView(int(view));
    updateRangeLabel();
    updateEntryPanel();
    if (view == Agenda)
        scrollAgendaToAnchor();
}

void SchedulePane::setTimeZone(const QTimeZone &zone)
{
    m_grid = CalendarGrid(zone, QLocale().firstDayOfWeek());
    m_month->setGrid(m_grid);
    m_week->setGrid(m_grid);
    m_toolBar->setZone(zone);
    m_agenda->setZone(zone);
    updateRangeLabel();
    updateEntryPanel();
}

void SchedulePane::setAnchorDate(const QDate &date)
{
    m_month->setAnchorDate(date);
    m_week->setAnchorDate(date);
    updateRangeLabel();
    scrollAgendaToAnchor();
}

void SchedulePane::goToday()
{
    setAnchorDate(m_grid.dateOf(QDateTime::currentDateTimeUtc()));
}

void SchedulePane::goPrevious()
{
    if (view() == Month)
        setAnchorDate(m_month->anchorDate().addMonths(-1));
    else
        setAnchorDate(m_week->anchorDate().addDays(-7));
}

void SchedulePane::goNext()
{
    if (view() == Month)
        setAnchorDate(m_month->anchorDate().addMonths(1));
    else
        setAnchorDate(m_week->anchorDate().addDays(7));
}

void SchedulePane::updateRangeLabel()
{
    m_toolBar->setRangeText(view() == Month ? m_month->rangeTitle() : m_week->rangeTitle());
}

void SchedulePane::scrollAgendaToAnchor()
{
    m_agenda->scrollToTime(m_grid.startOfDay(m_grid.weekStart(m_week->anchorDate())));
}

int SchedulePane::selectedEntry() const
{
    if (CalendarView *calendar = currentCalendar())
        return calendar->selectedEntry();
    return m_agenda->selectedEntry();
}

void SchedulePane::updateEntryPanel()
{
    m_entryPanel->showEntry(selectedEntry(), m_grid.zone());
}

void SchedulePane::showMessage(bool error, const QString &text)
{
    m_banner->showMessage(error ? BannerBar::Kind::Error : BannerBar::Kind::Information, text);
    Q_EMIT messageShown(error, text);
}

std::optional<qint64> SchedulePane::balance() const
{
    if (m_status && m_status->hasBalance())
        return m_status->balance();
    return std::nullopt;
}

void SchedulePane::setPostingQueue(PostingQueueStore *store)
{
    if (m_queue || !store)
        return;
    m_queue = new QueueCalendar(store, m_model, m_scheduler, m_accounts->source(), m_week, this);
    m_queue->addButtonTo(m_toolBar, this);
    connect(m_queue, &QueueCalendar::message, this, &SchedulePane::showMessage);
}

void SchedulePane::queueDraft(const QString &localDraftId)
{
    const std::optional<LocalDraft> draft = m_scheduler->localDraft(localDraftId);
    if (!draft)
        showMessage(true, tr("That draft is not on this computer any more."));
    else if (!m_client || !m_queue)
        showMessage(true, tr("Not connected: the queue needs an xAIcreator connection."));
    else
        m_queue->addToQueue(*draft, balance());
}

void SchedulePane::scheduleDraft(const QString &localDraftId, const QDateTime &when)
{
    const std::optional<LocalDraft> draft = m_scheduler->localDraft(localDraftId);
    if (!draft) {
        showMessage(true, tr("That draft is not on this computer any more."));
        return;
    }
    const QDateTime suggested =
        when.isValid()
            ? when
            : m_grid.slotTime(m_grid.dateOf(QDateTime::currentDateTimeUtc()).addDays(1), 9 * 60);
    m_accounts->setSelected(draft->accounts);
    const QString title = draft->title.trimmed().isEmpty() ? tr("Untitled draft") : draft->title;
    auto *dialog = new ScheduleDialog(
        title, suggested, m_grid, m_accounts,
        [this, draft = *draft](const ScheduleChoice &choice) {
            return m_scheduler->refusal(draft, choice, balance());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::chosen, this,
            [this, draft = *draft](const ScheduleChoice &choice) {
                if (const QString reason = m_scheduler->schedule(draft, choice, balance());
                    !reason.isEmpty())
                    showMessage(true, reason);
            });
    dialog->open();
}

void SchedulePane::editSelectedTime()
{
    const int entry = selectedEntry();
    if (entry < 0)
        return;
    const ScheduleEntry selected = m_model->entries().at(entry);
    auto *dialog = new ScheduleDialog(
        selected.title, selected.scheduledFor, m_grid, nullptr,
        [](const ScheduleChoice &choice) {
            return ScheduleRules::timeRefusal(choice.when, QDateTime::currentDateTimeUtc());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::chosen, this, [this, selected](const ScheduleChoice &choice) {
        if (const QString reason =
                m_controller->move(selected.draftId, selected.scheduledFor, choice.when);
            !reason.isEmpty())
            showMessage(true, reason);
    });
    dialog->open();
}

void SchedulePane::cancelSelected()
{
    const int entry = selectedEntry();
    if (entry < 0)
        return;
    const ScheduleEntry selected = m_model->entries().at(entry);
    const auto cancel = [this, selected] {
        if (const QString reason =
                m_controller->cancelEntry(selected.draftId, selected.scheduledFor);
            !reason.isEmpty())
            showMessage(true, reason);
    };
    if (m_skipConfirmations) {
        cancel();
        return;
    }
    Confirmation::ask(
        this, tr("Cancel schedule"),
        tr("Take \"%1\" at %2 off the schedule? The draft stays on the server.")
            .arg(selected.title, ScheduleText::time(selected.scheduledFor, m_grid.zone(), true)),
        tr("Cancel schedule"), cancel);
}

} // namespace CreatorDesk
