// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling as you type must not slow typing: a keystroke in post 25 of a 50-post thread (every
// post with words to check, some misspelt, a link, emoji), counted for five platforms and
// painted, with spell checking off and then on, in the same run. Prints the medians; the goal
// is under 4 ms with it on. Offscreen; a figure, never a pass/fail.
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "drafts/ThreadModel.h"
#include "storage/DraftStore.h"
#include "text/SpellChecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace CreatorDesk;

namespace {

struct Figures
{
    double median = 0;
    double p90 = 0;
};

Figures typeInto(DraftsPane &pane, int rounds)
{
    QPlainTextEdit *edit = pane.editor()->postEditor(24)->textEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QList<qint64> costs;
    const QString typed = QStringLiteral("Typing into post twenty-five, key by key, with a tpyo. ");
    for (int round = 0; round < rounds; ++round) {
        for (const QChar c : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(edit, c.toLatin1());
            edit->viewport()->repaint(); // the recount and the paint, not a later frame
            costs.append(timer.nsecsElapsed());
        }
    }
    std::sort(costs.begin(), costs.end());
    return {costs.at(costs.size() / 2) / 1e6, costs.at(costs.size() * 9 / 10) / 1e6};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 3;
    QTemporaryDir dir;
    DraftStore store(dir.path());
    SocialSetSource sets;
    SpellChecker checker;
    const QString language = checker.hasLanguage(QStringLiteral("en_US"))
                                 ? QStringLiteral("en_US")
                                 : checker.defaultLanguage();
    if (language.isEmpty()) {
        std::fprintf(stderr, "no spelling dictionary installed (hunspell-en-us)\n");
        return 1;
    }
    QStringList posts;
    for (int i = 0; i < 50; ++i)
        posts << QStringLiteral("Post %1 with a link https://example.com/%1 and some wrods that "
                                "need checking, emoji 👍🏽, #hashtag and @someone. ")
                     .arg(i)
                     .repeated(3);
    QList<LocalDraft::Account> accounts;
    for (const char *platform : {"twitter", "bluesky", "mastodon", "threads", "linkedin"})
        accounts.append({QStringLiteral("acc-") + QLatin1String(platform), QStringLiteral("set"),
                         QLatin1String(platform), QStringLiteral("me")});

    const auto measure = [&](bool spelling) {
        DraftsPane pane(&store, &sets);
        if (spelling)
            pane.editor()->setSpellChecker(&checker);
        pane.document()->setLanguage(language);
        pane.document()->setAccounts(accounts);
        pane.resize(1200, 900);
        pane.show();
        (void)QTest::qWaitForWindowExposed(&pane);
        pane.document()->thread()->setPosts(posts);
        QCoreApplication::processEvents();
        typeInto(pane, 1); // warm-up: the dictionary loads, fonts are cached
        return typeInto(pane, rounds);
    };
    const Figures off = measure(false);
    const Figures on = measure(true);
    std::printf("keystroke-off %.3f %.3f\n", off.median, off.p90);
    std::printf("keystroke-on %.3f %.3f\n", on.median, on.p90);
    std::printf("language %s\n", qPrintable(language));
    return 0;
}
