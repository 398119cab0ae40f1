// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace CreatorDesk {

// A non-modal message across the top of a window or pane: a sentence, at most one action,
// and a way to dismiss it. Nothing the person was doing is interrupted.
class BannerBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit BannerBar(QWidget *parent = nullptr);

    // Shows the banner; an empty `actionText` hides the action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace CreatorDesk
