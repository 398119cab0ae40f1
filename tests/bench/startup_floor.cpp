// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the start-up benchmark: the smallest Qt Widgets program that shows a window
// and quits once its first paint has been handled, as `creatordesk --exit-after-startup` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {
class FirstPaintQuitter final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // After the paint event is handled, as the app reports it; the wall-clock time
            // lets scripts/bench.sh measure from before the process was started.
            QTimer::singleShot(0, qApp, [] {
                std::fprintf(
                    stderr, "first paint handled at epoch ns %lld\n",
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()));
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Hello"));
    window.resize(1100, 700);
    FirstPaintQuitter quitter;
    window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
