// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace CreatorDesk {

class LoadState;

// A titled view over a model that mirrors a server list, with its states said in words:
// no connection, loading, failed (with the reason and a retry), empty, or the list itself.
class RemoteListPanel final : public QWidget
{
    Q_OBJECT

public:
    RemoteListPanel(const QString &title, QAbstractItemView *view, LoadState *state,
                    QWidget *parent = nullptr);

    QAbstractItemView *view() const { return m_view; }
    void setEmptyText(const QString &text);
    void setConnected(bool connected);
    // The sentence on screen when the list is not shown (for tests and screen readers).
    QString messageText() const;
    bool isShowingList() const;

Q_SIGNALS:
    void refreshRequested();

private:
    void updateState();

    QAbstractItemView *m_view;
    QPointer<LoadState> m_state;
    QLabel *m_updatedLabel;
    QPushButton *m_refreshButton;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPushButton *m_retryButton;
    QString m_emptyText;
    bool m_connected = false;
};

} // namespace CreatorDesk
