// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace CreatorDesk {

// "Waiting for the browser": what is happening, the address to open by hand if the browser
// did not open, and Cancel, which works at any moment.
class BrowserWaitPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserWaitPanel(QWidget *parent = nullptr);

    void setWaiting(const QString &text);
    void setAuthorizationUrl(const QUrl &url, bool browserOpened);
    // A second line under the address: what is being watched, how long it has been.
    void setNote(const QString &text);
    QString statusText() const;
    QString noteText() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_status;
    QLabel *m_note;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QPushButton *m_cancel;
};

} // namespace CreatorDesk
