// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QHBoxLayout;
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
    // What the panel says while not connected; empty: the default "no connection" sentence.
    void setDisconnectedText(const QString &text);
    // Buttons beside Refresh, for the list's own actions.
    void addHeaderWidget(QWidget *widget);
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
    QString m_disconnectedText;
    QHBoxLayout *m_header = nullptr;
    bool m_connected = false;
};

} // namespace CreatorDesk
