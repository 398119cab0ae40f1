// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the start-up benchmark: the smallest Qt Widgets program that shows a window
// and quits once its first paint has been handled, as `creatordesk --exit-after-startup` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace {
class FirstPaintQuitter final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QApplication::quit);
        return QObject::eventFilter(watched, event);
    }
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
