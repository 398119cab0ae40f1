// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/AccountStatus.h"
#include "schedule/CalendarGrid.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace CreatorDesk {

class ApiClient;
class BannerBar;
class CalendarToolBar;
class CalendarView;
class DesktopNotifications;
class DraftDocument;
class DraftScheduler;
class DraftStore;
class MonthView;
class PostingQueueStore;
class QueueCalendar;
class RescheduleController;
class ScheduleAgendaView;
class ScheduleEntryPanel;
class ScheduleModel;
class ScheduleNotifier;
class SocialSetSource;
class TargetAccountModel;
class WeekView;

// The server's publishing queue of the active connection as a calendar (month, week with an
// hour grid, agenda list) in a chosen time zone. Drafts are scheduled by dropping them on a
// day or slot (or from the editor); entries move by dragging, or by Enter; Delete cancels.
class SchedulePane final : public QWidget
{
    Q_OBJECT

public:
    enum View { Month, Week, Agenda };
    Q_ENUM(View)

    // `socialSets` is not owned and outlives the pane.
    explicit SchedulePane(SocialSetSource *socialSets, QWidget *parent = nullptr);

    ScheduleModel *model() const { return m_model; }
    RescheduleController *controller() const { return m_controller; }
    DraftScheduler *draftScheduler() const { return m_scheduler; }
    ScheduleNotifier *notifier() const { return m_notifier; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    ScheduleAgendaView *agendaView() const { return m_agenda; }
    ScheduleEntryPanel *entryPanel() const { return m_entryPanel; }
    BannerBar *banner() const { return m_banner; }
    QComboBox *timeZoneBox() const;
    QAction *undoAction() const { return m_undo; }
    const CalendarGrid &grid() const { return m_grid; }
    View view() const;
    CalendarView *currentCalendar() const;
    // The selected entry (index into the model's entries()) in the current view, or -1.
    int selectedEntry() const;

    void setDraftStore(DraftStore *store);
    void setDraftDocument(DraftDocument *document);
    // The credit balance, when known, must cover what the scheduled posts will cost.
    void setAccountStatus(AccountStatus *status) { m_status = status; }
    // Where published and failed posts are announced; null: only in the pane.
    void setNotifications(DesktopNotifications *notifications);
    // What the pane says while not connected; empty: the default sentence.
    void setDisconnectedText(const QString &text);
    // The social sets' posting queues (not owned): "Posting times…", the free times in the
    // week view and queueDraft().
    void setPostingQueue(PostingQueueStore *store);
    QueueCalendar *queueCalendar() const { return m_queue; }
    // Tests answer confirmations themselves (true: Delete cancels without asking).
    void setConfirmationsSkipped(bool skipped) { m_skipConfirmations = skipped; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();
    void setView(CreatorDesk::SchedulePane::View view);
    void setTimeZone(const QTimeZone &zone);
    void setAnchorDate(const QDate &date);
    void goToday();
    void goPrevious();
    void goNext();
    // Opens the schedule dialog for a local draft, suggesting `when` (e.g. where it was dropped).
    void scheduleDraft(const QString &localDraftId, const QDateTime &when = {});
    // "Add to queue": the draft goes to its social set's next free posting time.
    void queueDraft(const QString &localDraftId);
    void editSelectedTime();
    void cancelSelected();

Q_SIGNALS:
    // What the pane's banner says now (the window repeats it when the pane is not on screen,
    // e.g. after "Add to queue" in the editor).
    void messageShown(bool error, const QString &text);

private:
    void connectCalendar(CalendarView *view);
    void updateRangeLabel();
    void updateEntryPanel();
    void showMessage(bool error, const QString &text);
    void scrollAgendaToAnchor();
    std::optional<qint64> balance() const;

    QPointer<ApiClient> m_client;
    QPointer<DraftStore> m_store;
    QPointer<AccountStatus> m_status;
    CalendarGrid m_grid;
    ScheduleModel *m_model;
    RescheduleController *m_controller;
    DraftScheduler *m_scheduler;
    ScheduleNotifier *m_notifier;
    TargetAccountModel *m_accounts;
    QueueCalendar *m_queue = nullptr;
    BannerBar *m_banner;
    QStackedWidget *m_stack;
    MonthView *m_month;
    WeekView *m_week;
    ScheduleAgendaView *m_agenda;
    ScheduleEntryPanel *m_entryPanel;
    QAction *m_undo;
    CalendarToolBar *m_toolBar;
    QString m_disconnectedText;
    bool m_skipConfirmations = false;
};

} // namespace CreatorDesk
