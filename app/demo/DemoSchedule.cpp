// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSchedule.h"

#include "api/ApiClient.h"
#include "text/PostHtml.h"

namespace CreatorDesk {

namespace {

Platform platformOfAccount(const QString &accountId)
{
    // The demo accounts are named after their platform (sandbox/seed/demo.json).
    for (Platform platform : allPlatforms()) {
        if (accountId.contains(platformId(platform)))
            return platform;
    }
    return Platform::Twitter;
}

} // namespace

DemoSchedule::DemoSchedule(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    const QString x = QStringLiteral("acc-personal-twitter");
    const QString bluesky = QStringLiteral("acc-personal-bluesky");
    const QString mastodon = QStringLiteral("acc-personal-mastodon");
    const QString threads = QStringLiteral("acc-personal-threads");
    const QString linkedin = QStringLiteral("acc-personal-linkedin");
    const QString brandX = QStringLiteral("acc-brand-twitter");
    const QString brandLinkedIn = QStringLiteral("acc-brand-linkedin");
    const QString expired = QStringLiteral("acc-brand-twitter-expired");
    m_plans = {
        {tr("Behind the scenes"),
         tr("How we film our product videos."),
         0,
         -1,
         75,
         {x, bluesky},
         false},
        {tr("Archive repost"),
         tr("From the archive: our first launch."),
         0,
         -1,
         90,
         {expired},
         false},
        {tr("Product teaser"),
         tr("Something new is coming on Friday."),
         1,
         10 * 60,
         0,
         {brandX, threads, brandLinkedIn},
         true},
        {tr("Customer story"),
         tr("How Ada's studio ships every week."),
         2,
         10 * 60,
         0,
         {linkedin, bluesky},
         true},
        {tr("Weekly recap"),
         tr("This week in five links."),
         2,
         10 * 60 + 15,
         0,
         {x, mastodon},
         true},
        // A crowded launch morning: more than the week view shows side by side ("+N more").
        {tr("Launch: the X thread"),
         tr("Creator Desk 0.2 is out. A thread on what is new."),
         2,
         10 * 60,
         0,
         {x},
         false},
        {tr("Launch: Bluesky"),
         tr("Creator Desk 0.2 is out, with a calendar."),
         2,
         10 * 60,
         0,
         {bluesky},
         false},
        {tr("Launch: Mastodon"),
         tr("Creator Desk 0.2 is out. Free software, GPL 3."),
         2,
         10 * 60,
         0,
         {mastodon},
         false},
        {tr("Launch: LinkedIn"),
         tr("We released Creator Desk 0.2 today."),
         2,
         10 * 60,
         0,
         {linkedin},
         false},
        {tr("Poll: which feature next?"),
         tr("Vote for what we build next."),
         3,
         17 * 60 + 30,
         0,
         {mastodon, bluesky},
         false},
        {tr("Live Q&A reminder"),
         tr("Questions welcome, 6 pm today."),
         4,
         12 * 60,
         0,
         {x, threads},
         true},
        {tr("Hiring: designer"),
         tr("We are hiring a product designer."),
         8,
         9 * 60,
         0,
         {brandLinkedIn, linkedin},
         false},
        {tr("Tutorial thread"),
         tr("Scheduling posts in five steps."),
         12,
         15 * 60,
         0,
         {x, bluesky, mastodon},
         true},
        {tr("Monthly newsletter"),
         tr("The month in review."),
         17,
         8 * 60 + 30,
         0,
         {linkedin, threads},
         false},
    };
}

void DemoSchedule::populate()
{
    next();
}

void DemoSchedule::next()
{
    if (m_plans.isEmpty() || !m_client) {
        Q_EMIT finished();
        return;
    }
    const Plan plan = m_plans.takeFirst();
    NewDraft draft;
    draft.title = plan.title;
    draft.tweets = {{PostHtml::toHtml(plan.text), {}}};
    m_client->createDraft(draft, this, [this, plan](const Result<CreatedDraft> &created) {
        if (!created) {
            next();
            return;
        }
        ScheduleRequest request;
        request.draftId = created.value().draft.id;
        if (plan.minuteOfDay < 0) {
            request.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(plan.inSeconds);
        } else {
            const QDate day = QDate::currentDate().addDays(plan.inDays);
            request.scheduledFor =
                QDateTime(day, QTime(plan.minuteOfDay / 60, plan.minuteOfDay % 60)).toUTC();
        }
        for (const QString &account : plan.accounts)
            request.targetAccounts.append({account, platformOfAccount(account), {}});
        request.applyJitter = plan.jitter;
        m_client->schedule(request, this, [this](const Result<ScheduleConfirmation> &) { next(); });
    });
}

} // namespace CreatorDesk
