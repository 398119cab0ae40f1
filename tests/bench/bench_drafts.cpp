// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the drafts list: time from creating the Drafts pane (which reads every local draft
// file) to the first paint of its list, with 10,000 drafts on disk and, as the reference in the
// same run, with none. Prints figures; never fails on speed.
#include "connections/SocialSetSource.h"
#include "drafts/DraftsPane.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace CreatorDesk;

namespace {

class FirstPaint final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void fill(const QString &directory, int count)
{
    DraftStore store(directory);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-count);
    for (int i = 0; i < count; ++i) {
        LocalDraft draft;
        draft.id = DraftStore::newId();
        draft.title = QStringLiteral("Draft number %1").arg(i);
        for (int post = 0; post < 1 + i % 4; ++post)
            draft.posts.append({QStringLiteral("Post %1 of draft %2: a few words that a person "
                                               "might write, with a link https://example.com/%2")
                                    .arg(post)
                                    .arg(i),
                                {}});
        draft.created = draft.modified = start.addSecs(60LL * i);
        // Written plainly: the store's safe write (QSaveFile + fsync) is not what is measured.
        QFile file(store.fileFor(draft.id));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    }
}

// Milliseconds from constructing the pane to the first paint of its list.
qint64 openToFirstPaint(const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    DraftStore store(directory);
    SocialSetSource paneSets;
    DraftsPane pane(&store, &paneSets);
    FirstPaint probe;
    pane.listView()->viewport()->installEventFilter(&probe);
    pane.resize(1300, 900);
    pane.show();
    while (!probe.painted && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 elapsed = timer.elapsed();
    store.flush();
    return elapsed;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir many;
    QTemporaryDir none;
    QElapsedTimer timer;
    timer.start();
    fill(many.path(), count);
    const qint64 writeMs = timer.elapsed();
    (void)openToFirstPaint(none.path()); // warm-up: styles, fonts
    QList<qint64> withDrafts;
    QList<qint64> empty;
    for (int run = 0; run < runs; ++run) {
        empty.append(openToFirstPaint(none.path()));
        withDrafts.append(openToFirstPaint(many.path()));
    }
    std::printf("drafts written: %d in %lld ms\n", count, static_cast<long long>(writeMs));
    timer.restart();
    const qsizetype loaded = DraftStore(many.path()).loadAll().size();
    std::printf("read + parse + sort of %lld drafts alone: %lld ms\n",
                static_cast<long long>(loaded), static_cast<long long>(timer.elapsed()));
    std::printf("first paint with %d drafts: %lld ms (median of %d)\n", count,
                static_cast<long long>(median(withDrafts)), runs);
    std::printf("first paint with no drafts: %lld ms (median of %d)\n",
                static_cast<long long>(median(empty)), runs);
    return 0;
}
